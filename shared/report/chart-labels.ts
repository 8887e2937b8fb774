import type { jsPDF } from 'jspdf';
import { drawText, textWidth } from './pdf-primitives';

// Label sizes and the haloed label the report's charts share.

export const SMALL = 6.8;
export const TINY = 6;

/** A label on a white box, so it reads over any shade. */
export function haloText(
  doc: jsPDF,
  text: string,
  x: number,
  y: number,
  size: number,
  align: 'left' | 'right' | 'center',
  bold = false,
): void {
  const width = textWidth(doc, text, { size, bold });
  const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  doc.setFillColor('#ffffff');
  doc.rect(left - 0.8, y - size * 0.3528 * 0.8, width + 1.6, size * 0.3528 * 1.1, 'F');
  drawText(doc, text, x, y, { size, bold, align });
}
