import type { Language } from '../domain/workshop';
import type { jsPDF } from 'jspdf';
import type { StripsLayout } from '../charts/distribution';
import { OKABE_ITO } from '../charts/geometry';
import { CANT_SAY_BAR } from '../charts/style';
import { APP_CHART_ACCENT, type ChartAccent } from './chart-accent';
import { TINY } from './chart-labels';
import type { FigureSpec } from './model-types';
import { drawText, fit, INK, MUTED, px, py, RULE, shrinkToFit, type Frame } from './pdf-primitives';
import { formatFigure } from './texts';

type Spec = Extract<FigureSpec, { chart: 'strips' }>;

/** A dimension's answer strips on paper, with each factor's spread and re-vote direction. */
export function drawStrips(
  doc: jsPDF,
  spec: Spec,
  layout: StripsLayout,
  frame: Frame,
  language: Language,
  accent: ChartAccent = APP_CHART_ACCENT,
): void {
  const s = frame.scale;
  for (const slot of layout.header.slots) {
    drawText(
      doc,
      spec.labels.slots[slot.slot] ?? slot.slot,
      px(frame, slot.x),
      py(frame, layout.header.y),
      { size: TINY, color: MUTED, align: 'center' },
    );
  }
  const axis = layout.revoteAxis;
  if (axis) {
    drawText(doc, spec.labels.revote, px(frame, axis.x0), py(frame, axis.y) - 3, {
      size: TINY,
      bold: true,
      color: MUTED,
    });
    for (const tick of axis.ticks) {
      drawText(doc, String(tick.value), px(frame, tick.x), py(frame, axis.y), {
        size: TINY,
        color: MUTED,
        align: 'center',
      });
    }
  }
  const labelWidth = 290 * s;
  layout.rows.forEach((row, index) => {
    const top = py(frame, row.y);
    if (index > 0) {
      doc.setDrawColor('#e3e6ea');
      doc.setLineWidth(0.15);
      doc.line(px(frame, 0), top, px(frame, layout.width), top);
    }
    const name = spec.labels.rows[row.id] ?? row.id;
    const style = shrinkToFit(doc, name, labelWidth, { size: 7.2, bold: true }, 6);
    drawText(
      doc,
      fit(doc, name, labelWidth, style),
      px(frame, 0),
      py(frame, row.labelY) - 1.6,
      style,
    );
    drawText(
      doc,
      `${formatFigure(row.mean, language)} · n = ${row.n}${row.sd === null ? '' : ` · ${spec.labels.sd} ${formatFigure(row.sd, language)}`}`,
      px(frame, 0),
      py(frame, row.labelY) + 1.6,
      { size: TINY, color: MUTED },
    );
    const base = py(frame, row.y + row.height - 10);
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.2);
    const first = row.bars[0];
    const last = row.bars[row.bars.length - 1];
    if (first && last)
      doc.line(px(frame, first.x) - 0.5, base, px(frame, last.x + last.width) + 0.5, base);
    for (const bar of row.bars) {
      if (bar.count === 0) continue;
      // "Can't say" is outlined and dashed, as on screen: it is not a point on the scale.
      const cantSay = bar.slot === 'cantSay';
      doc.setFillColor(cantSay ? CANT_SAY_BAR.fill : accent.bar);
      if (cantSay) {
        doc.setDrawColor(accent.cantSay);
        doc.setLineDashPattern(
          CANT_SAY_BAR.dash.map((step) => step * s),
          0,
        );
      }
      const height = Math.max(0.3, bar.height * s);
      doc.rect(px(frame, bar.x), py(frame, bar.y), bar.width * s, height, cantSay ? 'FD' : 'F');
      if (cantSay) doc.setLineDashPattern([], 0);
      drawText(doc, String(bar.count), px(frame, bar.textX), py(frame, bar.textY) - 0.2, {
        size: TINY,
        color: INK,
        align: 'center',
      });
    }
    if (row.flag) {
      const fx = px(frame, row.flag.x);
      const fy = py(frame, row.flag.y);
      doc.setFillColor(OKABE_ITO.vermillion);
      doc.setDrawColor(INK);
      doc.setLineWidth(0.2);
      doc.triangle(fx, fy - 1.7, fx + 1.7, fy + 1.2, fx - 1.7, fy + 1.2, 'FD');
      drawText(doc, spec.labels.split, fx + 2.6, fy + 1, { size: TINY, bold: true });
    }
    if (row.revote) {
      for (const whisker of row.revote.whiskers) {
        const wy = py(frame, whisker.y);
        doc.setDrawColor(INK);
        doc.setLineWidth(0.3);
        doc.line(px(frame, whisker.low), wy, px(frame, whisker.high), wy);
        doc.line(px(frame, whisker.low), wy - 0.6, px(frame, whisker.low), wy + 0.6);
        doc.line(px(frame, whisker.high), wy - 0.6, px(frame, whisker.high), wy + 0.6);
        doc.setFillColor(whisker.round === 1 ? '#ffffff' : INK);
        doc.circle(px(frame, whisker.x), wy, 0.8, 'FD');
      }
      drawText(
        doc,
        spec.labels.directions[row.revote.direction] ?? row.revote.direction,
        px(frame, row.revote.textX),
        py(frame, row.revote.textY),
        { size: TINY, color: MUTED },
      );
    }
  });
}
