import type { Language } from '../domain/workshop';
import type { jsPDF } from 'jspdf';
import type { HeatmapLayout } from '../charts/heatmap';
import { HIDDEN_CELL } from '../charts/style';
import { SMALL, TINY, haloText } from './chart-labels';
import type { FigureSpec } from './model-types';
import {
  drawText,
  fit,
  hatch,
  INK,
  MUTED,
  px,
  py,
  shrinkToFit,
  wrap,
  type Frame,
} from './pdf-primitives';
import { formatFigure } from './texts';

type Spec = Extract<FigureSpec, { chart: 'heatmap' }>;

/** The factor × role heatmap on paper; a cell hidden below k is hatched, not shaded. */
export function drawHeatmap(
  doc: jsPDF,
  spec: Spec,
  layout: HeatmapLayout,
  frame: Frame,
  language: Language,
): void {
  const s = frame.scale;
  for (const column of layout.columns) {
    const name = spec.labels.columns[column.key] ?? column.role ?? '';
    const width = column.width * s - 0.6;
    // Small enough that the longest word fits the column: a role name is never cut mid-word.
    const longest = name.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    const style = shrinkToFit(doc, longest, width, { size: SMALL, bold: true }, TINY - 1);
    const lines = wrap(doc, name, width, style).slice(0, 2);
    const lastLine = lines.length - 1;
    lines.forEach((line, index) => {
      const text = index === lastLine ? fit(doc, line, width, style) : line;
      drawText(
        doc,
        text,
        px(frame, column.labelX),
        py(frame, layout.header.y) - 3.2 - (lastLine - index) * 2.7,
        { ...style, align: 'center' },
      );
    });
    if (column.role !== null) {
      const size = column.n === null ? spec.labels.hidden : `n = ${column.n}`;
      drawText(doc, size, px(frame, column.labelX), py(frame, layout.header.y), {
        size: TINY,
        color: MUTED,
        align: 'center',
      });
    }
  }
  for (const header of layout.dimensions) {
    drawText(
      doc,
      spec.labels.dimensions[header.dimension] ?? header.dimension,
      px(frame, 4),
      py(frame, header.y),
      { size: 7.5, bold: true },
    );
  }
  const labelWidth = ((layout.columns[0]?.x ?? 300) - 16) * s;
  for (const row of layout.rows) {
    const name = spec.labels.factors[row.factorId] ?? row.factor;
    const style = shrinkToFit(doc, name, labelWidth, { size: SMALL }, 5.4);
    drawText(
      doc,
      fit(doc, name, labelWidth, style),
      px(frame, 12),
      py(frame, row.labelY) - 0.3,
      style,
    );
  }
  for (const cell of layout.cells) {
    const x = px(frame, cell.x);
    const y = py(frame, cell.y);
    const w = cell.width * s;
    const h = cell.height * s;
    const tx = px(frame, cell.textX);
    const ty = py(frame, cell.textY) - 0.4;
    doc.setLineDashPattern([], 0);
    if (cell.kind === 'value') {
      doc.setFillColor(cell.fill);
      doc.rect(x, y, w, h, 'F');
      drawText(doc, formatFigure(cell.mean, language), tx, ty, {
        size: SMALL,
        bold: true,
        color: cell.tone === 'light' ? '#ffffff' : INK,
        align: 'center',
      });
    } else if (cell.kind === 'suppressed') {
      doc.setFillColor(HIDDEN_CELL.fill);
      doc.rect(x, y, w, h, 'F');
      hatch(doc, x, y, w, h, 1.5, HIDDEN_CELL.hatch, 0.25);
      haloText(doc, spec.labels.hidden, tx, ty, SMALL, 'center');
    } else {
      doc.setFillColor('#ffffff');
      doc.setDrawColor('#a3aab5');
      doc.setLineWidth(0.2);
      doc.setLineDashPattern([0.6, 0.6], 0);
      doc.rect(x, y, w, h, 'FD');
      doc.setLineDashPattern([], 0);
      drawText(doc, spec.labels.insufficient, tx, ty, {
        size: SMALL,
        color: MUTED,
        align: 'center',
      });
    }
  }
}
