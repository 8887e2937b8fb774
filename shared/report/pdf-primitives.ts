import type { jsPDF } from 'jspdf';

/** Font family names the renderer registers the embedded faces under. */
export const FONT = 'ReportSans';

export const INK = '#1d2430';
export const MUTED = '#5b6472';
export const RULE = '#c9ced6';
export const LIGHT = '#f2f4f7';
export const ACCENT = '#0b4f8a';

const PT_TO_MM = 0.3528;

/** Line height in mm of a font size in points. */
export function lineHeight(size: number, factor = 1.38): number {
  return size * PT_TO_MM * factor;
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
}

export function setStyle(doc: jsPDF, style: TextStyle): void {
  doc.setFont(FONT, style.bold ? 'bold' : 'normal');
  doc.setFontSize(style.size);
  doc.setTextColor(style.color ?? INK);
}

/** Draws one line of text at a baseline; x is the anchor for the alignment. */
export function drawText(doc: jsPDF, text: string, x: number, y: number, style: TextStyle): void {
  setStyle(doc, style);
  doc.text(text, x, y, { align: style.align ?? 'left', baseline: 'alphabetic' });
}

export function textWidth(doc: jsPDF, text: string, style: TextStyle): number {
  setStyle(doc, style);
  return doc.getTextWidth(text);
}

/**
 * Wraps text to a width; a word longer than the width (a hash, a long id) is broken by
 * characters, so nothing is ever clipped at the margin.
 */
export function wrap(doc: jsPDF, text: string, width: number, style: TextStyle): string[] {
  setStyle(doc, style);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const split = doc.splitTextToSize(paragraph, width) as string[];
    for (const line of split.length > 0 ? split : ['']) {
      if (doc.getTextWidth(line) <= width + 0.01) {
        lines.push(line);
        continue;
      }
      let current = '';
      for (const char of line) {
        if (current !== '' && doc.getTextWidth(current + char) > width) {
          lines.push(current);
          current = char;
        } else current += char;
      }
      if (current !== '') lines.push(current);
    }
  }
  return lines;
}

/** Shortens a single line with an ellipsis until it fits the width. */
/**
 * The style at the largest size, from `style.size` down to `smallest`, at which `text` fits
 * `width` on one line: a label shrinks a little before it would be cut.
 */
export function shrinkToFit(
  doc: jsPDF,
  text: string,
  width: number,
  style: TextStyle,
  smallest: number,
): TextStyle {
  let size = style.size;
  while (size > smallest && textWidth(doc, text, { ...style, size }) > width) size -= 0.2;
  return { ...style, size: Math.max(size, smallest) };
}

export function fit(doc: jsPDF, text: string, width: number, style: TextStyle): string {
  setStyle(doc, style);
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

type Point = [number, number];

/** Maps layout units to page millimetres. */
export interface Frame {
  x: number;
  y: number;
  scale: number;
}

export function px(frame: Frame, value: number): number {
  return frame.x + value * frame.scale;
}

export function py(frame: Frame, value: number): number {
  return frame.y + value * frame.scale;
}

function arcToCubics(
  from: Point,
  rx: number,
  ry: number,
  rotation: number,
  large: boolean,
  sweep: boolean,
  to: Point,
): [Point, Point, Point][] {
  // SVG arc endpoint parameterisation → centre form (SVG spec, appendix F.6), then ≤ 90° cubic pieces.
  if (rx === 0 || ry === 0) return [[from, to, to]];
  const phi = (rotation * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (from[0] - to[0]) / 2;
  const dy = (from[1] - to[1]) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  let a = Math.abs(rx);
  let b = Math.abs(ry);
  const lambda = (x1 * x1) / (a * a) + (y1 * y1) / (b * b);
  if (lambda > 1) {
    a *= Math.sqrt(lambda);
    b *= Math.sqrt(lambda);
  }
  const sign = large === sweep ? -1 : 1;
  const numerator = a * a * b * b - a * a * y1 * y1 - b * b * x1 * x1;
  const coef = sign * Math.sqrt(Math.max(0, numerator / (a * a * y1 * y1 + b * b * x1 * x1 || 1)));
  const cx1 = (coef * (a * y1)) / b;
  const cy1 = (coef * -(b * x1)) / a;
  const cx = cos * cx1 - sin * cy1 + (from[0] + to[0]) / 2;
  const cy = sin * cx1 + cos * cy1 + (from[1] + to[1]) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => {
    const dot = ux * vx + uy * vy;
    const len = Math.hypot(ux, uy) * Math.hypot(vx, vy);
    const value = Math.acos(Math.max(-1, Math.min(1, dot / len)));
    return ux * vy - uy * vx < 0 ? -value : value;
  };
  const theta = angle(1, 0, (x1 - cx1) / a, (y1 - cy1) / b);
  let delta = angle((x1 - cx1) / a, (y1 - cy1) / b, (-x1 - cx1) / a, (-y1 - cy1) / b);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const pieces = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2)));
  const step = delta / pieces;
  const k = (4 / 3) * Math.tan(step / 4);
  const point = (t: number): Point => [
    cx + a * Math.cos(t) * cos - b * Math.sin(t) * sin,
    cy + a * Math.cos(t) * sin + b * Math.sin(t) * cos,
  ];
  const derivative = (t: number): Point => [
    -a * Math.sin(t) * cos - b * Math.cos(t) * sin,
    -a * Math.sin(t) * sin + b * Math.cos(t) * cos,
  ];
  const out: [Point, Point, Point][] = [];
  for (let index = 0; index < pieces; index++) {
    const t0 = theta + index * step;
    const t1 = t0 + step;
    const p0 = point(t0);
    const p1 = point(t1);
    const d0 = derivative(t0);
    const d1 = derivative(t1);
    out.push([[p0[0] + k * d0[0], p0[1] + k * d0[1]], [p1[0] - k * d1[0], p1[1] - k * d1[1]], p1]);
  }
  return out;
}

