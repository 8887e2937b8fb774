// The one algorithm that decides which parts of a room may be shown (docs/anonymity.md).
// Every breakdown of the room — role groups, a factor's cells per group, the role beside an
// alias — is a set of parts that add up to a whole the reader also sees. A part describing fewer
// than k people is hidden; and because the whole minus the shown parts gives the hidden rest, the
// hidden parts together must hold at least k people, or a second part is hidden to protect the
// first (complementary suppression, as statistical offices and survey tools do).

/** Why a part is hidden: too few people, or hidden so that a smaller part cannot be worked out. */
export type HiddenReason = 'below_threshold' | 'complementary';

export type PartDisclosure = { shown: true } | { shown: false; reason: HiddenReason };

export interface Part {
  key: string;
  /** People the part describes. A part of 0 people has nothing to protect and adds nothing. */
  n: number;
  /** Already hidden by an earlier decision (its whole group is hidden), with that reason. */
  hidden?: HiddenReason;
}

/** A figure about n people may be shown only when n reaches k. */
export function meetsThreshold(n: number, k: number): boolean {
  return n >= k;
}

function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which parts to show. Parts below k are hidden; then, while the hidden parts hold some people but
 * fewer than k, the smallest shown part (ties by key, so the choice is deterministic) is hidden
 * too. Afterwards the hidden people are 0 or at least k, and never exactly one non-empty part is
 * hidden on its own unless it alone holds at least k people.
 */
export function suppressParts(parts: readonly Part[], k: number): Map<string, PartDisclosure> {
  const decision = new Map<string, PartDisclosure>();
  let hiddenPeople = 0;
  for (const part of parts) {
    const reason = part.hidden ?? (meetsThreshold(part.n, k) ? null : 'below_threshold');
    if (reason === null) {
      decision.set(part.key, { shown: true });
    } else {
      decision.set(part.key, { shown: false, reason });
      hiddenPeople += part.n;
    }
  }
  const candidates = parts
    .filter((part) => part.n > 0 && decision.get(part.key)?.shown === true)
    .sort((a, b) => a.n - b.n || byKey(a.key, b.key));
  for (const part of candidates) {
    if (hiddenPeople === 0 || hiddenPeople >= k) break;
    decision.set(part.key, { shown: false, reason: 'complementary' });
    hiddenPeople += part.n;
  }
  return decision;
}

/** The keys `suppressParts` shows, in the order the parts came. */
export function shownKeys(parts: readonly Part[], k: number): Set<string> {
  const decision = suppressParts(parts, k);
  return new Set(parts.filter((part) => decision.get(part.key)?.shown).map((part) => part.key));
}
