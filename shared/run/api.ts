import { z } from 'zod';
import { Id, Language, WorkshopStatus } from '../domain/workshop';
import { NOT_APPLICABLE } from '../instrument/types';
import {
  FileDecisionEntry,
  FileRealityCheckEntry,
  OwnerClear,
  RecordPlace,
  Replayable,
  VerifiedStatus,
} from '../format/workshop-file';
import { DimensionId, FactorScore, Indices, MapSpread } from '../scoring/result';
import { ClientStatementSummarySchema } from '../client-statements/client-statements';
import { AgendaSection, DimensionSchema, SectionKind } from './agenda';

// Shapes of the "Run" channels (shared/api/contract.ts): running a workshop live.

export const Round = z.union([z.literal(1), z.literal(2)]);
export type Round = z.infer<typeof Round>;

/**
 * 1..5 on the agreement scale, null for "can't say", "na" for "not applicable to my role";
 * anything else is refused before it is stored.
 */
export const AnswerValueInput = z.union(
  [
    z
      .number()
      .int('must be a whole number from 1 to 5')
      .min(1, 'must be from 1 to 5')
      .max(5, 'must be from 1 to 5'),
    z.null(),
    z.literal(NOT_APPLICABLE),
  ],
  {
    error: (issue) =>
      `must be 1 to 5, null (can't say) or "na" (not applicable), got ${JSON.stringify(issue.input)}`,
  },
);

/** A stored answer as it is sent back: a value, null ("can't say") or "na" (not applicable). */
export const GivenAnswerSchema = z.union([
  z.number().int().min(1).max(5),
  z.null(),
  z.literal(NOT_APPLICABLE),
]);

export const WorkshopOnly = z.object({ workshopId: Id });
export const SectionRef = z.object({ workshopId: Id, sectionId: Id });
export const runText = (max: number) =>
  z.string().trim().max(max, `must be at most ${max} characters`);
export const SectionMinutes = z
  .number()
  .int('must be whole minutes')
  .min(1, 'must be at least 1 minute')
  .max(240, 'must be at most 240 minutes');

export const RunState = z.object({
  currentSectionId: z.string().nullable(),
  revealed: z.boolean(),
  /** Private mode is on: leaving it needs the facilitator's PIN. */
  locked: z.boolean(),
});
export type RunState = z.infer<typeof RunState>;

/** Everything the facilitator's run screen needs, notes included (never sent to the presenter). */
export const RunView = z.object({
  workshopId: z.string(),
  status: WorkshopStatus,
  agenda: z.array(AgendaSection),
  state: RunState,
  notes: z.record(z.string(), z.string()),
  /** The host's clock when this was read, so timers count from the same instant everywhere. */
  now: z.number(),
});
export type RunView = z.infer<typeof RunView>;

export const ResponseRecordInput = z.object({
  workshopId: Id,
  participantId: Id,
  itemId: Id,
  round: Round,
  value: AnswerValueInput,
});
export const SavedResponse = z.object({
  participantId: z.string(),
  itemId: z.string(),
  round: Round,
  value: GivenAnswerSchema,
  savedAt: z.string(),
});
export type SavedResponse = z.infer<typeof SavedResponse>;

export const ResponseKey = z.object({
  workshopId: Id,
  participantId: Id,
  itemId: Id,
  round: Round,
});

export const Comment = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  text: z.string(),
});
export type Comment = z.infer<typeof Comment>;

export const ParkingItem = z.object({
  id: z.string(),
  sectionId: z.string().nullable(),
  text: z.string(),
  done: z.boolean(),
});
export type ParkingItem = z.infer<typeof ParkingItem>;

export const RealityCheckRow = FileRealityCheckEntry.extend({
  id: z.string(),
  position: z.number(),
});
export type RealityCheckRow = z.infer<typeof RealityCheckRow>;
export const DecisionRow = FileDecisionEntry.extend({ id: z.string(), position: z.number() });
export type DecisionRow = z.infer<typeof DecisionRow>;

