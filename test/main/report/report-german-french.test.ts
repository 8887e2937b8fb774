import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { Language } from '../../../shared/domain/workshop';
import { makeReport } from '../../../src-main/report/make-report';

const dir = mkdtempSync(join(tmpdir(), 'edw-report-de-fr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo report as `edw demo` writes it, read back by poppler: its text and page count. */
function printed(language: Language, flavour: 'full' | 'brief'): { text: string; pages: number } {
  const report = makeReport(demoWorkshopFile({ language }), {
    flavour,
    generatedAt: new Date('2026-11-21T10:00:00Z'),
    demo: true,
  });
  const file = join(dir, `${language}-${flavour}.pdf`);
  writeFileSync(file, report.pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { text, pages: text.split('\f').filter((page) => page.trim() !== '').length };
}

/**
 * Phrases of the English report (its headings, labels and prose) that a German or French report
 * must never print: any of them there is an English text left untranslated. Trademarked names
 * (Human Debt, Execution Debt, Execution Pod) are names in every language and are not listed.
 */
const ENGLISH_PHRASES = [
  'Executive summary',
  'What matters most',
  'How sure we are',
  'What to do first',
  'Debt Interaction Map',
  'Technical Debt',
  'Decision Visibility',
  'Visibility deficit',
  'Execution Reality',
  'Reality Check',
  'Decision Replay',
  'Role gaps and disagreement',
  'Recommended Execution Pod interventions',
  'Methodology, attribution and fingerprint',
  'Method and fingerprint',
  'Fingerprint',
  'Data hash',
  'Scoring model',
  'Anonymity threshold',
  'Appendix',
  'Whole room',
  'Contents',
  'Demonstration data',
  'fictitious',
  'Workshop date',
  'Facilitator',
  'Confidential',
  'Severity',
  'confidence',
  'based on',
  'Clear debt',
  "can't say",
  'participants answered',
  'Page 1 of',
  'higher means more debt',
  'interval',
  'Suggested owner',
  'answers finding',
  'the room',
  'Statement',
  'Agreement',
  'Round 1',
  're-vote',
  'Success signal',
  'First step',
  'follow-up',
  'Payments platform',
  'Strong customer authentication',
  'on track',
  'not verified',
  'engineering',
  'leadership',
  'Generated',
];

const phrase = (text: string) =>
  new RegExp(`(?<![\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');

describe('the German and French reports', () => {
  it('are checked against phrases the English report really prints', () => {
    const english = printed('en', 'full').text + printed('en', 'brief').text;
    const absent = ENGLISH_PHRASES.filter((text) => !phrase(text).test(english));
    expect(absent).toEqual([]);
  });

  describe.each([
    ['de', '20. November 2026', '21. November 2026, 10:00 UTC'],
    ['fr', '20 novembre 2026', '21 novembre 2026, 10:00 UTC'],
  ] as const)('in %s', (language, date, generated) => {
    it.each(['full', 'brief'] as const)('print no English phrase in the %s report', (flavour) => {
      const { text } = printed(language, flavour);
      const leaked = ENGLISH_PHRASES.filter((english) => phrase(english).test(text));
      expect(leaked).toEqual([]);
    });

    it('write decimals with a comma and dates in the language', () => {
      const { text } = printed(language, 'full');
      expect(text.match(/(?<![\d.,])\d+,\d+(?![\d.,])/g)?.length ?? 0).toBeGreaterThan(10);
      expect(text.match(/(?<![\d.,])\d+\.\d+(?![\d.,])/g) ?? []).toEqual([]);
      expect(text).toContain(date);
      expect(text).toContain(generated);
    });

    it('keep the brief within three pages', () => {
      const { pages } = printed(language, 'brief');
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(3);
    });
  });

  it.each([
    ['en', 'disagreement', ['Engineering', 'Leadership', 'Product']],
    ['de', 'Uneinigkeit', ['Entwicklung', 'Führung', 'Produkt']],
    ['fr', 'désaccords', ['Ingénierie', 'Direction', 'Produit']],
  ] as const)('head the %s role heatmap with whole role names', (language, heading, roles) => {
    // The section's own page, not the contents that also name it.
    const page = printed(language, 'full')
      .text.split('\f')
      .filter((text) => text.includes(heading))
      .pop();
    for (const role of roles) expect(page).toContain(role);
  });

  it('quote in each language’s own marks', () => {
    expect(printed('de', 'full').text).toMatch(/„[^“]+“/);
    expect(printed('fr', 'full').text).toMatch(/«\s[^»]+\s»/);
  });
});
