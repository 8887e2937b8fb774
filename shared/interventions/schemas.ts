import { z } from 'zod';
import { Id, IsoDate, Language } from '../domain/workshop';
import { Confidence, Severity } from '../scoring/result';
import { FACTOR_IDS } from './recommend';
import { HORIZONS, MECHANISMS } from './types';

// The shapes the interventions, actions and follow-up channels carry (shared/api/contract.ts).

// A text in every language the app speaks (Localized in instrument/types).
const Localized = z.object({ en: z.string(), es: z.string(), de: z.string(), fr: z.string() });
const Count = z.number().int().nonnegative();
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const FactorId = z
  .string()
  .refine((value) => FACTOR_IDS.includes(value), 'is not a factor of the instrument');

export const InterventionSchema = z.object({
  id: z.string(),
  mechanism: z.enum(MECHANISMS),
  title: Localized,
  what: Localized,
  why: Localized,
  firstStep: Localized,
  owner: Localized,
  successSignal: Localized,
  horizon: z.enum(HORIZONS),
  triggers: z.object({ rules: z.array(z.string()), factors: z.array(z.string()) }),
  targets: z.array(z.string()),
  targetsFromFindings: z.boolean().optional(),
});

/** A recommendation as the screens get it: the catalogue texts and the triggering findings' titles. */
export const RecommendationView = z.object({
  interventionId: z.string(),
  mechanism: z.enum(MECHANISMS),
  rank: z.number().int().positive(),
  score: z.number().nonnegative(),
  triggeredBy: z.array(z.string()).min(1),
  targets: z.array(z.string()),
  intervention: InterventionSchema,
  findings: z.array(
    z.object({ id: z.string(), title: Localized, severity: Severity, confidence: Confidence }),
  ),
});
export type RecommendationView = z.infer<typeof RecommendationView>;

export const Recommendations = z.object({
  workshopId: Id,
  catalogueVersion: z.string(),
  language: Language,
  recommendations: z.array(RecommendationView),
});
export type Recommendations = z.infer<typeof Recommendations>;

export const MAX_VOTES_PER_PERSON = 20;
export const DEFAULT_VOTES_PER_PERSON = 3;

export const VotesPerPerson = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_VOTES_PER_PERSON, `must be at most ${MAX_VOTES_PER_PERSON}`);

const ActionDotsSchema = z.object({ actionId: Id, dots: Count });

/** What may be said about the dot vote (shared/interventions/vote-tally.ts decides). */
export const VoteTallySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('secret'), voters: Count }),
  z.object({ status: z.literal('withheld'), voters: Count }),
  z.object({ status: z.literal('shown'), voters: Count, totals: z.array(ActionDotsSchema) }),
]);

/**
 * The room's dot vote as the facilitator's screen gets it: each participant has `votesPerPerson`
 * dots; until the reveal only how many have voted, never a tally or a count of dots.
 */
export const VoteState = z.object({
  votesPerPerson: VotesPerPerson,
  participants: Count,
  /** Set once the facilitator revealed the vote: no dot changes after it. */
  revealedAt: z.string().nullable(),
  tally: VoteTallySchema,
});
export type VoteState = z.infer<typeof VoteState>;

/**
 * One participant's row of the facilitator's vote grid: the dots the facilitator placed for them,
 * or, `phone`, only that they vote on their own phone (their dots are theirs alone).
 */
export const VoteGridRow = z.discriminatedUnion('channel', [
  z.object({
    participantId: Id,
    alias: z.string(),
    channel: z.literal('grid'),
    dots: z.record(z.string(), Count),
  }),
  z.object({ participantId: Id, alias: z.string(), channel: z.literal('phone') }),
]);
export type VoteGridRow = z.infer<typeof VoteGridRow>;

export const VoteGrid = z.object({ rows: z.array(VoteGridRow), vote: VoteState });
export type VoteGrid = z.infer<typeof VoteGrid>;

