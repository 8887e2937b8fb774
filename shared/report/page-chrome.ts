import type { jsPDF } from 'jspdf';
import {
  drawText,
  fit,
  MUTED,
  RULE,
  shrinkToFit,
  textWidth,
  wrap,
  type TextStyle,
} from './pdf-primitives';

/** Where a report's page puts its margins, in millimetres. */
export interface PageBox {
  width: number;
  height: number;
  left: number;
  right: number;
}

const FIRM: TextStyle = { size: 7.5, bold: true, color: MUTED, align: 'right' };

/**
 * The running header of a page: the report's line on the left, cut to one line, the firm's name
 * (if the branding has one) on the right, and a rule under both. With `smallest`, a line too long
 * is first set smaller, down to that size, before it is cut.
 */
export function drawRunningHeader(
  doc: jsPDF,
  page: PageBox,
  header: string,
  firm: string,
  smallest?: number,
): void {
  const firmWidth = Math.min(60, textWidth(doc, firm, FIRM));
  const width = page.right - page.left - Math.max(30, firmWidth + 8);
  const base: TextStyle = { size: 7.5, color: MUTED };
  const style = smallest === undefined ? base : shrinkToFit(doc, header, width, base, smallest);
  drawText(doc, wrap(doc, header, width, style)[0] ?? '', page.left, 13, style);
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.25);
  doc.line(page.left, 15.5, page.right, 15.5);
  if (firm) drawText(doc, fit(doc, firm, 60, FIRM), page.right, 13, FIRM);
}

/** The branding's footer line, centred above the page number and cut to the text width. */
export function drawBrandFooter(doc: jsPDF, page: PageBox, footer: string | undefined): void {
  if (!footer) return;
  const style: TextStyle = { size: 6.8, color: MUTED, align: 'center' };
  drawText(
    doc,
    fit(doc, footer, page.right - page.left, style),
    page.width / 2,
    page.height - 14,
    style,
  );
}

/** "Page n of m", bottom right. */
export function drawPageNumber(doc: jsPDF, page: PageBox, label: string): void {
  drawText(doc, label, page.right, page.height - 10, { size: 7.5, color: MUTED, align: 'right' });
}

/** The largest a brand's logo is set on page one, in millimetres; it keeps its proportions. */
const LOGO_MAX_W = 42;
const LOGO_MAX_H = 11;

/**
 * The brand's logo on page one, right-aligned at `right` with its foot on the kicker's line.
 * Returns where the logo begins, less a gap, so the kicker's line can stop short of it.
 */
export function drawBrandLogo(
  doc: jsPDF,
  logo: { base64: string; width: number; height: number },
  right: number,
): number {
  const scale = Math.min(LOGO_MAX_W / logo.width, LOGO_MAX_H / logo.height);
  const [w, h] = [logo.width * scale, logo.height * scale];
  doc.addImage(logo.base64, 'PNG', right - w, 20.8 - h, w, h, 'brand-logo');
  return right - w - 3;
}
