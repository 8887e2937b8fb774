import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { Language } from '../../../shared/domain/workshop';
import { makeReport } from '../../../src-main/report/make-report';
import { withClientStatements } from '../../helpers/client-statements-file';
import { ENGLISH_PHRASES } from '../../helpers/english-report-phrases';

const dir = mkdtempSync(join(tmpdir(), 'edw-report-de-fr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The demo report as `edw demo` writes it, with two client statements of its own (so their
 * section is read too), read back by poppler: its text and page count.
 */
function printed(language: Language, flavour: 'full' | 'brief'): { text: string; pages: number } {
  const report = makeReport(withClientStatements(demoWorkshopFile({ language })), {
    flavour,
    generatedAt: new Date('2026-11-21T10:00:00Z'),
    demo: true,
  });
  const file = join(dir, `${language}-${flavour}.pdf`);
  writeFileSync(file, report.pdf);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return { text, pages: text.split('\f').filter((page) => page.trim() !== '').length };
}

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
