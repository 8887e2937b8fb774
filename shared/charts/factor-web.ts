import type { Language } from '../domain/workshop';
import { DIMENSIONS, type Dimension, type Localized } from '../instrument/types';
import type { Agreement } from '../scoring/constants';
import type { ScoreResult } from '../scoring/result';
import { distinctChains, type CompoundingChain, type WeightedLink } from './factor-chains';
import { FACTOR_LINKS, type FactorLink } from './factor-links';
import { compareFactors, r2 } from './geometry';
import { measureText, widestPiece, wrapText } from './text-measure';

/**
 * The scale's neutral point: only factors at or above it take part in the web. Below it a factor
 * is not a debt the room reports, so a link into or out of it shows nothing about this room.
 */
export const NEUTRAL_POINT = 50;

/** Most links that carry a letter keyed to their reason under the picture. */
export const MAX_LINK_LABELS = 3;

/** Font sizes in layout units; renderers draw at exactly these sizes so the measured boxes hold. */
export const WEB_FONT = { name: 13, value: 12, badge: 11, legend: 12 } as const;

/** Ink for the chains' links and boxes, grey for the other links, a lighter grey for other boxes. */
export const WEB_COLOURS = { chain: '#1d2430', link: '#9aa3ad', box: '#8a94a3' } as const;

/** Share of the font size above and below the baseline (DejaVu Sans' ascent and descent). */
export const TEXT_ASCENT = 0.93;
export const TEXT_DESCENT = 0.24;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text: left-aligned at x, baseline at y. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export interface WebNode {
  id: string;
  factor: string;
  dimension: Dimension;
  mean: number;
  n: number;
  agreement: Agreement;
  /** Column, 0 at the left: links run left to right except those that close a loop. */
  layer: number;
  box: Box;
  /** Dimension colour band on the box's left edge. */
  stripe: Box;
  /** The factor's name wrapped inside the box. */
  lines: TextLine[];
  /** Baseline start of the mean, printed bold under the name. */
  value: { x: number; y: number };
  onChain: boolean;
}

export interface WebLink {
  key: string;
  from: string;
  to: string;
  why: Localized;
  /** (source mean / 100) × (target mean / 100). */
  weight: number;
  strokeWidth: number;
  /** From the source's edge to just short of the target; the arrow fills the rest. */
  path: string;
  /** Arrowhead triangle "x,y x,y x,y", its tip on the target's edge. */
  arrow: string;
  /** Runs right to left: the link that closes a loop. */
  reversed: boolean;
  /** Indexes into `chains` of the chains this link is on. */
  chains: number[];
  /** A letter keyed to the link's reason under the picture, for the strongest few. */
  label: { text: string; x: number; y: number; r: number } | null;
}

export interface WebLegendEntry {
  dimension: Dimension;
  swatch: Box;
  text: TextLine;
}

export interface FactorWebLayout {
  width: number;
  height: number;
  nodes: WebNode[];
  links: WebLink[];
  chains: CompoundingChain[];
  /** Factors at or above the neutral point that no assumed link joins to another one. */
  unlinked: string[];
  legend: WebLegendEntry[];
  /** Where to say there is nothing to draw, when no link joins two such factors. */
  empty: { x: number; y: number } | null;
}

export interface FactorWebOptions {
  links?: readonly FactorLink[];
  /** Factor id → the name the report and screens use; the id when missing. */
  names?: Readonly<Record<string, string>>;
  /** Dimension → its name, for the legend. */
  dimensionNames?: Readonly<Record<string, string>>;
}

const BASE_WIDTH = 880;
const MARGIN = 10;
const MIN_GAP = 40;
const MAX_GAP = 130;
const MIN_BOX = 104;
const MAX_BOX = 190;
const PAD = 6;
const STRIPE = 5;
const NAME_LINE = 16;
const VALUE_LINE = 15;
const NODE_GAP = 16;
const DUMMY_GAP = 10;

const ARROW_LEN = 7;
const ARROW_HALF = 3.5;
const BADGE_R = 9;
/** Between groups of factors no link joins: room for a letter on a link at a group's edge. */
const GROUP_GAP = 24;
const LEGEND_ROW = 20;
const SWATCH = 11;

interface Item {
  id: string;
  /** Set for a real factor, absent for a point a long link passes through. */
  node?: WebNode;
  height: number;
  top: number;
  left: string[];
  right: string[];
}

