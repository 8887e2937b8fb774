import type { jsPDF } from 'jspdf';
import { debtMapLayout, MAP_GROUP_FILL, type DebtMapLayout } from '../charts/debt-map';
import { distributionLayout, type StripsLayout } from '../charts/distribution';
import { factorWebLayout, type FactorWebLayout } from '../charts/factor-web';
import { OKABE_ITO } from '../charts/geometry';
import { drawFactorWeb } from './draw-factor-web';
import { heatmapLayout, type HeatmapLayout } from '../charts/heatmap';
import { realityFunnelLayout, type FunnelLayout } from '../charts/reality-funnel';
import type { FigureSpec } from './model';
import { fillText, formatFigure, formatPercent } from './texts';
import {
  drawText,
  fit,
  hatch,
  INK,
  MUTED,
  px,
  py,
  RULE,
  shrinkToFit,
  textWidth,
  tracePath,
  wrap,
  type Frame,
} from './pdf-primitives';

type Spec<K extends FigureSpec['chart']> = Extract<FigureSpec, { chart: K }>;

export type FigureLayout =
  | { chart: 'debtMap'; layout: DebtMapLayout }
  | { chart: 'factorWeb'; layout: FactorWebLayout }
  | { chart: 'heatmap'; layout: HeatmapLayout }
  | { chart: 'strips'; layout: StripsLayout }
  | { chart: 'funnel'; layout: FunnelLayout };

/** Runs the shared layout a figure names, exactly as the app's React charts do. */
export function layoutFigure(figure: FigureSpec): FigureLayout {
  switch (figure.chart) {
    case 'debtMap':
      // Labels print at 6 pt, about 8–10 map units at the sizes the report draws the map.
      return {
        chart: 'debtMap',
        layout: debtMapLayout(figure.input, { groupLabels: figure.labels.groups, labelFont: 10 }),
      };
    case 'factorWeb':
      return {
        chart: 'factorWeb',
        layout: factorWebLayout(figure.input, {
          names: figure.labels.factors,
          dimensionNames: figure.labels.dimensions,
        }),
      };
    case 'heatmap':
      return { chart: 'heatmap', layout: heatmapLayout(figure.input) };
    case 'strips':
      return { chart: 'strips', layout: distributionLayout(figure.input, figure.options) };
    case 'funnel':
      return { chart: 'funnel', layout: realityFunnelLayout(figure.input, figure.entries) };
  }
}

/** Size of a figure in layout units. */
export function figureSize(figure: FigureLayout): { width: number; height: number } {
  if (figure.chart === 'funnel' && figure.layout.status === 'empty')
    return { width: figure.layout.width, height: 60 };
  return { width: figure.layout.width, height: figure.layout.height };
}

const SMALL = 6.8;
const TINY = 6;

