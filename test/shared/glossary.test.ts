import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../shared/demo/demo-workshop';
import { INSTRUMENT_V2 } from '../../shared/instrument';
import {
  actionPlanForReport,
  CATALOGUE,
  recommendInterventions,
  reportInterventions,
  RULE_LABELS,
} from '../../shared/interventions';
import { computeFindings, scoreWorkshop } from '../../shared/scoring';
import { FACTOR_CONSEQUENCES, RULE_CONSEQUENCES } from '../../shared/report/consequences';
import { CARD_TEXTS } from '../../shared/report/card-texts';
import { FACTOR_SHORT } from '../../shared/charts/factor-names';
import { REPORT_TEXTS } from '../../shared/report/texts';
import { messages } from '../../src-renderer/i18n/messages';
import { demoReport } from './report/fixtures';

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
  'factor web',
  'Human Debt',
  'Technical Debt',
  'Decision Visibility',
  'Execution Reality',
  'pipeline',
  'on track',
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

/**
 * Every string of prose in a value, wherever it sits; identifiers (`td.pipeline`,
 * `steady-pipeline`) are the app's own names, not text.
 */
function prose(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return /^[\w.:[\]-]*$/.test(value) ? [] : [[where, value]];
  if (Array.isArray(value)) return value.flatMap((entry, i) => prose(entry, `${where}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => prose(entry, `${where}.${key}`));
  }
  return [];
}

/** The Spanish demo's report with its recommended interventions, as `edw demo` builds it. */
function spanishDemoReports() {
  const result = scoreWorkshop(demoWorkshopFile({ language: 'es' }), INSTRUMENT_V2);
  const plan = reportInterventions(
    actionPlanForReport({
      language: 'es',
      recommendations: recommendInterventions(result),
      findings: result.findings,
      actions: [],
      instrument: INSTRUMENT_V2,
    }),
  );
  return (['full', 'brief'] as const).map((flavour) => ({
    flavour,
    model: demoReport('es', flavour, plan.recommendations, plan.alsoRecommended).model,
  }));
}

function offending(text: string): string[] {
  // A statement's or factor's id (`td.pipeline.1`) printed beside its text is a name, not Spanish.
  const words = text.replace(/\b[a-z]{2}\.[a-z]+(?:\.\d+)?\b/g, '');
  return NOT_IN_GLOSSARY.filter((term) =>
    // "Human Debt™" is the attribution's trademark, a name that stays in English.
    new RegExp(`(?<![\\p{L}])${term.replace(/ /g, '\\s+')}(?![\\p{L}™])`, 'iu').test(words),
  );
}

describe('Spanish texts follow docs/glossary.md', () => {
  const texts: [string, string][] = [
    ...strings(messages.es as Tree).map(([key, text]): [string, string] => [`ui ${key}`, text]),
    ...Object.entries(REPORT_TEXTS).map(([key, text]): [string, string] => [
      `report ${key}`,
      text.es,
    ]),
    ...Object.entries(CARD_TEXTS).map(([key, text]): [string, string] => [`card ${key}`, text.es]),
    ...Object.entries(FACTOR_SHORT).map(([key, text]): [string, string] => [
      `short ${key}`,
      text.es,
    ]),
    ...INSTRUMENT_V2.items.map((item): [string, string] => [`2.0.0 ${item.id}`, item.text.es]),
    ...INSTRUMENT_V2.factors.map((factor): [string, string] => [
      `2.0.0 ${factor.id}`,
      `${factor.label.es} ${factor.prompt.es}`,
    ]),
    ...CATALOGUE.interventions.flatMap((intervention) =>
      prose(
        JSON.parse(
          // Spanish only: the other languages' texts are not this glossary's.
          JSON.stringify(intervention, (key, value: unknown) =>
            key === 'en' || key === 'de' || key === 'fr' ? undefined : value,
          ),
        ),
        `intervention ${intervention.id}`,
      ),
    ),
    ...Object.entries(RULE_LABELS).map(([rule, label]): [string, string] => [
      `rule ${rule}`,
      label.es,
    ]),
    ...Object.entries({ ...RULE_CONSEQUENCES, ...FACTOR_CONSEQUENCES }).map(
      ([key, text]): [string, string] => [`consequence ${key}`, text.es],
    ),
    ...computeFindings(
      scoreWorkshop(demoWorkshopFile(), INSTRUMENT_V2),
      demoWorkshopFile(),
      INSTRUMENT_V2,
    ).map((finding): [string, string] => [
      `finding ${finding.id}`,
      `${finding.title.es} ${finding.detail.es}`,
    ]),
    // What the Spanish report prints once its templates are filled: inputs in words, figures, notes.
    // The PDF metadata's keywords and the embedded figures are read by machines, not people.
    ...spanishDemoReports().flatMap(({ flavour, model }) => {
      const { meta, embedded: _embedded, ...printed } = model;
      return prose({ ...printed, title: meta.title, subject: meta.subject }, `report ${flavour}`);
    }),
  ];

  it('uses one term per concept and no Spain-only verb forms', () => {
    expect(texts.length).toBeGreaterThan(100);
    const found = texts
      .map(([where, text]) => ({ where, found: offending(text) }))
      .filter((entry) => entry.found.length > 0);
    expect(found).toEqual([]);
  });
});