export const Evidence = z.object({
  realityCheck: z.array(RealityCheckRow),
  decisions: z.array(DecisionRow),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * What pass-the-laptop private mode shows, and all it may: the aliases to pick from (never a
 * name or role group) and the current section's statements in the workshop's language.
 */
export const PrivateLock = z.object({
  workshopId: z.string(),
  language: Language,
  sectionId: z.string().nullable(),
  round: Round,
  /**
   * Whose statements the section asks: the instrument's (answered through `response:record`) or
   * the client's own (through `clientStatement:answer`, stored apart and never scored).
   */
  source: z.enum(['instrument', 'client']),
  statements: z.array(z.object({ id: z.string(), text: z.string() })),
  participants: z.array(z.object({ id: z.string(), alias: z.string() })),
});
export type PrivateLock = z.infer<typeof PrivateLock>;

const StatementAggregateSchema = z.union([
  z.object({
    itemId: z.string(),
    suppressed: z.literal(false),
    n: z.number(),
    cantSay: z.number(),
    notApplicable: z.number(),
    counts: z.array(z.number()).length(5),
  }),
  z.object({ itemId: z.string(), suppressed: z.literal(true), n: z.number() }),
]);
const FactorAggregateSchema = z.union([
  z.object({
    factor: z.string(),
    suppressed: z.literal(false),
    n: z.number(),
    mean: z.number(),
    spread: z.number(),
  }),
  z.object({ factor: z.string(), suppressed: z.literal(true), n: z.number() }),
]);
const RoundAggregateSchema = z.object({
  statements: z.array(StatementAggregateSchema),
  factors: z.array(FactorAggregateSchema),
});

/**
 * What the projector's Debt Interaction Map and factor web draw, taken from the scored workshop
 * after its disclosure step: the room's indices, its spread (not one point per person), the role
 * groups as shown or hidden (a shown group only with its dimension indices) and the factors.
 */
export const PresenterMapData = z.object({
  anonymityThreshold: z.number().int(),
  indices: Indices,
  spread: MapSpread,
  groups: z.array(
    z.discriminatedUnion('suppressed', [
      z.object({
        role: z.string(),
        suppressed: z.literal(false),
        n: z.number().int().nonnegative(),
        dimensions: z.array(z.object({ id: DimensionId, index: z.number().nullable() })),
      }),
      z.object({ role: z.string(), suppressed: z.literal(true) }),
    ]),
  ),
  factors: z.array(FactorScore),
});
export type PresenterMapData = z.infer<typeof PresenterMapData>;

/**
 * Reality Check on the projector: the work items as the facilitator captured them (each about a
 * piece of work, never about a person) and the nested funnel reported → verified → owner clear →
 * decision traceable, partly verified counted beside "verified".
 */
export const PresenterRealityCheck = z.object({
  items: z.array(
    z.object({
      title: z.string(),
      reported: z.string(),
      verified: VerifiedStatus.nullable(),
      ownerClear: OwnerClear.nullable(),
      decisionTraceable: z.boolean().nullable(),
    }),
  ),
  funnel: z.object({
    reported: z.number().int().nonnegative(),
    verified: z.number().int().nonnegative(),
    partly: z.number().int().nonnegative(),
    owned: z.number().int().nonnegative(),
    traceable: z.number().int().nonnegative(),
  }),
});
export type PresenterRealityCheck = z.infer<typeof PresenterRealityCheck>;

/** Decision Replay on the projector: each decision with its four checks. */
export const PresenterDecision = z.object({
  title: z.string(),
  deciderKnown: z.boolean().nullable(),
  inputsKnown: z.boolean().nullable(),
  recorded: RecordPlace.nullable(),
  replayable: Replayable.nullable(),
});
export type PresenterDecision = z.infer<typeof PresenterDecision>;

/**
 * A candidate intervention as the room weighs it: a catalogue recommendation (in rank order) or
 * the room's own, with one line on why, in the workshop's language.
 */
export const PresenterCandidate = z.object({
  /** The catalogue intervention's id, or the action's id for the room's own. */
  id: z.string(),
  title: z.string(),
  why: z.string(),
  /** 1 = most urgent; null for the room's own. */
  rank: z.number().int().positive().nullable(),
  /** Already in the agreed plan. */
  selected: z.boolean(),
});
export type PresenterCandidate = z.infer<typeof PresenterCandidate>;

/**
 * The dot vote on the wall: how many have voted, and each candidate's dots only once the vote is
 * revealed (`shown`) by at least k voters; `withheld` when fewer voted. Keyed by candidate id.
 */
export const PresenterVotes = z.object({
  participants: z.number().int().nonnegative(),
  voters: z.number().int().nonnegative(),
  status: z.enum(['secret', 'withheld', 'shown']),
  dots: z.record(z.string(), z.number().int().nonnegative()).nullable(),
});
export type PresenterVotes = z.infer<typeof PresenterVotes>;

/** One line of the agreed plan, as the room agreed it. */
export const PresenterPlanAction = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  successSignal: z.string(),
});
export type PresenterPlanAction = z.infer<typeof PresenterPlanAction>;

