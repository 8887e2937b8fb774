import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types';
import { AGREEMENTS, BANDS, CONSENSUS_LEVELS } from './constants';

// The scored workshop as the API contract, the screens, the PDF and the CLI receive it.
// Every figure is 0–100 (higher = more debt) rounded to one decimal; null = insufficient data.

const Score = z.number().min(0).max(100);
const Count = z.number().int().nonnegative();
// A text in every language the app speaks (Localized in instrument/types).
const Localized = z.object({ en: z.string(), es: z.string(), de: z.string(), fr: z.string() });

export const DimensionId = z.enum(DIMENSIONS);
export const BandId = z.enum(BANDS);
export const AgreementId = z.enum(AGREEMENTS);
export const ConsensusId = z.enum(CONSENSUS_LEVELS);
export const Severity = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof Severity>;
export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

/** A 95 % interval on the 0–100 scale (docs/scoring.md, "Uncertainty"). */
export const IntervalSchema = z.object({ low: Score, high: Score });

/** How many answered 1, 2, 3, 4, 5 (the raw scale, before reverse keying) and "can't say". */
export const Distribution = z.object({
  values: z.tuple([Count, Count, Count, Count, Count]),
  cantSay: Count,
});

export const ItemScore = z.object({
  id: z.string(),
  dimension: DimensionId,
  /** Factor key `<prefix>.<factor>`, e.g. `dv.replay`. */
  factor: z.string(),
  keyed: z.enum(['debt', 'health']),
  n: Count,
  mean: Score.nullable(),
  sd: z.number().nonnegative().nullable(),
  agreement: AgreementId,
  /** Fewer than k answered: no figure is shown (docs/anonymity.md); n and "can't say" remain. */
  withheld: z.boolean(),
  /**
   * More than CANT_SAY_FLAG_SHARE of those who responded said "can't say": the statement may be
   * unclear, or outside what this room can see. A flag on the statement, not a finding.
   */
  mostlyCantSay: z.boolean(),
  /**
   * How many marked the statement "not applicable to my role": in no mean, n, agreement or
   * "can't say". Defaults keep results scored before it readable.
   */
  notApplicable: Count.default(0),
  /** More than NOT_APPLICABLE_FLAG_SHARE of those who responded said it is not for their role. */
  mostlyNotApplicable: z.boolean().default(false),
  distribution: Distribution,
});
export type ItemScore = z.infer<typeof ItemScore>;

export const FactorScore = z.object({
  /** `<prefix>.<factor>`, e.g. `dv.replay`: the id findings cite. */
  id: z.string(),
  factor: z.string(),
  dimension: DimensionId,
  /** Participants with at least one answer (not "can't say") on the factor's statements. */
  n: Count,
  /** Participants who only said "can't say" on this factor. */
  cantSay: Count,
  mean: Score.nullable(),
  sd: z.number().nonnegative().nullable(),
  agreement: AgreementId,
  /** Fewer than k answered: no figure is shown (docs/anonymity.md); n and "can't say" remain. */
  withheld: z.boolean(),
  /** 95 % interval of the mean; null when there is no mean. */
  interval: IntervalSchema.nullable(),
  /** rwg(j), 0–1: how far the room agrees beyond answers spread at random; null without a mean. */
  rwg: z.number().min(0).max(1).nullable(),
  /** Participants' factor scores counted in [0,20), [20,40), [40,60), [60,80), [80,100]. */
  bins: z.tuple([Count, Count, Count, Count, Count]),
});
export type FactorScore = z.infer<typeof FactorScore>;

export const DimensionScore = z.object({
  id: DimensionId,
  index: Score.nullable(),
  /** 95 % interval of the index, from participants' own dimension scores; null without an index. */
  interval: IntervalSchema.nullable(),
  /** Participants with at least one answer in the dimension. */
  n: Count,
  factorsScored: Count,
  factorsTotal: Count,
});
export type DimensionScore = z.infer<typeof DimensionScore>;

