import type { Language } from '../domain/workshop';
import type { jsPDF } from 'jspdf';
import { MAP_GROUP_FILL, type DebtMapLayout } from '../charts/debt-map';
import { APP_CHART_ACCENT, type ChartAccent } from './chart-accent';
import { SMALL, TINY, haloText } from './chart-labels';
import type { FigureSpec } from './model-types';
import { drawText, INK, MUTED, px, py, textWidth, tracePath, type Frame } from './pdf-primitives';
import { formatFigure } from './texts';

type Spec = Extract<FigureSpec, { chart: 'debtMap' }>;

/** The debt map on paper: band shading, boundaries, role groups and the team marker. */
export function drawDebtMap(
  doc: jsPDF,
  spec: Spec,
  layout: DebtMapLayout,
  frame: Frame,
  language: Language,
  accent: ChartAccent = APP_CHART_ACCENT,
): void {
  const s = frame.scale;
  const plot = layout.plot;
  if (layout.status === 'ok') {
    for (const cell of layout.cells) {
      doc.setFillColor(cell.fill);
      // A hair of overlap hides the seams some viewers draw between touching rectangles.
      doc.rect(
        px(frame, cell.x),
        py(frame, cell.y),
        cell.width * s + 0.05,
        cell.height * s + 0.05,
        'F',
      );
    }
  }
  doc.setDrawColor('#ffffff');
  doc.setLineWidth(0.12);
  for (const tick of layout.xTicks)
    doc.line(
      px(frame, tick.position),
      py(frame, plot.y),
      px(frame, tick.position),
      py(frame, plot.y + plot.height),
    );
  for (const tick of layout.yTicks)
    doc.line(
      px(frame, plot.x),
      py(frame, tick.position),
      px(frame, plot.x + plot.width),
      py(frame, tick.position),
    );
  doc.setDrawColor(INK);
  doc.setLineWidth(0.25);
  doc.rect(px(frame, plot.x), py(frame, plot.y), plot.width * s, plot.height * s, 'S');
  for (const tick of layout.xTicks) {
    drawText(
      doc,
      String(tick.value),
      px(frame, tick.position),
      py(frame, plot.y + plot.height) + 3.6,
      { size: SMALL, color: MUTED, align: 'center' },
    );
  }
  for (const tick of layout.yTicks) {
    drawText(doc, String(tick.value), px(frame, plot.x) - 1.6, py(frame, tick.position) + 0.9, {
      size: SMALL,
      color: MUTED,
      align: 'right',
    });
  }
  drawText(
    doc,
    spec.labels.axisHuman,
    px(frame, layout.axisLabels.x.x),
    py(frame, plot.y + plot.height) + 8.5,
    { size: 8, bold: true, align: 'center' },
  );
  const yLabel = spec.labels.axisTechnical;
  const yWidth = textWidth(doc, yLabel, { size: 8, bold: true });
  doc.setFont('ReportSans', 'bold');
  doc.setFontSize(8);
  doc.setTextColor(INK);
  doc.text(yLabel, px(frame, plot.x) - 7.5, py(frame, plot.y + plot.height / 2) + yWidth / 2, {
    angle: 90,
  });

  if (layout.status === 'insufficient') {
    drawText(
      doc,
      spec.labels.insufficient,
      px(frame, plot.x + plot.width / 2),
      py(frame, plot.y + plot.height / 2),
      { size: 9, color: MUTED, align: 'center' },
    );
    return;
  }
  doc.saveGraphicsState();
  doc.rect(px(frame, plot.x), py(frame, plot.y), plot.width * s, plot.height * s, null);
  doc.clip();
  doc.discardPath();
  for (const boundary of layout.boundaries) {
    doc.setDrawColor('#ffffff');
    doc.setLineWidth(1.1);
    doc.setLineDashPattern([], 0);
    tracePath(doc, boundary.path, frame);
    doc.stroke();
    doc.setDrawColor(INK);
    doc.setLineWidth(0.45);
    doc.setLineDashPattern([1.6, 0.9], 0);
    tracePath(doc, boundary.path, frame);
    doc.stroke();
  }
  doc.setLineDashPattern([], 0);
  if (layout.spread?.path) {
    doc.setDrawColor(INK);
    doc.setLineWidth(0.35);
    doc.setLineDashPattern([0.7, 0.7], 0);
    tracePath(doc, layout.spread.path, frame);
    doc.stroke();
    doc.setLineDashPattern([], 0);
  }
  doc.restoreGraphicsState();
  for (const boundary of layout.boundaries) {
    haloText(
      doc,
      spec.labels.boundaries[boundary.band] ?? boundary.band,
      px(frame, boundary.label.x),
      py(frame, boundary.label.y),
      SMALL,
      'right',
      true,
    );
  }
  doc.setLineWidth(0.3);
  doc.setDrawColor(INK);
  for (const group of layout.groups) {
    doc.setFillColor(MAP_GROUP_FILL);
    doc.circle(px(frame, group.x), py(frame, group.y), 1.3, 'FD');
    haloText(
      doc,
      spec.labels.groups[group.role] ?? group.role,
      px(frame, group.label.x),
      py(frame, group.label.y),
      TINY,
      group.label.anchor === 'start' ? 'left' : group.label.anchor === 'end' ? 'right' : 'center',
    );
  }
  for (const arrow of layout.arrows) {
    doc.setLineWidth(0.4);
    tracePath(doc, arrow.path, frame);
    doc.stroke();
  }
  for (const mark of layout.history) {
    doc.setFillColor('#ffffff');
    doc.circle(px(frame, mark.x), py(frame, mark.y), 1, 'FD');
    haloText(doc, mark.label, px(frame, mark.x) + 1.8, py(frame, mark.y) - 1.4, TINY, 'left');
  }
  const tx = px(frame, layout.team.x);
  const ty = py(frame, layout.team.y);
  const size = 2.4;
  doc.setFillColor('#ffffff');
  doc.circle(tx, ty, size + 1.1, 'F');
  doc.setFillColor(accent.team);
  doc.setDrawColor('#ffffff');
  doc.setLineWidth(0.4);
  doc.moveTo(tx, ty - size);
  doc.lineTo(tx + size, ty);
  doc.lineTo(tx, ty + size);
  doc.lineTo(tx - size, ty);
  doc.close();
  doc.fillStroke();
  const value =
    layout.team.executionDebt === null
      ? ''
      : ` · ${formatFigure(layout.team.executionDebt, language)}`;
  haloText(doc, `${spec.labels.team}${value}`, tx + size + 1.6, ty + 1, 7.5, 'left', true);
}
