import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../shared/demo/demo-workshop';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../shared/instrument';
import { CATALOGUE, RULE_LABELS } from '../../shared/interventions';
import { computeFindings, scoreWorkshop } from '../../shared/scoring';
import { FACTOR_CONSEQUENCES, RULE_CONSEQUENCES } from '../../shared/report/consequences';
import { FACTOR_SHORT, REPORT_TEXTS } from '../../shared/report/texts';
import { messages } from '../../src-renderer/i18n/messages';

type Tree = { [key: string]: string | Tree };

function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : strings(value, `${prefix}${key}.`),
  );
}

/**
 * Terms docs/glossary.md replaced with one term per concept, and Spain-only verb forms. Matched
 * as whole words, case-insensitive.
 */
const NOT_IN_GLOSSARY = [
  'Reality Check',
  'Decision Replay',
  'verificación de realidad',
  'contraste con la realidad',
  'revisión de decisiones',
  'reportado',
  'reportados',
  'reportada',
  'reportadas',
  'nueva votación',
  'coste',
  'costes',
  'elegid',
  'añadid',
  'revisad',
  'poned',
  'comentad',
  'enumerad',
  'volved',
  'vosotros',
  'vuestro',
  'vuestra',
];

function offending(text: string): string[] {
  return NOT_IN_GLOSSARY.filter((term) =>
    new RegExp(`(?<![\\p{L}])${term.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu').test(text),
  );
}

describe('Spanish texts follow docs/glossary.md', () => {
  const texts: [string, string][] = [
    ...strings(messages.es as Tree).map(([key, text]): [string, string] => [`ui ${key}`, text]),
    ...Object.entries(REPORT_TEXTS).map(([key, text]): [string, string] => [
      `report ${key}`,
      text.es,
    ]),
    ...Object.entries(FACTOR_SHORT).map(([key, text]): [string, string] => [
      `short ${key}`,
      text.es,
    ]),
    ...INSTRUMENT_V2.items.map((item): [string, string] => [`2.0.0 ${item.id}`, item.text.es]),
    ...INSTRUMENT_V2.factors.map((factor): [string, string] => [
      `2.0.0 ${factor.id}`,
      `${factor.label.es} ${factor.prompt.es}`,
    ]),
    ...CATALOGUE.interventions.map((intervention): [string, string] => [
      `intervention ${intervention.id}`,
      JSON.stringify(intervention, (key, value: unknown) => (key === 'en' ? undefined : value)),
    ]),
    ...Object.entries(RULE_LABELS).map(([rule, label]): [string, string] => [
      `rule ${rule}`,
      label.es,
    ]),
    ...Object.entries({ ...RULE_CONSEQUENCES, ...FACTOR_CONSEQUENCES }).map(
      ([key, text]): [string, string] => [`consequence ${key}`, text.es],
    ),
    ...computeFindings(
      scoreWorkshop(demoWorkshopFile(), INSTRUMENT_V1),
      demoWorkshopFile(),
      INSTRUMENT_V1,
    ).map((finding): [string, string] => [
      `finding ${finding.id}`,
      `${finding.title.es} ${finding.detail.es}`,
    ]),
  ];

  it('uses one term per concept and no Spain-only verb forms', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const [where, text] of texts) {
      expect({ where, found: offending(text) }).toEqual({ where, found: [] });
    }
  });
});