interface Route {
  link: WebLink;
  /** Item ids from the left end to the right end. */
  items: string[];
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Order in which to place nodes so that few links run backwards (Eades, Lin & Smyth 1993). */
function acyclicOrder(ids: readonly string[], links: readonly WeightedLink[]): string[] {
  const remaining = new Set(ids);
  const left: string[] = [];
  const right: string[] = [];
  const degree = (id: string, side: 'in' | 'out') =>
    links.filter(
      (link) =>
        remaining.has(link.from) &&
        remaining.has(link.to) &&
        (side === 'out' ? link.from === id : link.to === id),
    ).length;
  while (remaining.size > 0) {
    let moved = true;
    while (moved) {
      moved = false;
      for (const id of ids) {
        if (remaining.has(id) && degree(id, 'out') === 0) {
          right.unshift(id);
          remaining.delete(id);
          moved = true;
        }
      }
      for (const id of ids) {
        if (remaining.has(id) && degree(id, 'in') === 0) {
          left.push(id);
          remaining.delete(id);
          moved = true;
        }
      }
    }
    let best: string | null = null;
    let bestScore = -Infinity;
    for (const id of ids) {
      if (!remaining.has(id)) continue;
      const score = degree(id, 'out') - degree(id, 'in');
      if (score > bestScore) {
        best = id;
        bestScore = score;
      }
    }
    if (best !== null) {
      left.push(best);
      remaining.delete(best);
    }
  }
  return [...left, ...right];
}

/** Crossings between two adjacent columns, for keeping the best ordering found. */
function crossings(columns: string[][], items: Map<string, Item>): number {
  let total = 0;
  for (let l = 0; l + 1 < columns.length; l++) {
    const rightIndex = new Map((columns[l + 1] ?? []).map((id, index) => [id, index]));
    const edges: [number, number][] = [];
    (columns[l] ?? []).forEach((id, index) => {
      for (const next of items.get(id)?.right ?? []) edges.push([index, rightIndex.get(next) ?? 0]);
    });
    for (let i = 0; i < edges.length; i++)
      for (let j = i + 1; j < edges.length; j++) {
        const [a0, a1] = edges[i] ?? [0, 0];
        const [b0, b1] = edges[j] ?? [0, 0];
        if ((a0 - b0) * (a1 - b1) < 0) total++;
      }
  }
  return total;
}

/**
 * Tops as close as possible to the wanted ones (least squares) while keeping the column's order
 * and gaps: isotonic regression by pooling adjacent violators.
 */
function placeColumn(
  wanted: readonly number[],
  heights: readonly number[],
  gaps: readonly number[],
) {
  const offsets: number[] = [];
  let offset = 0;
  wanted.forEach((_, index) => {
    offsets.push(offset);
    offset += (heights[index] ?? 0) + (gaps[index] ?? 0);
  });
  const blocks: { sum: number; count: number }[] = [];
  wanted.forEach((value, index) => {
    blocks.push({ sum: value - (offsets[index] ?? 0), count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] ?? { sum: 0, count: 1 };
      const before = blocks[blocks.length - 2] ?? { sum: 0, count: 1 };
      if (before.sum / before.count <= last.sum / last.count) break;
      blocks.splice(blocks.length - 2, 2, {
        sum: before.sum + last.sum,
        count: before.count + last.count,
      });
    }
  });
  const tops: number[] = [];
  for (const block of blocks)
    for (let i = 0; i < block.count; i++)
      tops.push(block.sum / block.count + (offsets[tops.length] ?? 0));
  return tops;
}

function curve(points: readonly [number, number][]): string {
  const [first] = points;
  if (!first) return '';
  let d = `M${r2(first[0])},${r2(first[1])}`;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] ?? first;
    const [x1, y1] = points[i] ?? first;
    if (Math.abs(y1 - y0) < 0.01) d += `L${r2(x1)},${r2(y1)}`;
    else {
      const half = (x1 - x0) / 2;
      d += `C${r2(x0 + half)},${r2(y0)} ${r2(x1 - half)},${r2(y1)} ${r2(x1)},${r2(y1)}`;
    }
  }
  return d;
}

/** Points along the drawn route, to find a free spot for a link's letter. */
function samples(points: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] ?? [0, 0];
    const [x1, y1] = points[i] ?? [0, 0];
    const half = (x1 - x0) / 2;
    for (let step = 1; step < 10; step++) {
      const t = step / 10;
      const u = 1 - t;
      // Cubic with horizontal tangents at both ends (a straight line when y0 = y1).
      const x =
        u * u * u * x0 + 3 * u * u * t * (x0 + half) + 3 * u * t * t * (x1 - half) + t * t * t * x1;
      const y = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
      out.push([x, y]);
    }
  }
  return out;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The box a line of text covers, measured with the report's face. */