/** An intervention the room agreed on (or a custom one), with its owner, date and success signal. */
export const Action = z.object({
  id: Id,
  workshopId: Id,
  /** The catalogue intervention, or null for the room's own. */
  interventionId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  dueDate: IsoDate.nullable(),
  successSignal: z.string(),
  /** Factor ids a follow-up should see fall. */
  targets: z.array(z.string()),
  selected: z.boolean(),
  /** The dots the revealed vote shows for it; 0 until the reveal, or when fewer than k voted. */
  votes: Count,
  position: Count,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof Action>;

export const ActionsState = z.object({ actions: z.array(Action), vote: VoteState });
export type ActionsState = z.infer<typeof ActionsState>;

/** What `actions:save` takes: with `id` it updates that action; else it adds one (or updates the intervention's). */
export const ActionDraft = z.object({
  workshopId: Id,
  id: Id.optional(),
  interventionId: z.string().max(64, 'is too long').nullable().default(null),
  title: text(200).default(''),
  description: text(2000).default(''),
  owner: text(200).default(''),
  dueDate: z
    .union([IsoDate, z.literal('')])
    .nullable()
    .default(null)
    .transform((value) => (value === '' ? null : value)),
  successSignal: text(500).default(''),
  targets: z.array(FactorId).max(FACTOR_IDS.length).optional(),
  selected: z.boolean().default(true),
});
export type ActionDraftInput = z.input<typeof ActionDraft>;

/** The dots a participant places on one action (replacing theirs there): whole, 0 to N. */
export const Dots = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(MAX_VOTES_PER_PERSON, `must be at most ${MAX_VOTES_PER_PERSON}`);

/** The facilitator places dots for a participant without a phone. */
export const ActionVote = z.object({ actionId: Id, participantId: Id, dots: Dots });

export const MOVEMENT_DIRECTIONS = ['better', 'worse', 'unchanged', 'insufficient'] as const;
export const Direction = z.enum(MOVEMENT_DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

const TrendPoint = z.object({ workshopId: Id, value: z.number().nullable(), n: Count });

/**
 * Why a change is withheld although figures exist: `evidence_missing` = a figure that takes in the
 * Reality Check or Decision Replay, where either workshop had none (the change would be the
 * evidence coming or going, not the team moving).
 */
export const INCOMPARABLE_REASONS = ['evidence_missing'] as const;
export const IncomparableReason = z.enum(INCOMPARABLE_REASONS);
export type IncomparableReason = z.infer<typeof IncomparableReason>;

export const TrendSeries = z.object({
  id: z.string(),
  points: z.array(TrendPoint),
  /** Latest minus the workshop it follows; null when either is missing or they do not compare. */
  change: z.number().nullable(),
  direction: Direction,
  /** Set when the two workshops' figures are not alike, so no change is given. */
  incomparable: IncomparableReason.nullable(),
});
export type TrendSeries = z.infer<typeof TrendSeries>;

const Side = z.object({ workshopId: Id, mean: z.number().nullable(), n: Count });

export const TargetMovement = z.object({
  factor: z.string(),
  before: Side,
  after: Side,
  change: z.number().nullable(),
  direction: Direction,
});
export type TargetMovement = z.infer<typeof TargetMovement>;

export const ActionMovement = z.object({
  actionId: Id,
  interventionId: z.string().nullable(),
  title: z.string(),
  owner: z.string(),
  dueDate: IsoDate.nullable(),
  targets: z.array(TargetMovement),
  /** Mean change over the targets with data on both sides. */
  change: z.number().nullable(),
  direction: Direction,
});
export type ActionMovement = z.infer<typeof ActionMovement>;

export const TrendWorkshopRef = z.object({
  id: Id,
  title: z.string(),
  date: z.string(),
  team: z.string(),
  respondents: Count,
  /** Whether a Reality Check or Decision Replay was assessed: its headline takes evidence in. */
  evidence: z.boolean(),
});

export const Trend = z.object({
  workshopId: Id,
  followsId: Id.nullable(),
  /** The chain of linked workshops, oldest first, ending with this one. */
  workshops: z.array(TrendWorkshopRef),
  indices: z.array(TrendSeries),
  factors: z.array(TrendSeries),
  /** The actions agreed in the workshop this one follows, and whether their targets moved. */
  actions: z.array(ActionMovement),
  /** Points a figure must move to count as a change. */
  threshold: z.number(),
});
export type Trend = z.infer<typeof Trend>;

export const FollowUpLink = z.object({ id: Id, followsId: Id.nullable() });
export type FollowUpLink = z.infer<typeof FollowUpLink>;
