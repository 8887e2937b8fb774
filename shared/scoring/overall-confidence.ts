import type { Dimension } from '../instrument';
import type { Confidence, ScoreResult } from './result';

/** How sure the whole result is, and the three things that decide it. */
export interface OverallConfidence {
  level: Confidence;
  respondents: number;
  participants: number;
  responses: number;
  cantSay: number;
  /** Dimensions with enough answers for an agreement figure. */
  scoredDimensions: number;
  /** Scored dimensions where the room agrees at least moderately (rwg(j) ≥ 0.51). */
  agreeingDimensions: number;
  /** Scored dimensions to read with care: the room does not agree on them. */
  weakDimensions: Dimension[];
  /** Evidence entries with at least one field assessed: a row with only a title makes no one surer. */
  realityCheckEntries: number;
  decisionEntries: number;
}

const AGREEING = new Set(['very_strong', 'strong', 'moderate']);

/**
 * "How sure we are", the one rule the report and the results screen both state: two points each
 * for enough people (8+, one for 5+), a room that agrees (all scored dimensions at least
 * moderately, one for half) and evidence (6+ assessed entries, one for 3+); 5+ points is high,
 * 3+ medium. It is a reading aid, not a statistic.
 */
export function overallConfidence(result: ScoreResult): OverallConfidence {
  const scored = result.consensus.filter((entry) => entry.level !== 'insufficient');
  const agreeing = scored.filter((entry) => AGREEING.has(entry.level));
  const weak = scored.filter((entry) => !AGREEING.has(entry.level)).map((entry) => entry.dimension);
  const realityCheckEntries = result.evidence.realityCheck.assessed;
  const decisionEntries = result.evidence.decisions.assessed;
  const evidence = realityCheckEntries + decisionEntries;
  let points = 0;
  if (result.n.respondents >= 8) points += 2;
  else if (result.n.respondents >= 5) points += 1;
  if (scored.length > 0 && agreeing.length === scored.length) points += 2;
  else if (scored.length > 0 && agreeing.length * 2 >= scored.length) points += 1;
  if (evidence >= 6) points += 2;
  else if (evidence >= 3) points += 1;
  return {
    level: points >= 5 ? 'high' : points >= 3 ? 'medium' : 'low',
    respondents: result.n.respondents,
    participants: result.n.participants,
    responses: result.n.responses,
    cantSay: result.n.cantSay,
    scoredDimensions: scored.length,
    agreeingDimensions: agreeing.length,
    weakDimensions: weak,
    realityCheckEntries,
    decisionEntries,
  };
}
