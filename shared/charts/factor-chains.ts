import { r2 } from './geometry';

/** A link between two factors at or above the neutral point, with its weight in this room. */
export interface WeightedLink {
  key: string;
  from: string;
  to: string;
  weight: number;
}

export interface CompoundingChain {
  key: string;
  /** Factor ids along the chain; for a loop, the first id is not repeated at the end. */
  factors: string[];
  /** Keys of the chain's links, a loop's closing link included. */
  links: string[];
  loop: boolean;
  /** Sum of the chain's link weights. */
  weight: number;
}

/** Most chains listed: more than three read as the same story told again. */
export const MAX_CHAINS = 3;

/** Bound on the search, so a room with every factor high still answers at once. */
const MAX_WALK = 20_000;

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Two chains tell the same story when more than half the factors of the shorter one are also on
 * the other; a sub-path, or a path that walks most of a loop, always does.
 */
export function nearDuplicate(a: CompoundingChain, b: CompoundingChain): boolean {
  const shared = a.factors.filter((id) => b.factors.includes(id)).length;
  return shared * 2 > Math.min(a.factors.length, b.factors.length);
}

/**
 * Every maximal chain of two or more links (a path that cannot be extended at either end without
 * repeating a factor), and every loop once, from its smallest factor id.
 */
export function allChains(links: readonly WeightedLink[]): CompoundingChain[] {
  const out = new Map<string, WeightedLink[]>();
  const into = new Map<string, WeightedLink[]>();
  for (const link of [...links].sort(byKey)) {
    out.set(link.from, [...(out.get(link.from) ?? []), link]);
    into.set(link.to, [...(into.get(link.to) ?? []), link]);
  }
  const found = new Map<string, CompoundingChain>();
  let walked = 0;

  const recordLoop = (trail: string[], used: WeightedLink[], closing: WeightedLink) => {
    const pivot = trail.indexOf([...trail].sort()[0] ?? '');
    const factors = [...trail.slice(pivot), ...trail.slice(0, pivot)];
    const key = `loop:${factors.join('>')}`;
    if (found.has(key)) return;
    const ring = [...used, closing];
    found.set(key, {
      key,
      factors,
      links: [...ring.slice(pivot), ...ring.slice(0, pivot)].map((link) => link.key),
      loop: true,
      weight: r2(ring.reduce((sum, link) => sum + link.weight, 0)),
    });
  };

  const recordPath = (trail: string[], used: WeightedLink[]) => {
    const first = trail[0] ?? '';
    // Extendable backwards: the longer chain is found from its own start.
    if ((into.get(first) ?? []).some((link) => !trail.includes(link.from))) return;
    const key = `path:${trail.join('>')}`;
    if (found.has(key)) return;
    found.set(key, {
      key,
      factors: trail,
      links: used.map((link) => link.key),
      loop: false,
      weight: r2(used.reduce((sum, link) => sum + link.weight, 0)),
    });
  };

  const walk = (trail: string[], used: WeightedLink[]) => {
    if (++walked > MAX_WALK) return;
    const first = trail[0] ?? '';
    const last = trail[trail.length - 1] ?? '';
    const exits = out.get(last) ?? [];
    const closing = exits.find((link) => link.to === first);
    if (closing && trail.length >= 2) recordLoop(trail, used, closing);
    const next = exits.filter((link) => !trail.includes(link.to));
    if (next.length === 0) {
      if (used.length >= 2) recordPath(trail, used);
      return;
    }
    for (const link of next) walk([...trail, link.to], [...used, link]);
  };
  for (const start of [...out.keys()].sort()) walk([start], []);
  return [...found.values()];
}

/**
 * The chains that each tell a different story, loops first (a loop feeds itself: the clearest
 * case of compounding), then by total weight, then key; a chain is skipped when it nearly repeats
 * one already chosen.
 */
export function distinctChains(
  links: readonly WeightedLink[],
  max: number = MAX_CHAINS,
): CompoundingChain[] {
  const ranked = allChains(links).sort(
    (p, q) => Number(q.loop) - Number(p.loop) || q.weight - p.weight || byKey(p, q),
  );
  const chosen: CompoundingChain[] = [];
  for (const chain of ranked) {
    if (chosen.length >= max) break;
    if (chosen.some((other) => nearDuplicate(chain, other))) continue;
    chosen.push(chain);
  }
  return chosen;
}