export const Indices = z.object({
  humanDebt: Score.nullable(),
  technicalDebt: Score.nullable(),
  visibilityDeficit: Score.nullable(),
  /** Perceived execution symptoms (the Execution Reality statements), shown beside the evidence. */
  executionReality: Score.nullable(),
  /** Structural: √(H·T·V/100). */
  executionDebt: Score.nullable(),
  /** Observed, from the Reality Check and Decision Replay. */
  executionGap: Score.nullable(),
  /** Headline: structural raised by the observed gap. */
  executionDebtIndex: Score.nullable(),
  band: BandId.nullable(),
  /** The headline with Human, Technical and visibility at the ends of their intervals. */
  executionDebtIndexInterval: IntervalSchema.nullable(),
  /** Whether the whole headline interval lies in one band. */
  bandStable: z.boolean().nullable(),
});
export type Indices = z.infer<typeof Indices>;

const Mismatch = z.object({
  perceived: Score,
  observed: Score,
  /** perceived − observed. */
  difference: z.number(),
  flagged: z.boolean(),
});

export const Evidence = z.object({
  realityCheck: z.object({
    entries: Count,
    /** Entries with at least one field assessed; unassessed fields count nowhere below. */
    assessed: Count,
    verified: Count,
    partly: Count,
    notVerified: Count,
    unknown: Count,
    ownerClear: Count,
    ownerUnclear: Count,
    ownerNone: Count,
    traceable: Count,
    untraceable: Count,
    /** 100 × mean verification gap over assessed items (verified 0, partly 0.5, unknown 0.75, not verified 1). */
    unverifiedShare: Score.nullable(),
    /** 100 × mean over items of the weighted mean of their assessed gaps (verification ×2, owner, traceability). */
    gap: Score.nullable(),
  }),
  decisions: z.object({
    entries: Count,
    assessed: Count,
    deciderKnown: Count,
    deciderUnknown: Count,
    inputsKnown: Count,
    inputsUnknown: Count,
    /** Recorded somewhere (any place but "nowhere"). */
    recorded: Count,
    notRecorded: Count,
    replayable: Count,
    replayUnsure: Count,
    notReplayable: Count,
    /** 100 × mean over decisions of the mean of their assessed gaps (decider, inputs, record, replay). */
    gap: Score.nullable(),
  }),
  progressMismatch: Mismatch.nullable(),
  visibilityMismatch: Mismatch.nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

export const SuppressionReason = z.enum(['below_threshold', 'complementary']);

export const GroupFactorCell = z.discriminatedUnion('suppressed', [
  z.object({
    id: z.string(),
    suppressed: z.literal(false),
    n: Count,
    mean: Score.nullable(),
    sd: z.number().nonnegative().nullable(),
    agreement: AgreementId,
  }),
  z.object({ id: z.string(), suppressed: z.literal(true), reason: SuppressionReason }),
]);
export type GroupFactorCell = z.infer<typeof GroupFactorCell>;

export const GroupScore = z.discriminatedUnion('suppressed', [
  z.object({
    role: z.string(),
    suppressed: z.literal(false),
    n: Count,
    dimensions: z.array(
      z.object({ id: DimensionId, index: Score.nullable(), factorsShown: Count }),
    ),
    factors: z.array(GroupFactorCell),
  }),
  z.object({ role: z.string(), suppressed: z.literal(true), reason: SuppressionReason }),
]);
export type GroupScore = z.infer<typeof GroupScore>;

export const RoleGap = z.object({
  factor: z.string(),
  high: z.object({ role: z.string(), mean: Score, n: Count }),
  low: z.object({ role: z.string(), mean: Score, n: Count }),
  gap: z.number().nonnegative(),
});
export type RoleGap = z.infer<typeof RoleGap>;

const RoundFigure = z.object({
  n: Count,
  mean: Score.nullable(),
  sd: z.number().nonnegative().nullable(),
});

export const ConvergenceFactor = z.object({
  id: z.string(),
  round1: RoundFigure,
  round2: RoundFigure,
  meanChange: z.number().nullable(),
  sdChange: z.number().nullable(),
  direction: z.enum(['converged', 'diverged', 'stable', 'insufficient']),
});
export type ConvergenceFactor = z.infer<typeof ConvergenceFactor>;

export const Convergence = z.object({
  hasRound2: z.boolean(),
  factors: z.array(ConvergenceFactor),
});

/** How far the room agrees within a dimension: the mean rwg(j) of its shown factors. */
export const Consensus = z.object({
  dimension: DimensionId,
  /** Factors whose rwg(j) the mean is taken over. */
  factors: Count,
  rwg: z.number().min(0).max(1).nullable(),
  level: ConsensusId,
  label: Localized,
});
export type Consensus = z.infer<typeof Consensus>;

const Moments = z.object({ mean: Score, sd: z.number().nonnegative() });

/**
 * How participants' own Human and Technical Debt scores spread around the room: means, SDs and
 * their correlation, enough to draw a one-SD ellipse and nothing that marks one person. Given
 * only when at least k people have both scores.
 */
export const MapSpread = z.discriminatedUnion('suppressed', [
  z.object({
    suppressed: z.literal(false),
    /** Participants with both a Human and a Technical Debt score. */
    n: Count,
    humanDebt: Moments,
    technicalDebt: Moments,
    /** Pearson correlation of the two scores, 0 when either does not vary. */
    correlation: z.number().min(-1).max(1),
  }),
  z.object({ suppressed: z.literal(true), reason: z.enum(['below_threshold']) }),
]);
export type MapSpread = z.infer<typeof MapSpread>;

/**
 * How people answered rather than what: straight-lining (one answer to every statement of a
 * dimension whose statements are keyed both ways, which cannot be meant) and the room's mean raw
 * agreement (3 = "neither"; well above it on a balanced set of statements is yes-saying).
 * Straight-lined answers stay in the scores; the count is shown so the facilitator can ask.
 */
export const ResponseStyle = z.object({
  /** Participants who straight-lined at least one dimension; null when 1 to k − 1 did (not shown). */
  straightLiners: Count.nullable(),
  /** Mean raw answer 1–5 over every answered round-1 statement; null without answers. */
  meanAgreement: z.number().min(1).max(5).nullable(),
});
export type ResponseStyle = z.infer<typeof ResponseStyle>;

export const Finding = z.object({
  /** Unique and stable: the rule id, or `<rule>:<factor>` for rules that fire per factor. */
  id: z.string(),
  rule: z.string(),
  severity: Severity,
  confidence: Confidence,
  title: Localized,
  detail: Localized,
  /** Statement ids, factor ids, `realityCheck[i]`, `decisions[i]`, `role:<name>` (shown groups only). */
  inputs: z.array(z.string()).min(1),
});
export type Finding = z.infer<typeof Finding>;

export const Fingerprint = z.object({
  dataHash: z.string().regex(/^[0-9a-f]{64}$/),
  instrumentVersion: z.string(),
  modelVersion: z.string(),
  /** `edw:<instrumentVersion>:<modelVersion>:<dataHash>`. */
  value: z.string(),
});
export type Fingerprint = z.infer<typeof Fingerprint>;

export const ScoreResultSchema = z.object({
  modelVersion: z.string(),
  instrumentVersion: z.string(),
  anonymityThreshold: z.number().int(),
  /**
   * Fewer than k people answered anything: no index, factor figure, group or finding is given at
   * all, whatever the data (docs/anonymity.md). Counts and the evidence lists remain.
   */
  roomWithheld: z.boolean(),
  n: z.object({
    /** Participants listed in the file. */
    participants: Count,
    /** Participants with at least one round-1 answer that is not "can't say". */
    respondents: Count,
    /** Round-1 answers that count (1–5 on a known statement by a known participant). */
    responses: Count,
    cantSay: Count,
    /** Round-1 "not applicable to my role" answers (counted in nothing else). */
    notApplicable: Count.default(0),
    round2: Count,
  }),
  indices: Indices,
  dimensions: z.array(DimensionScore),
  factors: z.array(FactorScore),
  items: z.array(ItemScore),
  evidence: Evidence,
  groups: z.array(GroupScore),
  roleGaps: z.array(RoleGap),
  convergence: Convergence,
  consensus: z.array(Consensus),
  responseStyle: ResponseStyle,
  spread: MapSpread,
  findings: z.array(Finding),
  fingerprint: Fingerprint,
});
export type ScoreResult = z.infer<typeof ScoreResultSchema>;
