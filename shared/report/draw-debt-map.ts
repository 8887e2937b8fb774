import type { Language } from '../domain/workshop';
import type { jsPDF } from 'jspdf';
import { MAP_GROUP_FILL, type DebtMapLayout } from '../charts/debt-map';
import { APP_CHART_ACCENT, type ChartAccent } from './chart-accent';
import { SMALL, TINY, haloText } from './chart-labels';
import { clipToPlot, drawMapGround, strokeBandBoundaries } from './draw-map-ground';
import type { FigureSpec } from './model-types';
import { drawText, INK, MUTED, px, py, tracePath, type Frame } from './pdf-primitives';
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
  const plot = layout.plot;
  drawMapGround(doc, layout, layout.status === 'ok' ? layout.cells : [], frame, {
    human: spec.labels.axisHuman,
    technical: spec.labels.axisTechnical,
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
  clipToPlot(doc, layout, frame);
  strokeBandBoundaries(doc, layout.boundaries, frame);
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
