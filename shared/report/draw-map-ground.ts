import type { jsPDF } from 'jspdf';
import type { BandBoundary, MapFrame, SurfaceCell } from '../charts/debt-map';
import { SMALL } from './chart-labels';
import {
  drawText,
  FONT,
  INK,
  MUTED,
  px,
  py,
  textWidth,
  tracePath,
  type Frame,
} from './pdf-primitives';

/**
 * What every Debt Interaction Map on paper stands on, the one-team map and the portfolio's alike:
 * the shaded surface (none when there is too little to shade), the white grid, the plot's border,
 * the tick values and the two axis titles, the technical one turned upright.
 */
export function drawMapGround(
  doc: jsPDF,
  layout: MapFrame,
  cells: readonly SurfaceCell[],
  frame: Frame,
  titles: { human: string; technical: string },
): void {
  const s = frame.scale;
  const plot = layout.plot;
  for (const cell of cells) {
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
    titles.human,
    px(frame, layout.axisLabels.x.x),
    py(frame, plot.y + plot.height) + 8.5,
    { size: 8, bold: true, align: 'center' },
  );
  const yWidth = textWidth(doc, titles.technical, { size: 8, bold: true });
  doc.setFont(FONT, 'bold');
  doc.setFontSize(8);
  doc.setTextColor(INK);
  doc.text(
    titles.technical,
    px(frame, plot.x) - 7.5,
    py(frame, plot.y + plot.height / 2) + yWidth / 2,
    { angle: 90 },
  );
}

/** Starts clipping to the plot, so lines that run to its edge stop there; restore state after. */
export function clipToPlot(doc: jsPDF, layout: MapFrame, frame: Frame): void {
  const plot = layout.plot;
  doc.saveGraphicsState();
  doc.rect(
    px(frame, plot.x),
    py(frame, plot.y),
    plot.width * frame.scale,
    plot.height * frame.scale,
    null,
  );
  doc.clip();
  doc.discardPath();
}

/** The band boundaries: a dashed ink line over a white halo, so it reads on any shade. */
export function strokeBandBoundaries(
  doc: jsPDF,
  boundaries: readonly BandBoundary[],
  frame: Frame,
): void {
  for (const boundary of boundaries) {
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
}
