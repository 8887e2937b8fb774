import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReportFonts } from '../../shared/report/render-pdf';
import { projectRoot } from '../host/project';

/** DejaVu Sans, regular and bold: Latin with every accent, Greek and Cyrillic (licence beside them). */
export const REPORT_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
} as const;

let cached: ReportFonts | null = null;

/** The report's two font faces from `resources/fonts/` as base64, read once per process. */
export function loadReportFonts(root: string = projectRoot()): ReportFonts {
  if (cached !== null && root === projectRoot()) return cached;
  const dir = resolve(root, 'resources', 'fonts');
  // Base64 once here: jsPDF wants it, and Node's encoder is far faster than a portable one.
  const fonts: ReportFonts = {
    regular: readFileSync(resolve(dir, REPORT_FONT_FILES.regular)).toString('base64'),
    bold: readFileSync(resolve(dir, REPORT_FONT_FILES.bold)).toString('base64'),
  };
  if (root === projectRoot()) cached = fonts;
  return fonts;
}
