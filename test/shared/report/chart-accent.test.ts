import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { DIMENSION_COLOURS } from '../../../shared/charts/geometry';
import { APP_CHART_ACCENT, chartAccent } from '../../../shared/report/chart-accent';
import { drawFigure, layoutFigure } from '../../../shared/report/draw-charts';
import type { FigureSpec } from '../../../shared/report/model-types';
import { FONT } from '../../../shared/report/pdf-primitives';
import { demoReport, shippedFontsBase64 } from './fixtures';

const ACCENT = '#2d6a4f';
const fonts = shippedFontsBase64();

/** The figures of the demo's full report, one of each chart it draws. */
function figures(): FigureSpec[] {
  const { model } = demoReport('en', 'full');
  const all = model.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : [])),
  );
  const seen = new Set<string>();
  return all.filter((figure) => !seen.has(figure.chart) && seen.add(figure.chart));
}

/** Every colour a figure's drawing asks for, in order: `fill:#…` and `draw:#…`. */
function drawn(figure: FigureSpec, accent = APP_CHART_ACCENT): string[] {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  doc.addFileToVFS('r.ttf', fonts.regular as string);
  doc.addFont('r.ttf', FONT, 'normal');
  doc.addFileToVFS('b.ttf', fonts.bold as string);
  doc.addFont('b.ttf', FONT, 'bold');
  const asked: string[] = [];
  const fill = doc.setFillColor.bind(doc) as (colour: string) => jsPDF;
  const draw = doc.setDrawColor.bind(doc) as (colour: string) => jsPDF;
  doc.setFillColor = ((colour: string) => {
    asked.push(`fill:${colour.toLowerCase()}`);
    return fill(colour);
  }) as jsPDF['setFillColor'];
  doc.setDrawColor = ((colour: string) => {
    asked.push(`draw:${colour.toLowerCase()}`);
    return draw(colour);
  }) as jsPDF['setDrawColor'];
  drawFigure(doc, figure, layoutFigure(figure), { x: 10, y: 10, scale: 0.2 }, 'en', accent);
  return asked;
}

const branded = (figure: FigureSpec) => drawn(figure, chartAccent(ACCENT));

describe("the report charts' accent", () => {
  const specs = figures();

  it('finds every chart in the demo report', () => {
    expect(specs.map((spec) => spec.chart).sort()).toEqual(
      ['debtMap', 'factorWeb', 'funnel', 'heatmap', 'strips'].sort(),
    );
  });

  it('is the app paint without a brand: nothing is drawn differently', () => {
    for (const spec of specs) expect(drawn(spec, chartAccent(null))).toEqual(drawn(spec));
  });

  it('never touches the debt colour scale, the funnel or the dimension colours', () => {
    for (const spec of specs.filter((s) => s.chart === 'heatmap' || s.chart === 'funnel'))
      expect(branded(spec)).toEqual(drawn(spec));
    const map = specs.find((spec) => spec.chart === 'debtMap');
    if (!map) throw new Error('no map');
    const layout = layoutFigure(map);
    if (layout.chart !== 'debtMap' || layout.layout.status !== 'ok') throw new Error('no bands');
    const cells = layout.layout.cells.map((cell) => `fill:${cell.fill.toLowerCase()}`);
    expect(branded(map).slice(0, cells.length)).toEqual(cells);
    const web = specs.find((spec) => spec.chart === 'factorWeb');
    if (!web) throw new Error('no web');
    const dimension = new Set(
      Object.values(DIMENSION_COLOURS).map((c) => `fill:${c.toLowerCase()}`),
    );
    const stripes = (asked: string[]) => asked.filter((colour) => dimension.has(colour));
    expect(stripes(branded(web))).toEqual(stripes(drawn(web)));
    expect(stripes(drawn(web)).length).toBeGreaterThan(0);
  });

  it("paints the answer bars, the web's chains and the team's marker in the accent", () => {
    const replaced = {
      strips: [APP_CHART_ACCENT.bar, APP_CHART_ACCENT.cantSay],
      factorWeb: [APP_CHART_ACCENT.chain],
      debtMap: [APP_CHART_ACCENT.team],
    };
    for (const chart of ['strips', 'factorWeb', 'debtMap'] as const) {
      const spec = specs.find((s) => s.chart === chart);
      if (!spec) throw new Error(`no ${chart}`);
      const plain = drawn(spec);
      const brand = branded(spec);
      expect(brand).toHaveLength(plain.length);
      const changed = brand.flatMap((colour, index) =>
        colour === plain[index] ? [] : [[plain[index], colour]],
      );
      expect(changed.length, chart).toBeGreaterThan(0);
      // Only the accent marks change, and only to the accent.
      for (const [from, to] of changed) {
        expect(to?.endsWith(ACCENT), chart).toBe(true);
        expect(
          replaced[chart].some((colour) => from?.endsWith(colour.toLowerCase())),
          `${chart}: ${from}`,
        ).toBe(true);
      }
    }
  });
});
