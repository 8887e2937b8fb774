import type { Language } from '../domain/workshop';
import type { jsPDF } from 'jspdf';
import { DIMENSION_COLOURS } from '../charts/geometry';
import {
  formatWebValue,
  TEXT_ASCENT,
  WEB_COLOURS,
  WEB_FONT,
  type FactorWebLayout,
} from '../charts/factor-web';
import { APP_CHART_ACCENT, type ChartAccent } from './chart-accent';
import type { FigureSpec } from './model-types';
import { drawText, px, py, tracePath, type Frame } from './pdf-primitives';

type WebSpec = Extract<FigureSpec, { chart: 'factorWeb' }>;

/** Layout units (the SVG's px) to points at this frame's scale (mm per unit). */
function points(frame: Frame, size: number): number {
  return (size * frame.scale) / 0.3528;
}

function triangle(doc: jsPDF, arrow: string, frame: Frame): void {
  const corners = arrow.split(' ').map((pair) => pair.split(',').map(Number));
  const [a, b, c] = corners;
  if (!a || !b || !c) return;
  doc.triangle(
    px(frame, a[0] ?? 0),
    py(frame, a[1] ?? 0),
    px(frame, b[0] ?? 0),
    py(frame, b[1] ?? 0),
    px(frame, c[0] ?? 0),
    py(frame, c[1] ?? 0),
    'F',
  );
}

/**
 * The factor web on paper, from the same layout as the screen: boxes, wrapped names and letters
 * sit where the layout measured them, at the same sizes, so nothing the layout kept apart touches.
 */
export function drawFactorWeb(
  doc: jsPDF,
  spec: WebSpec,
  layout: FactorWebLayout,
  frame: Frame,
  language: Language,
  accent: ChartAccent = APP_CHART_ACCENT,
): void {
  const s = frame.scale;
  if (layout.empty) {
    drawText(doc, spec.labels.empty, px(frame, layout.empty.x), py(frame, layout.empty.y), {
      size: points(frame, WEB_FONT.name),
      align: 'center',
    });
    return;
  }
  // Links off every chain go first, so the chains' dark arrows are never drawn under them.
  const links = [...layout.links].sort(
    (p, q) => Number(p.chains.length > 0) - Number(q.chains.length > 0),
  );
  for (const link of links) {
    const colour = link.chains.length > 0 ? accent.chain : WEB_COLOURS.link;
    doc.setDrawColor(colour);
    doc.setFillColor(colour);
    doc.setLineWidth(Math.max(0.15, link.strokeWidth * s));
    tracePath(doc, link.path, frame);
    doc.stroke();
    triangle(doc, link.arrow, frame);
  }
  for (const node of layout.nodes) {
    doc.setFillColor('#ffffff');
    doc.setDrawColor(node.onChain ? accent.chain : WEB_COLOURS.box);
    doc.setLineWidth(node.onChain ? 1.6 * s : s);
    const { x, y, width, height } = node.box;
    doc.roundedRect(px(frame, x), py(frame, y), width * s, height * s, 3 * s, 3 * s, 'FD');
    doc.setFillColor(DIMENSION_COLOURS[node.dimension]);
    doc.rect(
      px(frame, node.stripe.x),
      py(frame, node.stripe.y),
      node.stripe.width * s,
      node.stripe.height * s,
      'F',
    );
    for (const line of node.lines)
      drawText(doc, line.text, px(frame, line.x), py(frame, line.y), {
        size: points(frame, WEB_FONT.name),
      });
    drawText(
      doc,
      formatWebValue(node.mean, language),
      px(frame, node.value.x),
      py(frame, node.value.y),
      {
        size: points(frame, WEB_FONT.value),
        bold: true,
      },
    );
  }
  for (const link of layout.links) {
    if (!link.label) continue;
    doc.setFillColor('#ffffff');
    doc.setDrawColor(accent.chain);
    doc.setLineWidth(1.2 * s);
    doc.circle(px(frame, link.label.x), py(frame, link.label.y), link.label.r * s, 'FD');
    // Centred on the circle: the baseline sits a little under a third of the cap height below.
    drawText(
      doc,
      link.label.text,
      px(frame, link.label.x),
      py(frame, link.label.y + WEB_FONT.badge * TEXT_ASCENT * 0.39),
      { size: points(frame, WEB_FONT.badge), bold: true, align: 'center' },
    );
  }
  for (const entry of layout.legend) {
    doc.setFillColor(DIMENSION_COLOURS[entry.dimension]);
    doc.rect(
      px(frame, entry.swatch.x),
      py(frame, entry.swatch.y),
      entry.swatch.width * s,
      entry.swatch.height * s,
      'F',
    );
    drawText(doc, entry.text.text, px(frame, entry.text.x), py(frame, entry.text.y), {
      size: points(frame, WEB_FONT.legend),
    });
  }
}
