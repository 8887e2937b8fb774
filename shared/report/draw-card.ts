import type { jsPDF } from 'jspdf';
import type { Block } from './model-types';
import { ACCENT, drawText, lineHeight, MUTED, RULE, wrap, type TextStyle } from './pdf-primitives';

// An intervention card on the page: a framed box with the title, a badge saying whether the team
// agreed it, and labelled rows. Measured before it is drawn so the renderer keeps it on one page.

type Card = Extract<Block, { kind: 'card' }>;

const PAD = 4;
const LABEL_W = 31;
const GAP = 3;
const TITLE: TextStyle = { size: 10.6, bold: true };
const BADGE: TextStyle = { size: 7.4, bold: true, color: ACCENT };
const LABEL: TextStyle = { size: 7.6, bold: true, color: MUTED };
const TEXT: TextStyle = { size: 8.4 };
const TITLE_STEP = lineHeight(TITLE.size, 1.25);
const BADGE_STEP = lineHeight(BADGE.size, 1.35);
const TEXT_STEP = lineHeight(TEXT.size, 1.32);
const ROW_GAP = 1.3;

interface Laid {
  title: string[];
  badge: string[];
  rows: { label: string[]; text: string[] }[];
  height: number;
}

function layOut(doc: jsPDF, card: Card, width: number): Laid {
  const inner = width - PAD * 2;
  const title = wrap(doc, card.title, inner, TITLE);
  const badge = wrap(doc, card.badge, inner, BADGE);
  const rows = card.rows.map((row) => ({
    label: wrap(doc, row.label, LABEL_W - GAP, LABEL),
    text: wrap(doc, row.text, inner - LABEL_W, TEXT),
  }));
  const rowsHeight = rows.reduce(
    (sum, row) => sum + Math.max(row.label.length, row.text.length) * TEXT_STEP + ROW_GAP,
    0,
  );
  const height =
    PAD + title.length * TITLE_STEP + badge.length * BADGE_STEP + 2.4 + rowsHeight + PAD - 1;
  return { title, badge, rows, height };
}

/** The card's height in millimetres at this width. */
export function cardHeight(doc: jsPDF, card: Card, width: number): number {
  return layOut(doc, card, width).height;
}

/**
 * Draws the card with its top-left corner at (x, y); returns its height. `accent` paints the edge
 * and the badge (the brand's accent where it reads on white).
 */
export function drawCard(
  doc: jsPDF,
  card: Card,
  x: number,
  y: number,
  width: number,
  accent: string = ACCENT,
): number {
  const laid = layOut(doc, card, width);
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.3);
  doc.roundedRect(x, y, width, laid.height, 1.5, 1.5, 'S');
  // An accent edge marks where a card starts, so two cards never read as one.
  doc.setFillColor(accent);
  doc.rect(x, y + 1.5, 0.9, laid.height - 3, 'F');
  let cursor = y + PAD;
  for (const line of laid.title) {
    drawText(doc, line, x + PAD, cursor + TITLE_STEP * 0.75, TITLE);
    cursor += TITLE_STEP;
  }
  for (const line of laid.badge) {
    drawText(doc, line, x + PAD, cursor + BADGE_STEP * 0.75, { ...BADGE, color: accent });
    cursor += BADGE_STEP;
  }
  cursor += 1.2;
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.2);
  doc.line(x + PAD, cursor, x + width - PAD, cursor);
  cursor += 1.2;
  for (const row of laid.rows) {
    row.label.forEach((line, index) =>
      drawText(doc, line, x + PAD, cursor + TEXT_STEP * 0.74 + index * TEXT_STEP, LABEL),
    );
    row.text.forEach((line, index) =>
      drawText(doc, line, x + PAD + LABEL_W, cursor + TEXT_STEP * 0.74 + index * TEXT_STEP, TEXT),
    );
    cursor += Math.max(row.label.length, row.text.length) * TEXT_STEP + ROW_GAP;
  }
  return laid.height;
}