/**
 * Traces an SVG path string from a shared/charts layout (absolute M L H V C Q A Z, as d3 and the
 * layouts emit them) onto the page; the caller then strokes or fills it.
 */
export function tracePath(doc: jsPDF, d: string, frame: Frame): void {
  const tokens = d.match(/[MLHVCQAZmlhvcqaz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let index = 0;
  let command = '';
  let current: Point = [0, 0];
  let start: Point = [0, 0];
  const next = (): number => Number(tokens[index++] ?? 0);
  const map = (point: Point): Point => [px(frame, point[0]), py(frame, point[1])];
  while (index < tokens.length) {
    const token = tokens[index] ?? '';
    if (/^[A-Za-z]$/.test(token)) {
      command = token.toUpperCase();
      index++;
      if (command === 'Z') {
        doc.close();
        current = start;
        continue;
      }
    }
    switch (command) {
      case 'M': {
        current = [next(), next()];
        start = current;
        const [x, y] = map(current);
        doc.moveTo(x, y);
        command = 'L';
        break;
      }
      case 'L': {
        current = [next(), next()];
        const [x, y] = map(current);
        doc.lineTo(x, y);
        break;
      }
      case 'H': {
        current = [next(), current[1]];
        const [x, y] = map(current);
        doc.lineTo(x, y);
        break;
      }
      case 'V': {
        current = [current[0], next()];
        const [x, y] = map(current);
        doc.lineTo(x, y);
        break;
      }
      case 'C': {
        const c1 = map([next(), next()]);
        const c2 = map([next(), next()]);
        current = [next(), next()];
        const end = map(current);
        doc.curveTo(c1[0], c1[1], c2[0], c2[1], end[0], end[1]);
        break;
      }
      case 'Q': {
        const q: Point = [next(), next()];
        const end: Point = [next(), next()];
        // A quadratic is the cubic with both controls two thirds of the way to the quadratic one.
        const c1: Point = [
          current[0] + (2 / 3) * (q[0] - current[0]),
          current[1] + (2 / 3) * (q[1] - current[1]),
        ];
        const c2: Point = [end[0] + (2 / 3) * (q[0] - end[0]), end[1] + (2 / 3) * (q[1] - end[1])];
        const [a, b, c] = [map(c1), map(c2), map(end)];
        doc.curveTo(a[0], a[1], b[0], b[1], c[0], c[1]);
        current = end;
        break;
      }
      case 'A': {
        const rx = next();
        const ry = next();
        const rotation = next();
        const large = next() !== 0;
        const sweep = next() !== 0;
        const end: Point = [next(), next()];
        for (const [c1, c2, p] of arcToCubics(current, rx, ry, rotation, large, sweep, end)) {
          const [a, b, c] = [map(c1), map(c2), map(p)];
          doc.curveTo(a[0], a[1], b[0], b[1], c[0], c[1]);
        }
        current = end;
        break;
      }
      default:
        index++;
    }
  }
}

/** Diagonal hatching inside a rectangle, computed rather than clipped so it prints everywhere. */
export function hatch(
  doc: jsPDF,
  x: number,
  y: number,
  width: number,
  height: number,
  gap: number,
  color: string,
  lineWidth: number,
): void {
  doc.setDrawColor(color);
  doc.setLineWidth(lineWidth);
  // Lines x − y = c run bottom-left to top-right; intersect each with the rectangle.
  for (let c = -height + gap / 2; c < width; c += gap) {
    const points: Point[] = [];
    const add = (px1: number, py1: number) => {
      if (px1 >= -1e-6 && px1 <= width + 1e-6 && py1 >= -1e-6 && py1 <= height + 1e-6)
        points.push([px1, py1]);
    };
    add(c, 0);
    add(c + height, height);
    add(0, -c);
    add(width, width - c);
    if (points.length < 2) continue;
    points.sort((p, q) => p[0] - q[0]);
    const first = points[0];
    const last = points[points.length - 1];
    if (first === undefined || last === undefined) continue;
    // y grows downward on the page: flip so lines lean like "/".
    doc.line(x + first[0], y + height - first[1], x + last[0], y + height - last[1]);
  }
}

/**
 * A section's title as every report sets it: 19 pt bold lines in ink, then a short bar in the
 * brand's fill under them. Draws from the top `y` and returns the `y` where the section goes on.
 */
export function drawSectionTitle(
  doc: jsPDF,
  title: string,
  place: { x: number; y: number; width: number; fill: string },
): number {
  let y = place.y;
  for (const line of wrap(doc, title, place.width, { size: 19, bold: true })) {
    drawText(doc, line, place.x, y + 6, { size: 19, bold: true, color: INK });
    y += lineHeight(19, 1.2);
  }
  doc.setFillColor(place.fill);
  doc.rect(place.x, y + 3.2, 14, 0.9, 'F');
  return y + 9;
}
