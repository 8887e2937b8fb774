import type { jsPDF } from 'jspdf';
import type { Language } from '../../domain/workshop';
import { BAND_FLOORS, BANDS } from '../../scoring/constants';
import {
  drawText,
  fit,
  INK,
  MUTED,
  RULE,
  shrinkToFit,
  textWidth,
  type TextStyle,
} from '../pdf-primitives';
import { formatFigure } from '../texts';
import type { TeamHeadline } from './decision';
import { bandLabel } from './labels';
import { BAND_TINTS } from './page';
import { portfolioText } from './texts';

/** Millimetres per team row: roomy for a few teams, tighter for many so page one holds them. */
function rowHeight(teams: number): number {
  return teams <= 8 ? 6.4 : teams <= 12 ? 5.4 : 3.6;
}

const SCALE_HEAD = 6;

/** The strip's height for `teams` rows, with its band names above. */
export function stripHeight(teams: number): number {
  return SCALE_HEAD + Math.max(1, teams) * rowHeight(teams) + 2;
}

interface StripPlace {
  x: number;
  y: number;
  width: number;
  language: Language;
  k: number;
  accent: string;
}

/**
 * Page one's "how bad": one row per team on a shared 0–100 scale tinted by band, the index as a
 * dot on its 95 % interval, then the figure, band and n. A team below k keeps its row and name
 * and says so, with no mark on the scale and no figure. Returns the height drawn.
 */
export function drawHeadlineStrip(
  doc: jsPDF,
  headlines: readonly TeamHeadline[],
  place: StripPlace,
): number {
  const { x, y, width, language } = place;
  const row = rowHeight(headlines.length);
  const size = headlines.length > 12 ? 6.5 : 8;
  // The name column is as wide as the longest name needs, within bounds; the scale takes the rest.
  const longest = Math.max(
    0,
    ...headlines.map(({ team }) => textWidth(doc, team.label, { size, bold: true })),
  );
  const labelW = Math.min(66, Math.max(40, longest + 2));
  const figureW = 50;
  const scaleX = x + labelW + 2;
  const scaleW = width - labelW - figureW - 4;
  const at = (value: number) => scaleX + (scaleW * Math.min(100, Math.max(0, value))) / 100;
  const bodyTop = y + SCALE_HEAD;
  const bodyH = Math.max(1, headlines.length) * row;
  // The bands behind every row, named once above the scale.
  BANDS.forEach((band, index) => {
    const from = at(BAND_FLOORS[band]);
    const to = at(index + 1 < BANDS.length ? BAND_FLOORS[BANDS[index + 1] ?? band] : 100);
    doc.setFillColor(BAND_TINTS[band]);
    doc.rect(from, bodyTop, to - from, bodyH, 'F');
    const name = bandLabel(band, language);
    const style = shrinkToFit(doc, name, to - from - 1, { size: 6.4, bold: true, color: MUTED }, 5);
    drawText(doc, name, (from + to) / 2, y + 3.6, { ...style, align: 'center' });
  });
  doc.setDrawColor('#ffffff');
  doc.setLineWidth(0.3);
  for (let index = 1; index < headlines.length; index++) {
    doc.line(x, bodyTop + index * row, x + width, bodyTop + index * row);
  }
  headlines.forEach(({ team, shown }, index) => {
    const top = bodyTop + index * row;
    const base = top + row / 2 + size * 0.3528 * 0.35;
    const nameStyle = shrinkToFit(doc, team.label, labelW - 2, { size, bold: true }, 5.6);
    const name = fit(doc, team.label, labelW - 2, nameStyle);
    drawText(doc, name, x, base, { ...nameStyle, color: shown ? INK : MUTED });
    if (!shown) {
      const text = team.withheld
        ? portfolioText('teamWithheld', language, { k: place.k })
        : portfolioText('teamNoHeadline', language);
      const style: TextStyle = shrinkToFit(
        doc,
        text,
        scaleW + figureW,
        { size: size - 0.6, color: MUTED },
        5.5,
      );
      drawText(doc, text, scaleX + 2, base, style);
      return;
    }
    const mid = top + row / 2;
    if (shown.interval) {
      doc.setDrawColor(INK);
      doc.setLineWidth(0.5);
      doc.line(at(shown.interval.low), mid, at(shown.interval.high), mid);
      doc.setLineWidth(0.3);
      doc.line(at(shown.interval.low), mid - 1, at(shown.interval.low), mid + 1);
      doc.line(at(shown.interval.high), mid - 1, at(shown.interval.high), mid + 1);
    }
    doc.setFillColor(place.accent);
    doc.setDrawColor('#ffffff');
    doc.setLineWidth(0.3);
    doc.circle(at(shown.value), mid, Math.min(1.5, row * 0.28), 'FD');
    const figure = formatFigure(shown.value, language);
    const band = bandLabel(shown.band, language);
    const n = portfolioText('nValue', language, { n: shown.n });
    const right = x + width;
    drawText(doc, figure, scaleX + scaleW + 11, base, { size, bold: true, align: 'right' });
    const bandStyle = shrinkToFit(doc, band, figureW - 26, { size: size - 0.6 }, 5.5);
    drawText(doc, band, scaleX + scaleW + 13, base, bandStyle);
    drawText(doc, n, right, base, { size: size - 0.8, color: MUTED, align: 'right' });
  });
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.2);
  doc.rect(scaleX, bodyTop, scaleW, bodyH, 'S');
  return stripHeight(headlines.length);
}
