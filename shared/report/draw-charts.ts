import type { Language } from '../domain/workshop';
import type { jsPDF } from 'jspdf';
import { debtMapLayout, type DebtMapLayout } from '../charts/debt-map';
import { distributionLayout, type StripsLayout } from '../charts/distribution';
import { factorWebLayout, type FactorWebLayout } from '../charts/factor-web';
import { heatmapLayout, type HeatmapLayout } from '../charts/heatmap';
import { realityFunnelLayout, type FunnelLayout } from '../charts/reality-funnel';
import { APP_CHART_ACCENT, type ChartAccent } from './chart-accent';
import { drawDebtMap } from './draw-debt-map';
import { drawFactorWeb } from './draw-factor-web';
import { drawFunnel } from './draw-funnel';
import { drawHeatmap } from './draw-heatmap';
import { drawStrips } from './draw-strips';
import type { FigureSpec } from './model-types';
import type { Frame } from './pdf-primitives';

// Lays out a figure with its shared chart layout and hands it to that chart's drawer
// (draw-<chart>.ts), so the page renderer knows figures only by their spec.

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

/** Draws a figure's layout at a page position and scale, its accent marks in `accent`. */
export function drawFigure(
  doc: jsPDF,
  spec: FigureSpec,
  figure: FigureLayout,
  frame: Frame,
  language: Language,
  accent: ChartAccent = APP_CHART_ACCENT,
): void {
  doc.setLineDashPattern([], 0);
  if (spec.chart === 'debtMap' && figure.chart === 'debtMap')
    drawDebtMap(doc, spec, figure.layout, frame, language, accent);
  else if (spec.chart === 'factorWeb' && figure.chart === 'factorWeb')
    drawFactorWeb(doc, spec, figure.layout, frame, language, accent);
  else if (spec.chart === 'heatmap' && figure.chart === 'heatmap')
    drawHeatmap(doc, spec, figure.layout, frame, language);
  else if (spec.chart === 'strips' && figure.chart === 'strips')
    drawStrips(doc, spec, figure.layout, frame, language, accent);
  else if (spec.chart === 'funnel' && figure.chart === 'funnel')
    drawFunnel(doc, spec, figure.layout, frame);
  doc.setLineDashPattern([], 0);
}
