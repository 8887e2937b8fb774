import type { jsPDF } from 'jspdf';
import type { Language } from '../../domain/workshop';
import type { PortfolioTeam } from '../../portfolio/types';
import { BAND_FLOORS, BANDS } from '../../scoring/constants';
import { drawText, fit, INK, MUTED, RULE, shrinkToFit } from '../pdf-primitives';
import { formatDate, formatFigure } from '../texts';
import { BAND_TINTS } from './page';
import { portfolioText } from './texts';

export const TREND_HEIGHT = 52;

interface TrendPlace {
  x: number;
  y: number;
  width: number;
  language: Language;
  accent: string;
}

/**
 * One team's index across its workshops, oldest first, on a 0–100 scale tinted by band. A
 * workshop whose index is not shown leaves a gap: the line never bridges it.
 */
export function drawTrend(doc: jsPDF, team: PortfolioTeam, place: TrendPlace): void {
  const { x, y, width, language } = place;
  const title = shrinkToFit(doc, team.label, width * 0.62, { size: 8.5, bold: true }, 6.5);
  drawText(doc, fit(doc, team.label, width * 0.62, title), x, y + 3.5, title);
  const shown = team.trend.filter((point) => point.headline !== null);
  const first = shown[0]?.headline;
  const last = shown.at(-1)?.headline;
  if (
    first !== undefined &&
    last !== undefined &&
    first !== null &&
    last !== null &&
    shown.length > 1
  ) {
    drawText(
      doc,
      portfolioText('trendChange', language, {
        from: formatFigure(first, language),
        to: formatFigure(last, language),
      }),
      x + width,
      y + 3.5,
      { size: 8, bold: true, color: INK, align: 'right' },
    );
  }
  const plotX = x + 7;
  const plotY = y + 7;
  const plotW = width - 12;
  const plotH = TREND_HEIGHT - 18;
  const py = (value: number) => plotY + plotH - (plotH * value) / 100;
  BANDS.forEach((band, index) => {
    const from = BAND_FLOORS[band];
    const to = index + 1 < BANDS.length ? BAND_FLOORS[BANDS[index + 1] ?? band] : 100;
    doc.setFillColor(BAND_TINTS[band]);
    doc.rect(plotX, py(to), plotW, py(from) - py(to), 'F');
  });
  doc.setDrawColor(RULE);
  doc.setLineWidth(0.2);
  doc.rect(plotX, plotY, plotW, plotH, 'S');
  for (const tick of [0, 50, 100]) {
    drawText(doc, String(tick), plotX - 1.2, py(tick) + 0.8, {
      size: 5.6,
      color: MUTED,
      align: 'right',
    });
  }
  const count = team.trend.length;
  const px = (index: number) =>
    count <= 1 ? plotX + plotW / 2 : plotX + 5 + ((plotW - 10) * index) / (count - 1);
  doc.setDrawColor(place.accent);
  doc.setLineWidth(0.6);
  team.trend.forEach((point, index) => {
    const previous = team.trend[index - 1];
    if (index > 0 && point.headline !== null && previous && previous.headline !== null) {
      doc.line(px(index - 1), py(previous.headline), px(index), py(point.headline));
    }
  });
  team.trend.forEach((point, index) => {
    const cx = px(index);
    const date = formatDate(point.date, language);
    const style = shrinkToFit(
      doc,
      date,
      Math.min(30, (plotW - 4) / Math.max(1, count)),
      { size: 5.8, color: MUTED },
      4.6,
    );
    drawText(doc, date, cx, plotY + plotH + 3.4, { ...style, align: 'center' });
    if (point.headline === null) {
      drawText(doc, '–', cx, plotY + plotH / 2, { size: 7, color: MUTED, align: 'center' });
      return;
    }
    doc.setFillColor(place.accent);
    doc.setDrawColor('#ffffff');
    doc.setLineWidth(0.3);
    doc.circle(cx, py(point.headline), 1.2, 'FD');
    const above = point.headline < 85;
    drawText(
      doc,
      formatFigure(point.headline, language),
      cx,
      above ? py(point.headline) - 2 : py(point.headline) + 3.6,
      { size: 6.4, bold: true, align: 'center' },
    );
  });
}
