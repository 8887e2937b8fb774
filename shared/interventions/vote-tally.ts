import { meetsThreshold } from '../disclosure/suppression';

// The room's dot vote: each participant spends up to N dots on the candidate actions, in secret.
// These rules decide what any screen, phone or report may say about the dots.

/** Dots one participant (or, null, nobody in particular) placed on one action. */
export interface CastDots {
  actionId: string;
  /**
   * Null for dots clicked onto an action's total before votes were kept per participant: they
   * describe the room, not a person, and count toward no participant's budget.
   */
  participantId: string | null;
  dots: number;
}

export interface ActionDots {
  actionId: string;
  dots: number;
}

/** The dots counted, before deciding whether they may be shown. */
export interface CountedVote {
  /** Participants who placed at least one dot. */
  voters: number;
  /** Every action asked about, in the order asked, with its dots (0 when none). */
  totals: ActionDots[];
  /** Dots that belong to no participant (see `CastDots.participantId`). */
  unattributed: number;
}

/**
 * What may be said about the vote:
 * - `secret` until the facilitator reveals it: only how many have voted;
 * - `withheld` once revealed, when fewer than k participants voted: the totals would describe
 *   too few people (one voter's totals are that person's ballot);
 * - `shown` once revealed by at least k voters, or when the only dots are unattributed ones
 *   (the facilitator's open count from before per-participant votes, which describes no one).
 */
export type VoteTally =
  | { status: 'secret'; voters: number }
  | { status: 'withheld'; voters: number }
  | { status: 'shown'; voters: number; totals: ActionDots[] };

/** Counts the dots per action and the distinct voters; dots on actions not asked about are ignored. */
export function countVotes(actionIds: readonly string[], cast: readonly CastDots[]): CountedVote {
  const totals = new Map(actionIds.map((id) => [id, 0]));
  const voters = new Set<string>();
  let unattributed = 0;
  for (const entry of cast) {
    const current = totals.get(entry.actionId);
    if (current === undefined || entry.dots <= 0) continue;
    totals.set(entry.actionId, current + entry.dots);
    if (entry.participantId === null) unattributed += entry.dots;
    else voters.add(entry.participantId);
  }
  return {
    voters: voters.size,
    totals: actionIds.map((actionId) => ({ actionId, dots: totals.get(actionId) ?? 0 })),
    unattributed,
  };
}

/**
 * The one decision on what the vote discloses. Callers that must not move after the reveal
 * (the projector, the plan, the report) take `counted` as it was at the reveal: a tally read
 * again after one more change would give that change away by subtraction.
 */
export function discloseVote(counted: CountedVote, revealed: boolean, k: number): VoteTally {
  const { voters } = counted;
  if (!revealed) return { status: 'secret', voters };
  const onlyUnattributed = voters === 0 && counted.unattributed > 0;
  if (!onlyUnattributed && !meetsThreshold(voters, k)) return { status: 'withheld', voters };
  return { status: 'shown', voters, totals: counted.totals.map((total) => ({ ...total })) };
}

/** Why one participant's dots on one action are refused, or null when they fit. */
export type BallotProblem =
  | { code: 'negative' }
  | { code: 'not_whole' }
  | { code: 'over_budget'; placed: number; votesPerPerson: number };

/**
 * Checks a participant's dots on one action against their budget: `others` are the dots the same
 * participant has on the other actions (the action's own previous dots are replaced, not added).
 */
export function checkDots(
  dots: number,
  others: number,
  votesPerPerson: number,
): BallotProblem | null {
  if (!Number.isInteger(dots)) return { code: 'not_whole' };
  if (dots < 0) return { code: 'negative' };
  const placed = others + dots;
  if (placed > votesPerPerson) return { code: 'over_budget', placed, votesPerPerson };
  return null;
}
