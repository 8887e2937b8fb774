import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBranding, type Branding } from '../../../shared/branding/branding';
import { renderReportPdf } from '../../../shared/report/render-pdf';
import { pngBytes } from '../branding/png-bytes';
import { demoReport, shippedFonts } from './fixtures';

let dir: string;
const fonts = shippedFonts();
const MM_AT_72_DPI = 72 / 25.4;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-branding-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function branding(): Branding {
  const checked = checkBranding({
    firmName: 'Harbourline Consulting',
    footer: 'Prepared by Harbourline Consulting · confidential to the client',
    accent: '#2d6a4f',
    logoBase64: pngBytes(240, 80, [200, 30, 60]).toString('base64'),
  });
  if (!('branding' in checked)) throw new Error('the test branding is refused');
  return checked.branding;
}

/** Page one as raw RGB (PPM at 72 dpi), read with poppler as a reader of the PDF would see it. */
function pageOne(pdf: Uint8Array, name: string) {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    '72',
    '-singlefile',
    path,
    join(dir, name),
  ]);
  const ppm = readFileSync(join(dir, `${name}.ppm`));
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 32));
  if (!header?.[1] || !header[2]) throw new Error('not a PPM');
  const width = Number(header[1]);
  const start = header[0].length;
  const pixel = (xMm: number, yMm: number) => {
    const at =
      start + (Math.round(yMm * MM_AT_72_DPI) * width + Math.round(xMm * MM_AT_72_DPI)) * 3;
    return [ppm[at], ppm[at + 1], ppm[at + 2]];
  };
  const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pixel, images, text, ppm };
}

/** Poppler's anti-aliasing may move a flat colour by a unit or two. */
function expectColour(actual: (number | undefined)[], expected: number[]): void {
  expected.forEach((value, index) =>
    expect(Math.abs((actual[index] ?? -9) - value)).toBeLessThanOrEqual(2),
  );
}

describe('a branded report', () => {
  for (const flavour of ['brief', 'full'] as const) {
    it(`shows the logo, the firm's band and its footer on page one of the ${flavour}`, () => {
      const { model } = demoReport('en', flavour);
      const page = pageOne(renderReportPdf(model, { fonts, branding: branding() }), flavour);
      // One image on page 1, the logo at its own pixel size.
      const rows = page.images.split('\n').filter((line) => /^\s*\d+\s+\d+\s+image/.test(line));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^\s*1\s+\d+\s+image\s+240\s+80\s+rgb/);
      // The logo's red block at the top right (190 mm right edge, 33 × 11 mm ending at 20.8 mm).
      const [r, g, b] = page.pixel(173.5, 15.3);
      expect(r).toBeGreaterThan(170);
      expect(g).toBeLessThan(70);
      expect(b).toBeLessThan(90);
      // The firm's band in its accent across the top.
      expectColour(page.pixel(4, 2), [0x2d, 0x6a, 0x4f]);
      expect(page.text).toContain('Harbourline Consulting');
      expect(page.text).toContain('confidential to the client');
      // The framework's attribution is printed whatever the branding.
      expect(page.text).toMatch(/Duena\s+Blomstrom/);
    });
  }

  it('prints nothing of the brand when there is none, and page one looks as it did', () => {
    const { model } = demoReport('en', 'brief');
    const page = pageOne(renderReportPdf(model, { fonts }), 'plain');
    const again = pageOne(renderReportPdf(model, { fonts, branding: undefined }), 'again');
    expect(again.ppm.equals(page.ppm)).toBe(true);
    expect(again.text).toBe(page.text);
    expect(page.images.split('\n').filter((line) => /\bimage\b/.test(line))).toHaveLength(0);
    expect(page.text).not.toContain('Harbourline');
    // The app's own blue band.
    expectColour(page.pixel(4, 2), [0x0b, 0x4f, 0x8a]);
  });
});
