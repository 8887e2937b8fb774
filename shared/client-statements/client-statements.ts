import { z } from 'zod';
import { meetsThreshold } from '../disclosure/suppression';
import { NOT_APPLICABLE } from '../instrument/types';

/*
 * The client's own statements: up to ten a facilitator adds to one workshop, written in the
 * workshop's language, answered on the instrument's scale. They are the client's questions, not
 * the framework's: nothing here is read by scoring, so no index, factor or finding can move with
 * them (docs/scoring.md). Their figures obey k like every other figure (docs/anonymity.md).
 */

export const MAX_CLIENT_STATEMENTS = 10;
export const MAX_CLIENT_STATEMENT_LENGTH = 300;

/** What the facilitator types for one statement. */
export const ClientStatementDraft = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(MAX_CLIENT_STATEMENT_LENGTH, `must be at most ${MAX_CLIENT_STATEMENT_LENGTH} characters`),
  /**
   * Reverse keyed: agreeing describes a problem ("Priorities change every week"). Kept so the
   * reader knows which end is good; the figures stay as answered, never flipped.
   */
  reversed: z.boolean().default(false),
});
export type ClientStatementDraft = z.infer<typeof ClientStatementDraft>;
export type ClientStatementDraftInput = z.input<typeof ClientStatementDraft>;

export interface ClientStatement extends ClientStatementDraft {
  id: string;
  workshopId: string;
  position: number;
}

/** 1 strongly disagree … 5 strongly agree; null "can't say"; "na" not applicable to my role. */
export const ClientAnswerValue = z.union(
  [
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal(5),
    z.null(),
    z.literal(NOT_APPLICABLE),
  ],
  { error: (issue) => `expected 1..5, null or "na", got ${JSON.stringify(issue.input)}` },
);
export type ClientAnswerValue = z.infer<typeof ClientAnswerValue>;

export interface ClientAnswer {
  statementId: string;
  participantId: string;
  value: ClientAnswerValue;
}

/** Why a new statement cannot be added, or null when it can. */
export function tooManyClientStatements(existing: number): string | null {
  return existing >= MAX_CLIENT_STATEMENTS
    ? `a workshop has at most ${MAX_CLIENT_STATEMENTS} client statements`
    : null;
}

/**
 * One statement's figures. Shown only when at least k people gave it a value: below that the
 * whole statement is withheld, its "can't say" and "not applicable" counts too, because with the
 * room's size they would give away how many answered.
 */
export type ClientStatementSummary =
  | {
      statementId: string;
      shown: true;
      /** People who gave a value (1..5). */
      n: number;
      mean: number;
      /** People per value, index 0 = "strongly disagree". */
      distribution: [number, number, number, number, number];
      cantSay: number;
      notApplicable: number;
    }
  | { statementId: string; shown: false };

export function summarizeClientStatement(
  statementId: string,
  answers: readonly ClientAnswer[],
  k: number,
): ClientStatementSummary {
  const mine = answers.filter((answer) => answer.statementId === statementId);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let sum = 0;
  let cantSay = 0;
  let notApplicable = 0;
  for (const { value } of mine) {
    if (value === null) cantSay += 1;
    else if (value === NOT_APPLICABLE) notApplicable += 1;
    else {
      distribution[value - 1] = (distribution[value - 1] ?? 0) + 1;
      sum += value;
    }
  }
  const n = distribution.reduce((total, count) => total + count, 0);
  if (!meetsThreshold(n, k)) return { statementId, shown: false };
  return { statementId, shown: true, n, mean: sum / n, distribution, cantSay, notApplicable };
}

/** A stored statement as the API returns it. */
export const ClientStatementSchema = ClientStatementDraft.extend({
  id: z.string(),
  workshopId: z.string(),
  position: z.number().int().nonnegative(),
});

/** One statement's figures as the API returns them (`summarizeClientStatement`). */
export const ClientStatementSummarySchema = z.union([
  z.object({
    statementId: z.string(),
    shown: z.literal(true),
    n: z.number().int(),
    mean: z.number(),
    distribution: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
    cantSay: z.number().int(),
    notApplicable: z.number().int(),
  }),
  z.object({ statementId: z.string(), shown: z.literal(false) }),
]);

/**
 * A statement as the facilitator's set-up panel lists it: with how many answers are stored, so
 * removing one that the room has answered asks first. A count, never a value.
 */
export const ListedClientStatementSchema = ClientStatementSchema.extend({
  answers: z.number().int().nonnegative(),
});
export type ListedClientStatement = z.infer<typeof ListedClientStatementSchema>;

/** One stored answer by participant: for the facilitator's own capture grid only. */
export const ClientAnswerSchema = z.object({
  statementId: z.string(),
  participantId: z.string(),
  value: ClientAnswerValue,
});
