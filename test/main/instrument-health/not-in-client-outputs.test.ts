import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/workshop';
import { healthWorkshopFile } from '../../helpers/health-workshops';
import { serviceHarness } from '../../helpers/service-harness';
import { tempDir } from '../../helpers/temp-db';
import en from '../../../src-renderer/i18n/locales/instrument-health.en.json';
import es from '../../../src-renderer/i18n/locales/instrument-health.es.json';
import de from '../../../src-renderer/i18n/locales/instrument-health.de.json';
import fr from '../../../src-renderer/i18n/locales/instrument-health.fr.json';

/** What only the Instrument health page says, in each language: none of it may reach a client. */
const PAGE_PHRASES = [en, es, de, fr].flatMap(({ instrumentHealth: texts }) => [
  texts.title,
  texts.colItemRest,
  texts.colAlphaWithout,
  texts.lowItemRest,
  texts.reading.inconsistent,
]);
const FIGURE_WORDS = [
  'Cronbach',
  'item–rest',
  'item-rest',
  'ítem–resto',
  'item–reste',
  'Trennschärfe',
];

function pdfText(base64: string): string {
  const file = join(tempDir(), 'report.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  // One line of text per page, so a phrase split over a line break is still found.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('instrument health stays on its own page', () => {
  it('no report (full or brief, any language) and no CSV carries its figures or words', () => {
    const h = serviceHarness();
    const id = h.call('workshop:importFile', {
      file: healthWorkshopFile({ title: 'Payments', people: 36, seed: 7 }),
    }).id;
    // The figures exist for this store: 36 people are enough for every factor to have an alpha.
    const health = h.call('instrument:health', {});
    expect(health.versions[0]?.factors.some((factor) => factor.alpha !== null)).toBe(true);

    const outputs: [string, string][] = [];
    for (const language of LANGUAGES) {
      for (const flavour of ['full', 'brief'] as const) {
        const { base64 } = h.call('report:pdf', { id, flavour, language });
        const text = pdfText(base64);
        // The text was read: the report names its workshop.
        expect(text).toContain('Payments');
        outputs.push([`${flavour} report (${language})`, text]);
      }
    }
    for (const kind of ['answers', 'aggregates', 'answers-by-alias'] as const) {
      outputs.push([`${kind} CSV`, h.call('export:csv', { id, kind }).text]);
    }
    for (const [name, text] of outputs) {
      const found = [...PAGE_PHRASES, ...FIGURE_WORDS].filter((phrase) =>
        text.toLowerCase().includes(phrase.toLowerCase()),
      );
      expect({ name, found }).toEqual({ name, found: [] });
    }
  }, 120_000);
});
