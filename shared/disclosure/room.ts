import { CONSENSUS_LABELS } from '../scoring/constants';
import type { ScoreResult } from '../scoring/result';
import { meetsThreshold } from './suppression';

/** What the model has computed before findings, not yet passed through the room rule. */
export type UnsharedFigures = Omit<ScoreResult, 'roomWithheld' | 'findings' | 'fingerprint'>;
export type SharedFigures = Omit<ScoreResult, 'findings' | 'fingerprint'>;

/**
 * The whole-room rule: when fewer than k people answered, every figure about the room describes
 * fewer than k people, so none is given — no index, factor, statement, group, convergence,
 * agreement (rwg), finding or map spread. What remains are counts (participants, answers) and the
 * Reality Check and Decision Replay tallies, which describe work items and decisions rather than
 * anyone's answers; the observed gap they yield is an index, so it goes too.
 */
export function withholdSmallRoom(result: UnsharedFigures): SharedFigures {
  if (meetsThreshold(result.n.respondents, result.anonymityThreshold)) {
    return { ...result, roomWithheld: false };
  }
  const noFigure = { mean: null, sd: null, agreement: 'insufficient' as const, withheld: true };
  return {
    ...result,
    roomWithheld: true,
    indices: {
      humanDebt: null,
      technicalDebt: null,
      visibilityDeficit: null,
      executionReality: null,
      executionDebt: null,
      executionGap: null,
      executionDebtIndex: null,
      band: null,
      executionDebtIndexInterval: null,
      bandStable: null,
    },
    dimensions: result.dimensions.map((dimension) => ({
      ...dimension,
      index: null,
      interval: null,
      factorsScored: 0,
    })),
    factors: result.factors.map((factor) => ({
      ...factor,
      ...noFigure,
      interval: null,
      rwg: null,
      bins: [0, 0, 0, 0, 0],
    })),
    items: result.items.map((item) => ({
      ...item,
      ...noFigure,
      distribution: { values: [0, 0, 0, 0, 0], cantSay: item.distribution.cantSay },
    })),
    evidence: {
      ...result.evidence,
      realityCheck: { ...result.evidence.realityCheck, unverifiedShare: null, gap: null },
      decisions: { ...result.evidence.decisions, gap: null },
      progressMismatch: null,
      visibilityMismatch: null,
    },
    groups: [],
    roleGaps: [],
    convergence: {
      hasRound2: result.convergence.hasRound2,
      factors: result.convergence.factors.map((factor) => ({
        id: factor.id,
        round1: { n: factor.round1.n, mean: null, sd: null },
        round2: { n: factor.round2.n, mean: null, sd: null },
        meanChange: null,
        sdChange: null,
        direction: 'insufficient' as const,
      })),
    },
    consensus: result.consensus.map((entry) => ({
      ...entry,
      factors: 0,
      rwg: null,
      level: 'insufficient' as const,
      label: { ...CONSENSUS_LABELS.insufficient },
    })),
    // The count of straight-liners is already withheld below k; it explains an empty room.
    responseStyle: { straightLiners: result.responseStyle.straightLiners, meanAgreement: null },
    spread: { suppressed: true, reason: 'below_threshold' },
  };
}
