import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { makeReport } from '../../../src-main/report/make-report';

const dir = mkdtempSync(join(tmpdir(), 'edw-report-locale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = [{ title: 'Keep a decision log', owner: 'A. Romero', due: '2026-12-15' }];

/** The report's text as poppler's pdftotext reads it, pages joined. */
function printed(language: 'en' | 'es', flavour: 'full' | 'brief'): string {
  const report = makeReport(demoWorkshopFile({ language }), {
    flavour,
    generatedAt: new Date('2026-11-21T10:00:00Z'),
    recommendations: PLAN,
  });
  const file = join(dir, `${language}-${flavour}.pdf`);
  writeFileSync(file, report.pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

// A decimal figure, not part of a version (1.0.0) or a longer run of digits and separators.
const DOT_DECIMAL = /(?<![\d.,])\d+\.\d+(?![\d.,])/g;
const COMMA_DECIMAL = /(?<![\d.,])\d+,\d+(?![\d.,])/g;

describe('the report speaks one language', () => {
  for (const flavour of ['full', 'brief'] as const) {
    it(`Spanish ${flavour}: comma decimals only, Spanish dates and role names`, () => {
      const text = printed('es', flavour);
      expect(text.match(COMMA_DECIMAL)?.length ?? 0).toBeGreaterThan(10);
      expect(text.match(DOT_DECIMAL) ?? []).toEqual([]);
      expect(text).not.toMatch(/\d\.\d+\s?%/);
      expect(text).toContain('20 de noviembre de 2026');
      expect(text).toContain('21 de noviembre de 2026, 10:00 UTC');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/\b(engineering|product|leadership|operations)\b/i);
      if (flavour === 'full') expect(text).toContain('15 de diciembre de 2026');
    });

    it(`English ${flavour}: dot decimals only and English dates`, () => {
      const text = printed('en', flavour);
      expect(text.match(DOT_DECIMAL)?.length ?? 0).toBeGreaterThan(10);
      expect(text.match(COMMA_DECIMAL) ?? []).toEqual([]);
      expect(text).toContain('20 November 2026');
      expect(text).toContain('21 November 2026, 10:00 UTC');
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (flavour === 'full') expect(text).toContain('15 December 2026');
    });
  }
});
