import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEmbeddedReport } from '../../../shared/report/embedded';
import { compareWithResult } from '../../../shared/report/figures';
import { renderReportPdf } from '../../../shared/report/render-pdf';
import { MODEL_VERSION } from '../../../shared/scoring';
import { demoReport, shippedFonts, shippedFontsBase64 } from './fixtures';

let dir: string;
const fonts = shippedFonts();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(language: 'en' | 'es', flavour: 'brief' | 'full') {
  const report = demoReport(language, flavour);
  const pdf = renderReportPdf(report.model, { fonts });
  const path = join(dir, `${language}-${flavour}.pdf`);
  writeFileSync(path, pdf);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { ...report, pdf, text, info, pages };
}

describe('PDF report', () => {
  const cache = new Map<string, ReturnType<typeof render>>();
  const get = (language: 'en' | 'es', flavour: 'brief' | 'full') => {
    const key = `${language}-${flavour}`;
    if (!cache.has(key)) cache.set(key, render(language, flavour));
    const value = cache.get(key);
    if (!value) throw new Error('not rendered');
    return value;
  };

  it('renders the full English report with every section, the headline and page numbers', () => {
    const { text, info, pages } = get('en', 'full');
    for (const title of [
      'Contents',
      'Executive summary',
      'Debt Interaction Map',
      'Links the model assumes',
      'Human Debt',
      'Technical Debt',
      'Decision Visibility',
      'Execution Reality',
      'Reality Check and Decision Replay',
      'Role gaps and disagreement',
      'Methodology, attribution and fingerprint',
      'Appendix: anonymised aggregates',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('64.3');
    expect(text).toContain('Compounding');
    expect(text).toContain(
      'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom',
    );
    expect(text).toMatch(/Page 3 of \d+/);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(30);
    expect(info).toContain('Title:           Payments platform — Q3 Execution Debt diagnostic');
    expect(info).toContain(`edw:2.0.0:${MODEL_VERSION}:`);
    expect(info).toMatch(/Keywords:.*edw:[\d.]+:[\d.]+:[0-9a-f]{64}/);
  });

  it('lists each section in the contents with the page it starts on', () => {
    const { text } = get('en', 'full');
    // Page one is the decision page; the contents follow it.
    const contents = text.split('\f')[1] ?? '';
    expect(contents).toMatch(/Executive summary[ .]*1/);
    const pageOf = (title: string) => Number(new RegExp(`${title}[ .]*(\\d+)`).exec(contents)?.[1]);
    const appendix = pageOf('Appendix: anonymised aggregates');
    expect(text.split('\f')[appendix - 1]).toContain('Appendix: anonymised aggregates');
  });

  it('keeps the brief within three pages', () => {
    const { text, pages } = get('en', 'brief');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toContain('EXECUTION DEBT — EXECUTIVE BRIEF');
    expect(text).toContain('64.3');
    expect(text).toContain('Debt Interaction Map');
    expect(text).toMatch(/edw:1\.0\.0:1\.0\.0:[0-9a-f]{64}|[0-9a-f]{64}/);
  });

  it('prints Spanish accents intact with the embedded font', () => {
    const { text, pages } = get('es', 'full');
    for (const word of [
      'Resumen ejecutivo',
      'Índice',
      '¿Igual hoy?',
      'Metodología',
      'Dirección',
      'En escalada',
      'Ingeniería',
    ]) {
      expect(text).toContain(word);
    }
    for (const letter of ['á', 'é', 'í', 'ó', 'ú', 'ñ', '¿']) expect(text).toContain(letter);
    expect(text).toContain('64,3');
    expect(text).toMatch(/Página 3 de \d+/);
    expect(pages).toBeGreaterThanOrEqual(12);
    const brief = get('es', 'brief');
    expect(brief.pages).toBeLessThanOrEqual(3);
  });

  it('marks hidden role-group cells n<k and never prints their figures', () => {
    const { text } = get('en', 'full');
    const heatmapRow = text
      .split('\n')
      .find((line) => line.includes('Pipeline brittleness') && line.includes('n<3'));
    expect(heatmapRow).toBeDefined();
    expect(heatmapRow?.match(/n<3/g)?.length).toBe(2);
  });

  it('embeds the figures and fingerprint, which match a fresh scoring', () => {
    const { pdf, result } = get('en', 'full');
    const read = readEmbeddedReport(pdf);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.embedded.fingerprint).toBe(result.fingerprint.value);
    expect(read.embedded.figures['indices.executionDebtIndex']).toBe(64.3);
    expect(compareWithResult(read.embedded, result)).toMatchObject({ ok: true, mismatches: [] });
  });

  it('renders the full report within the two-second budget', () => {
    const { model } = demoReport('en', 'full');
    const base64 = shippedFontsBase64();
    // Warm-up: the first renders also compile jsPDF's font code.
    renderReportPdf(model, { fonts: base64 });
    const started = performance.now();
    const pdf = renderReportPdf(model, { fonts: base64 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(readEmbeddedReport(pdf).ok).toBe(true);
  });
});