export function textLineBox(line: TextLine, size: number, bold = false): Box {
  return {
    x: line.x,
    y: line.y - size * TEXT_ASCENT,
    width: measureText(line.text, size, bold),
    height: size * (TEXT_ASCENT + TEXT_DESCENT),
  };
}

/**
 * A factor's mean as the web prints it, on screen and on paper alike: always one decimal, with the
 * language's decimal separator (as the report's figures and the results screen write them).
 */
export function formatWebValue(value: number, lang: Language): string {
  const text = value.toFixed(1);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** Widest a mean can print ("100.0" or "100,0"), so the value line always fits its box. */
const VALUE_WIDTH = measureText('100.0', WEB_FONT.value, true);

/**
 * Factor web as a left-to-right flow: only factors at or above the neutral point with a link the
 * model assumes to another such factor, in columns so that links run from causes on the left to
 * what they feed on the right (a link closing a loop runs back, right to left). Boxes carry the
 * factor's full name, wrapped with the report's font metrics, so every label's box is known here
 * and nothing overlaps on screen or on paper. Deterministic: the same room gives the same picture.
 */
export function factorWebLayout(
  input: Pick<ScoreResult, 'factors'>,
  options: FactorWebOptions = {},
): FactorWebLayout {
  const factors = [...input.factors].sort(compareFactors);
  const nameOf = (id: string) => options.names?.[id] ?? id;
  const hot = new Map(
    factors
      // A factor withheld because fewer than k people answered it shows nothing, whatever its mean.
      .filter((factor) => !factor.withheld && factor.mean !== null && factor.mean >= NEUTRAL_POINT)
      .map((factor) => [factor.id, factor]),
  );
  const defs = [...(options.links ?? FACTOR_LINKS)]
    .filter((def) => def.from !== def.to && hot.has(def.from) && hot.has(def.to))
    .map((def) => ({ ...def, key: `${def.from}>${def.to}` }))
    .filter((def, index, all) => all.findIndex((other) => other.key === def.key) === index)
    .sort(byKey);
  const weighted: WeightedLink[] = defs.map((def) => ({
    key: def.key,
    from: def.from,
    to: def.to,
    weight: r2(((hot.get(def.from)?.mean ?? 0) / 100) * ((hot.get(def.to)?.mean ?? 0) / 100)),
  }));
  const linked = new Set(defs.flatMap((def) => [def.from, def.to]));
  const ids = [...hot.keys()].filter((id) => linked.has(id));
  const unlinked = [...hot.keys()].filter((id) => !linked.has(id));
  const chains = distinctChains(weighted);

  if (ids.length === 0) {
    return {
      width: BASE_WIDTH,
      height: 40,
      nodes: [],
      links: [],
      chains: [],
      unlinked,
      legend: [],
      empty: { x: BASE_WIDTH / 2, y: 24 },
    };
  }

  // Columns: longest path from the sources once loops are broken, then each node moved right
  // next to what it feeds, so links stay short.
  const order = acyclicOrder(ids, weighted);
  const position = new Map(order.map((id, index) => [id, index]));
  const reversed = (link: WeightedLink) =>
    (position.get(link.from) ?? 0) > (position.get(link.to) ?? 0);
  const leftEnd = (link: WeightedLink) => (reversed(link) ? link.to : link.from);
  const rightEnd = (link: WeightedLink) => (reversed(link) ? link.from : link.to);
  const layer = new Map<string, number>();
  for (const id of order) {
    const before = weighted.filter((link) => rightEnd(link) === id).map((link) => leftEnd(link));
    layer.set(id, Math.max(0, ...before.map((other) => (layer.get(other) ?? 0) + 1)));
  }
  for (const id of [...order].reverse()) {
    const after = weighted.filter((link) => leftEnd(link) === id).map((link) => rightEnd(link));
    if (after.length === 0) continue;
    const limit = Math.min(...after.map((other) => layer.get(other) ?? 0)) - 1;
    layer.set(id, Math.max(layer.get(id) ?? 0, limit));
  }
  const layers = Math.max(...ids.map((id) => layer.get(id) ?? 0)) + 1;

  // Box size: as wide as the drawing allows, never narrower than the widest word in a name.
  const widestWord = Math.max(
    VALUE_WIDTH,
    ...ids.map((id) => widestPiece(nameOf(id), WEB_FONT.name)),
  );
  const boxWidth = Math.ceil(
    Math.max(
      MIN_BOX,
      widestWord + 2 * PAD + STRIPE,
      Math.min(MAX_BOX, Math.floor((BASE_WIDTH - 2 * MARGIN - (layers - 1) * MIN_GAP) / layers)),
    ),
  );
  const gap =
    layers === 1
      ? 0
      : Math.min(
          MAX_GAP,
          Math.max(MIN_GAP, (BASE_WIDTH - 2 * MARGIN - layers * boxWidth) / (layers - 1)),
        );
  const width = Math.max(
    BASE_WIDTH,
    Math.ceil(2 * MARGIN + layers * boxWidth + (layers - 1) * gap),
  );
  const x0 = (width - (layers * boxWidth + (layers - 1) * gap)) / 2;
  const columnX = (l: number) => x0 + l * (boxWidth + gap);
  const innerWidth = boxWidth - 2 * PAD - STRIPE;

  const items = new Map<string, Item>();
  const columns: string[][] = Array.from({ length: layers }, () => []);
  for (const id of ids) {
    const factor = hot.get(id);
    if (!factor || factor.mean === null) continue;
    const lines = wrapText(nameOf(id), innerWidth, WEB_FONT.name);
    const height = PAD + lines.length * NAME_LINE + VALUE_LINE + PAD - 2;
    const l = layer.get(id) ?? 0;
    const node: WebNode = {
      id,
      factor: factor.factor,
      dimension: factor.dimension,
      mean: factor.mean,
      n: factor.n,
      agreement: factor.agreement,
      layer: l,
      box: { x: columnX(l), y: 0, width: boxWidth, height },
      stripe: { x: columnX(l), y: 0, width: STRIPE, height },
      lines: lines.map((text) => ({ text, x: 0, y: 0 })),
      value: { x: 0, y: 0 },
      onChain: false,
    };
    items.set(id, { id, node, height, top: 0, left: [], right: [] });
    columns[l]?.push(id);
  }

  const links: WebLink[] = [];
  const routes: Route[] = [];
  for (const def of defs) {
    const link = weighted.find((entry) => entry.key === def.key);
    if (!link) continue;
    const a = leftEnd(link);
    const b = rightEnd(link);
    const path: string[] = [a];
    for (let l = (layer.get(a) ?? 0) + 1; l < (layer.get(b) ?? 0); l++) {
      const id = `${link.key}#${l}`;
      items.set(id, { id, height: 0, top: 0, left: [], right: [] });
      columns[l]?.push(id);
      path.push(id);
    }
    path.push(b);
    for (let i = 0; i + 1 < path.length; i++) {
      items.get(path[i] ?? '')?.right.push(path[i + 1] ?? '');
      items.get(path[i + 1] ?? '')?.left.push(path[i] ?? '');
    }
    const entry: WebLink = {
      key: link.key,
      from: link.from,
      to: link.to,
      why: { ...def.why },
      weight: link.weight,
      strokeWidth: r2(1 + 4 * link.weight),
      path: '',
      arrow: '',
      reversed: reversed(link),
      chains: chains.flatMap((chain, index) => (chain.links.includes(link.key) ? [index] : [])),
      label: null,
    };
    links.push(entry);
    routes.push({ link: entry, items: path });
  }

  // Order within columns: barycentre sweeps, keeping the ordering with the fewest crossings.
  let best = columns.map((column) => [...column]);
  let fewest = crossings(best, items);
  for (let sweep = 0; sweep < 8 && fewest > 0; sweep++) {
    const down = sweep % 2 === 0;
    const sequence = down
      ? Array.from({ length: layers }, (_, l) => l).slice(1)
      : Array.from({ length: layers }, (_, l) => layers - 1 - l).slice(1);
    for (const l of sequence) {
      const neighbour = columns[down ? l - 1 : l + 1] ?? [];
      const index = new Map(neighbour.map((id, i) => [id, i]));
      const column = columns[l] ?? [];
      const centre = new Map(
        column.map((id, i) => {
          const near = (down ? items.get(id)?.left : items.get(id)?.right) ?? [];
          const known = near.map((other) => index.get(other)).filter((v) => v !== undefined);
          return [id, known.length === 0 ? i : known.reduce((s, v) => s + v, 0) / known.length];
        }),
      );
      const current = new Map(column.map((id, i) => [id, i]));
      column.sort(
        (p, q) =>
          (centre.get(p) ?? 0) - (centre.get(q) ?? 0) ||
          (current.get(p) ?? 0) - (current.get(q) ?? 0),
      );
    }
    const count = crossings(columns, items);
    if (count < fewest) {
      fewest = count;
      best = columns.map((column) => [...column]);
    }
  }

  // Heights: stack each column, then pull every item toward its neighbours so links run flat.
  const heightOf = (id: string) => items.get(id)?.height ?? 0;
  const gapAfter = (column: string[]) =>
    column.map((id, i) => {
      const next = column[i + 1];
      if (next === undefined) return 0;
      return items.get(id)?.node && items.get(next)?.node ? NODE_GAP : DUMMY_GAP;
    });
  for (const column of best) {
    let top = 0;
    column.forEach((id, i) => {
      const item = items.get(id);
      if (item) item.top = top;
      top += heightOf(id) + (gapAfter(column)[i] ?? 0);
    });
  }
  const middle = (id: string) => (items.get(id)?.top ?? 0) + heightOf(id) / 2;
  for (let pass = 0; pass < 12; pass++) {
    const rightward = pass % 2 === 0;
    const sequence = rightward
      ? Array.from({ length: layers }, (_, l) => l)
      : Array.from({ length: layers }, (_, l) => layers - 1 - l);
    for (const l of sequence) {
      const column = best[l] ?? [];
      const wanted = column.map((id) => {
        const item = items.get(id);
        const near = [...(item?.left ?? []), ...(item?.right ?? [])];
        const side = (rightward ? item?.left : item?.right) ?? [];
        const use = side.length > 0 ? side : near;
        if (use.length === 0) return item?.top ?? 0;
        return use.reduce((sum, other) => sum + middle(other), 0) / use.length - heightOf(id) / 2;
      });
      const tops = placeColumn(wanted, column.map(heightOf), gapAfter(column));
      column.forEach((id, i) => {
        const item = items.get(id);
        if (item) item.top = tops[i] ?? 0;
      });
    }
  }
  // Groups of factors no link joins drift apart while each settles; stack them one under another.
  const all = [...items.values()];
  const group = new Map<string, string>();
  const root = (id: string): string => {
    const parent = group.get(id) ?? id;
    if (parent === id) return id;
    const top = root(parent);
    group.set(id, top);
    return top;
  };
  for (const item of all) for (const next of item.right) group.set(root(next), root(item.id));
  const groups = new Map<string, Item[]>();
  for (const item of all) groups.set(root(item.id), [...(groups.get(root(item.id)) ?? []), item]);
  const stacked = [...groups.values()].sort(
    (p, q) =>
      Math.min(...p.map((item) => item.top)) - Math.min(...q.map((item) => item.top)) ||
      ((p[0]?.id ?? '') < (q[0]?.id ?? '') ? -1 : 1),
  );
  let next = MARGIN + BADGE_R;
  for (const members of stacked) {
    const shift = next - Math.min(...members.map((item) => item.top));
    for (const item of members) item.top += shift;
    next = Math.max(...members.map((item) => item.top + item.height)) + GROUP_GAP;
  }
  const graphBottom = Math.max(...all.map((item) => item.top + item.height)) + BADGE_R;

  const nodes: WebNode[] = [];
  for (const id of ids) {
    const item = items.get(id);
    const node = item?.node;
    if (!item || !node) continue;
    const top = r2(item.top);
    node.box = { ...node.box, x: r2(node.box.x), y: top, width: r2(node.box.width) };
    node.stripe = { ...node.stripe, x: r2(node.stripe.x), y: top };
    const textX = r2(node.box.x + STRIPE + PAD);
    node.lines = node.lines.map((line, i) => ({
      text: line.text,
      x: textX,
      y: r2(top + PAD + WEB_FONT.name * TEXT_ASCENT + i * NAME_LINE),
    }));
    node.value = {
      x: textX,
      y: r2(top + PAD + node.lines.length * NAME_LINE + WEB_FONT.value * TEXT_ASCENT),
    };
    nodes.push(node);
  }

  // Ports: the links leaving or entering a side spread along it in the order of their other end.
  const port = new Map<string, number>();
  for (const [id, item] of items) {
    if (!item.node) continue;
    for (const side of ['left', 'right'] as const) {
      const near = [...item[side]].sort((p, q) => middle(p) - middle(q) || (p < q ? -1 : 1));
      near.forEach((other, i) => {
        port.set(`${id}|${side}|${other}`, item.top + (item.height * (i + 1)) / (near.length + 1));
      });
    }
  }
  const samplesOf = new Map<string, [number, number][]>();
  for (const route of routes) {
    const points: [number, number][] = [];
    route.items.forEach((id, i) => {
      const item = items.get(id);
      if (!item) return;
      const column = layer.get(id) ?? Number(id.slice(id.lastIndexOf('#') + 1));
      const left = columnX(column);
      if (item.node) {
        const before = route.items[i - 1];
        const after = route.items[i + 1];
        if (after !== undefined)
          points.push([left + boxWidth, port.get(`${id}|right|${after}`) ?? middle(id)]);
        if (before !== undefined)
          points.push([left, port.get(`${id}|left|${before}`) ?? middle(id)]);
      } else {
        points.push([left, item.top], [left + boxWidth, item.top]);
      }
    });
    const flow = route.link.reversed ? [...points].reverse() : points;
    const tip = flow[flow.length - 1] ?? [0, 0];
    const direction = route.link.reversed ? -1 : 1;
    const shortened: [number, number][] = [
      ...flow.slice(0, -1),
      [tip[0] - direction * ARROW_LEN, tip[1]],
    ];
    route.link.path = curve(shortened);
    const back = tip[0] - direction * ARROW_LEN;
    route.link.arrow = `${r2(tip[0])},${r2(tip[1])} ${r2(back)},${r2(tip[1] - ARROW_HALF)} ${r2(back)},${r2(tip[1] + ARROW_HALF)}`;
    samplesOf.set(route.link.key, samples(points));
  }

  const onChain = new Set(chains.flatMap((chain) => chain.factors));
  for (const node of nodes) node.onChain = onChain.has(node.id);

  // Letters on the strongest links, each where it clears every box and every other letter.
  const taken: Box[] = nodes.map((node) => ({
    x: node.box.x - 2,
    y: node.box.y - 2,
    width: node.box.width + 4,
    height: node.box.height + 4,
  }));
  const strongest = [...links].sort((p, q) => q.weight - p.weight || byKey(p, q));
  let letters = 0;
  for (const link of strongest) {
    if (letters >= MAX_LINK_LABELS) break;
    const points = samplesOf.get(link.key) ?? [];
    const centre = (points.length - 1) / 2;
    const candidates = points
      .map((point, index) => ({ point, distance: Math.abs(index - centre) }))
      .sort((p, q) => p.distance - q.distance);
    for (const { point } of candidates) {
      const [x, y] = point;
      const box = {
        x: x - BADGE_R - 1,
        y: y - BADGE_R - 1,
        width: 2 * BADGE_R + 2,
        height: 2 * BADGE_R + 2,
      };
      if (box.x < 0 || box.x + box.width > width || box.y < 0 || box.y + box.height > graphBottom)
        continue;
      if (taken.some((other) => boxesOverlap(box, other))) continue;
      taken.push(box);
      link.label = { text: String.fromCharCode(65 + letters), x: r2(x), y: r2(y), r: BADGE_R };
      letters++;
      break;
    }
  }

  // Legend: one swatch per dimension drawn, wrapping to a new row when the line is full.
  const legend: WebLegendEntry[] = [];
  let lx = MARGIN;
  let row = 0;
  for (const dimension of DIMENSIONS) {
    if (!nodes.some((node) => node.dimension === dimension)) continue;
    const text = options.dimensionNames?.[dimension] ?? dimension;
    const advance = SWATCH + 5 + measureText(text, WEB_FONT.legend) + 22;
    if (lx > MARGIN && lx + advance - 22 > width - MARGIN) {
      lx = MARGIN;
      row++;
    }
    const y = graphBottom + 10 + row * LEGEND_ROW;
    legend.push({
      dimension,
      swatch: { x: r2(lx), y: r2(y), width: SWATCH, height: SWATCH },
      text: { text, x: r2(lx + SWATCH + 5), y: r2(y + SWATCH - 1) },
    });
    lx += advance;
  }
  const height = Math.ceil(graphBottom + 10 + (row + 1) * LEGEND_ROW + MARGIN - 6);

  return {
    width,
    height,
    nodes,
    links: links.sort(byKey),
    chains,
    unlinked,
    legend,
    empty: null,
  };
}