/**
 * One of the client's own statements on the wall: its text and keying while the room answers;
 * once revealed, its figures or `shown: false` below k (shared/client-statements). Never scored.
 */
export const PresenterClientStatement = z.object({
  text: z.string(),
  reversed: z.boolean(),
  /** Null until the reveal. */
  summary: ClientStatementSummarySchema.nullable(),
});
export type PresenterClientStatement = z.infer<typeof PresenterClientStatement>;

/** What the projector may show: prompts, time, counts and aggregates; never a name or an answer. */
export const PresenterState = z.object({
  workshopTitle: z.string(),
  language: Language,
  /** Statement ids are read in this instrument version. */
  instrumentVersion: z.string(),
  k: z.number(),
  now: z.number(),
  section: z
    .object({
      id: z.string(),
      kind: SectionKind,
      title: z.string(),
      prompt: z.string(),
      dimensions: z.array(DimensionSchema),
      round: Round,
      position: z.number(),
      total: z.number(),
      timer: z.object({
        durationMs: z.number(),
        startedAt: z.number().nullable(),
        elapsedBeforeMs: z.number(),
      }),
    })
    .nullable(),
  /** Time left for the whole workshop at `now`; it runs down while `running`. */
  workshop: z.object({ remainingMs: z.number(), running: z.boolean() }),
  progress: z
    .object({
      participants: z.number(),
      completed: z.number(),
      statements: z.number(),
      answers: z.number(),
    })
    .nullable(),
  revealed: z.boolean(),
  result: z
    .object({
      round: Round,
      current: RoundAggregateSchema,
      /** Round 1 beside a re-vote. */
      previous: RoundAggregateSchema.nullable(),
      convergence: z
        .object({
          statements: z.number(),
          spreadBefore: z.number(),
          spreadAfter: z.number(),
          change: z.number(),
        })
        .nullable(),
    })
    .nullable(),
  /** Reveal & discuss, once revealed: the maps' figures, so the projector needs no other channel. */
  maps: PresenterMapData.nullable(),
  /** Only in a Reality Check section. */
  realityCheck: PresenterRealityCheck.nullable(),
  /** Only in a Decision Replay section. */
  decisions: z.array(PresenterDecision).nullable(),
  /** Only in an Interventions section. */
  candidates: z.array(PresenterCandidate).nullable(),
  /** Only in an Interventions section: the dot vote, as shared/interventions/vote-tally.ts allows. */
  votes: PresenterVotes.nullable(),
  /** Only in a Close section: the selected actions. */
  plan: z.array(PresenterPlanAction).nullable(),
  /** Only in the client statements' section: the client's own statements, apart from the scored. */
  clientStatements: z.array(PresenterClientStatement).nullable(),
});
export type PresenterState = z.infer<typeof PresenterState>;
