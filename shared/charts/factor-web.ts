import { DIMENSIONS, type Dimension, type Localized } from '../instrument/types';
import type { Agreement } from '../scoring/constants';
import type { ScoreResult } from '../scoring/result';
import { FACTOR_LINKS, type FactorLink } from './factor-links';
import { compareFactors, r2 } from './geometry';

/** A factor at or above this mean is "hot": a chain of hot factors is a compounding path. */
export const COMPOUNDING_MEAN = 50;

export interface WebNode {
  id: string;
  factor: string;
  dimension: Dimension;
  x: number;
  y: number;
  r: number;
  mean: number | null;
  sd: number | null;
  n: number;
  agreement: Agreement;
  /** No mean: drawn hollow and marked "insufficient", never as a small (low-debt) node. */
  insufficient: boolean;
  hot: boolean;
  /** On at least one compounding path. */
  compounding: boolean;
  label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface WebLink {
  key: string;
  from: string;
  to: string;
  why: Localized;
  /** (source mean / 100) × (target mean / 100); null when either factor is insufficient. */
  weight: number | null;
  strokeWidth: number;
  path: string;
  compounding: boolean;
}

export interface CompoundingPath {
  key: string;
  /** Factor ids along the chain; for a loop, the first id is not repeated at the end. */
  factors: string[];
  loop: boolean;
  /** Sum of the chain's link weights (a loop's closing link included). */
  weight: number;
}

export interface WebSector {
  dimension: Dimension;
  path: string;
  label: { x: number; y: number };
}

export interface FactorWebLayout {
  width: number;
  height: number;
  centre: { x: number; y: number };
  nodes: WebNode[];
  links: WebLink[];
  sectors: WebSector[];
  paths: CompoundingPath[];
}

export interface FactorWebOptions {
  links?: readonly FactorLink[];
  /** Most compounding paths listed (longest and heaviest first). */
  maxPaths?: number;
}

const WIDTH = 840;
const HEIGHT = 660;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RING = 215;
const MIN_R = 6;
const MAX_R = 20;
const HOLLOW_R = 10;
const ARROW_GAP = 7;
const MAX_WALK = 20_000;

/** Area grows with the mean, so a node twice the debt looks twice as heavy, not four times. */
function radiusOf(mean: number | null): number {
  return mean === null ? HOLLOW_R : MIN_R + (MAX_R - MIN_R) * Math.sqrt(mean / 100);
}

function arcPath(radius: number, start: number, end: number): string {
  const x0 = r2(CX + radius * Math.cos(start));
  const y0 = r2(CY + radius * Math.sin(start));
  const x1 = r2(CX + radius * Math.cos(end));
  const y1 = r2(CY + radius * Math.sin(end));
  const large = end - start > Math.PI ? 1 : 0;
  return `M${x0},${y0}A${radius},${radius} 0 ${large} 1 ${x1},${y1}`;
}

/** Whether a link belongs to a chain of two or more links whose factors are all hot. */
function compoundingLinks(hotLinks: readonly WebLink[]): Set<string> {
  const result = new Set<string>();
  for (const link of hotLinks) {
    const chained = hotLinks.some(
      (other) => other.key !== link.key && (other.to === link.from || other.from === link.to),
    );
    if (chained) result.add(link.key);
  }
  return result;
}

/** Maximal simple chains of ≥ 2 hot links; a loop is listed once, from its smallest id. */
function compoundingPaths(hotLinks: readonly WebLink[], maxPaths: number): CompoundingPath[] {
  const out = new Map<string, WebLink[]>();
  const into = new Map<string, WebLink[]>();
  for (const link of hotLinks) {
    out.set(link.from, [...(out.get(link.from) ?? []), link]);
    into.set(link.to, [...(into.get(link.to) ?? []), link]);
  }
  const starts = [...new Set(hotLinks.map((link) => link.from))].sort();
  const found = new Map<string, CompoundingPath>();
  let walked = 0;

  const record = (trail: string[], weight: number) => {
    const first = trail[0] ?? '';
    const last = trail[trail.length - 1] ?? '';
    const closing = (out.get(last) ?? []).find((link) => link.to === first);
    const loop = closing !== undefined;
    let factors = trail;
    let total = weight;
    if (loop) {
      total += closing.weight ?? 0;
      const pivot = trail.indexOf([...trail].sort()[0] ?? first);
      factors = [...trail.slice(pivot), ...trail.slice(0, pivot)];
    } else if ((into.get(first) ?? []).some((link) => !trail.includes(link.from))) {
      return; // extendable backwards: the longer chain is found from its own start
    }
    const key = `${loop ? 'loop' : 'path'}:${factors.join('>')}`;
    if (!found.has(key)) found.set(key, { key, factors, loop, weight: r2(total) });
  };

  const walk = (trail: string[], weight: number) => {
    if (++walked > MAX_WALK) return;
    const last = trail[trail.length - 1] ?? '';
    const next = (out.get(last) ?? []).filter((link) => !trail.includes(link.to));
    if (next.length === 0) {
      if (trail.length >= 3) record(trail, weight);
      return;
    }
    for (const link of next) walk([...trail, link.to], weight + (link.weight ?? 0));
  };
  for (const start of starts) walk([start], 0);

  return [...found.values()]
    .sort(
      (p, q) =>
        q.factors.length - p.factors.length ||
        q.weight - p.weight ||
        (p.key < q.key ? -1 : p.key > q.key ? 1 : 0),
    )
    .slice(0, maxPaths);
}

/**
 * Factor web: the factors on a fixed ring grouped by dimension (no simulation, so the same room
 * always gives the same picture), node size from the factor's mean, links from FACTOR_LINKS
 * weighted by this room's scores, and compounding paths marked.
 */
export function factorWebLayout(
  input: Pick<ScoreResult, 'factors'>,
  options: FactorWebOptions = {},
): FactorWebLayout {
  const factors = [...input.factors].sort(compareFactors);
  const present = DIMENSIONS.filter((dimension) => factors.some((f) => f.dimension === dimension));
  // One empty slot between dimensions keeps the groups apart on the ring.
  const slots = factors.length + present.length;
  const slotAngle = (2 * Math.PI) / Math.max(1, slots);
  const angles = new Map<string, number>();
  const sectors: WebSector[] = [];
  let slot = 0;
  for (const dimension of present) {
    const own = factors.filter((factor) => factor.dimension === dimension);
    const first = slot;
    for (const factor of own) {
      angles.set(factor.id, -Math.PI / 2 + (slot + 0.5) * slotAngle);
      slot++;
    }
    const start = -Math.PI / 2 + first * slotAngle + slotAngle * 0.15;
    const end = -Math.PI / 2 + slot * slotAngle - slotAngle * 0.15;
    const middle = (start + end) / 2;
    sectors.push({
      dimension,
      path: arcPath(RING - 30, start, end),
      // Dimension names sit out in the corners, clear of the links and of the factor labels.
      label: {
        x: r2(CX + (RING + 125) * Math.cos(middle)),
        y: r2(CY + (RING + 95) * Math.sin(middle)),
      },
    });
    slot++;
  }

  const byId = new Map(factors.map((factor) => [factor.id, factor]));
  const linkDefs = options.links ?? FACTOR_LINKS;
  const links: WebLink[] = [];
  for (const def of linkDefs) {
    const source = byId.get(def.from);
    const target = byId.get(def.to);
    const a = angles.get(def.from);
    const b = angles.get(def.to);
    if (!source || !target || a === undefined || b === undefined || def.from === def.to) continue;
    const sx = CX + RING * Math.cos(a);
    const sy = CY + RING * Math.sin(a);
    const tx = CX + RING * Math.cos(b);
    const ty = CY + RING * Math.sin(b);
    // The curve bows toward the centre, less for near neighbours, so links do not hug the ring.
    const pull = 0.2 + 0.5 * (Math.hypot(tx - sx, ty - sy) / (2 * RING));
    const qx = (sx + tx) / 2 + (CX - (sx + tx) / 2) * pull;
    const qy = (sy + ty) / 2 + (CY - (sy + ty) / 2) * pull;
    const rs = radiusOf(source.mean) + 2;
    const rt = radiusOf(target.mean) + ARROW_GAP;
    const ds = Math.hypot(qx - sx, qy - sy) || 1;
    const dt = Math.hypot(tx - qx, ty - qy) || 1;
    const start = [sx + ((qx - sx) / ds) * rs, sy + ((qy - sy) / ds) * rs];
    const end = [tx - ((tx - qx) / dt) * rt, ty - ((ty - qy) / dt) * rt];
    const weight =
      source.mean === null || target.mean === null
        ? null
        : r2((source.mean / 100) * (target.mean / 100));
    links.push({
      key: `${def.from}>${def.to}`,
      from: def.from,
      to: def.to,
      why: { ...def.why },
      weight,
      strokeWidth: r2(1 + 5 * (weight ?? 0)),
      path: `M${r2(start[0] ?? sx)},${r2(start[1] ?? sy)}Q${r2(qx)},${r2(qy)} ${r2(end[0] ?? tx)},${r2(end[1] ?? ty)}`,
      compounding: false,
    });
  }
  links.sort((p, q) => (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));

  const isHot = (id: string) => {
    const mean = byId.get(id)?.mean;
    return mean !== null && mean !== undefined && mean >= COMPOUNDING_MEAN;
  };
  const hotLinks = links.filter((link) => isHot(link.from) && isHot(link.to));
  const compounding = compoundingLinks(hotLinks);
  const onPath = new Set<string>();
  for (const link of links) {
    if (!compounding.has(link.key)) continue;
    link.compounding = true;
    onPath.add(link.from);
    onPath.add(link.to);
  }

  const nodes: WebNode[] = factors.map((factor) => {
    const angle = angles.get(factor.id) ?? 0;
    const r = radiusOf(factor.mean);
    const cos = Math.cos(angle);
    const labelRadius = RING + r + 10;
    return {
      id: factor.id,
      factor: factor.factor,
      dimension: factor.dimension,
      x: r2(CX + RING * cos),
      y: r2(CY + RING * Math.sin(angle)),
      r: r2(r),
      mean: factor.mean,
      sd: factor.sd,
      n: factor.n,
      agreement: factor.agreement,
      insufficient: factor.mean === null,
      hot: isHot(factor.id),
      compounding: onPath.has(factor.id),
      label: {
        x: r2(CX + labelRadius * cos),
        // Labels below the ring hang down, those above sit up: they never cross their node.
        y: r2(CY + labelRadius * Math.sin(angle) + 4 + 6 * Math.sin(angle)),
        anchor: cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle',
      },
    };
  });

  return {
    width: WIDTH,
    height: HEIGHT,
    centre: { x: CX, y: CY },
    nodes,
    links,
    sectors,
    paths: compoundingPaths(hotLinks, options.maxPaths ?? 8),
  };
}