/** A label on a white box, so it reads over any shade. */
function haloText(
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

function drawDebtMap(
  doc: jsPDF,
  spec: Spec<'debtMap'>,
  layout: DebtMapLayout,
  frame: Frame,
  language: 'en' | 'es',
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
  doc.setFillColor(INK);
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

/** A filled arrowhead at the end of a link, pointing along the curve's last segment. */
function drawHeatmap(
  doc: jsPDF,
  spec: Spec<'heatmap'>,
  layout: HeatmapLayout,
  frame: Frame,
  language: 'en' | 'es',
): void {
  const s = frame.scale;
  for (const column of layout.columns) {
    const name = spec.labels.columns[column.key] ?? column.role ?? '';
    const width = column.width * s - 0.6;
    const lines = wrap(doc, name, width, { size: SMALL, bold: true }).slice(0, 2);
    const lastLine = lines.length - 1;
    lines.forEach((line, index) => {
      const text = index === lastLine ? fit(doc, line, width, { size: SMALL, bold: true }) : line;
      drawText(
        doc,
        text,
        px(frame, column.labelX),
        py(frame, layout.header.y) - 3.2 - (lastLine - index) * 2.7,
        { size: SMALL, bold: true, align: 'center' },
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
      doc.setFillColor('#f1f2f4');
      doc.rect(x, y, w, h, 'F');
      hatch(doc, x, y, w, h, 1.5, '#a3aab5', 0.25);
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

function drawStrips(
  doc: jsPDF,
  spec: Spec<'strips'>,
  layout: StripsLayout,
  frame: Frame,
  language: 'en' | 'es',
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
      doc.setFillColor(bar.slot === 'cantSay' ? '#9aa3ae' : '#0072B2');
      doc.rect(
        px(frame, bar.x),
        py(frame, bar.y),
        bar.width * s,
        Math.max(0.3, bar.height * s),
        'F',
      );
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

const STAGE_FILL = ['#0072B2', '#009E73', '#56B4E9', '#CC79A7'] as const;

function drawFunnel(doc: jsPDF, spec: Spec<'funnel'>, layout: FunnelLayout, frame: Frame): void {
  if (layout.status === 'empty') {
    drawText(doc, spec.labels.empty, px(frame, layout.width / 2), py(frame, 34), {
      size: 9,
      color: MUTED,
      align: 'center',
    });
    return;
  }
  const s = frame.scale;
  doc.setFillColor('#e6e9ed');
  for (const connector of layout.connectors) {
    tracePath(doc, connector.path, frame);
    doc.fill();
  }
  const total = layout.stages[0]?.count ?? 0;
  layout.stages.forEach((stage, index) => {
    drawText(
      doc,
      spec.labels.stages[stage.id] ?? stage.id,
      px(frame, stage.labelX),
      py(frame, stage.textY) - 0.5,
      { size: 8, bold: true, align: 'right' },
    );
    doc.setFillColor(STAGE_FILL[index] ?? STAGE_FILL[0]);
    doc.setDrawColor(INK);
    doc.setLineWidth(0.25);
    doc.rect(
      px(frame, stage.x),
      py(frame, stage.y),
      Math.max(stage.width * s, 0.3),
      stage.height * s,
      'FD',
    );
    drawText(
      doc,
      fillText(spec.labels.stage, { count: stage.count, total, share: formatPercent(stage.share) }),
      px(frame, stage.textX),
      py(frame, stage.textY) - 0.5,
      { size: 8 },
    );
    if (stage.id === 'verified' && layout.partly.count > 0) {
      const p = layout.partly;
      doc.setFillColor('#ffffff');
      doc.rect(px(frame, p.x), py(frame, p.y), p.width * s, p.height * s, 'F');
      hatch(
        doc,
        px(frame, p.x),
        py(frame, p.y),
        p.width * s,
        p.height * s,
        1.4,
        STAGE_FILL[1],
        0.45,
      );
      doc.setDrawColor(INK);
      doc.setLineWidth(0.25);
      doc.setLineDashPattern([0.9, 0.6], 0);
      doc.rect(px(frame, p.x), py(frame, p.y), p.width * s, p.height * s, 'S');
      doc.setLineDashPattern([], 0);
      drawText(
        doc,
        fillText(spec.labels.partly, { count: p.count }),
        px(frame, stage.textX),
        py(frame, stage.textY) + 3,
        { size: TINY, color: MUTED },
      );
    }
  });
}

/** Draws a figure's layout at a page position and scale. */
export function drawFigure(
  doc: jsPDF,
  spec: FigureSpec,
  figure: FigureLayout,
  frame: Frame,
  language: 'en' | 'es',
): void {
  doc.setLineDashPattern([], 0);
  if (spec.chart === 'debtMap' && figure.chart === 'debtMap')
    drawDebtMap(doc, spec, figure.layout, frame, language);
  else if (spec.chart === 'factorWeb' && figure.chart === 'factorWeb')
    drawFactorWeb(doc, spec, figure.layout, frame, language);
  else if (spec.chart === 'heatmap' && figure.chart === 'heatmap')
    drawHeatmap(doc, spec, figure.layout, frame, language);
  else if (spec.chart === 'strips' && figure.chart === 'strips')
    drawStrips(doc, spec, figure.layout, frame, language);
  else if (spec.chart === 'funnel' && figure.chart === 'funnel')
    drawFunnel(doc, spec, figure.layout, frame);
  doc.setLineDashPattern([], 0);
}
