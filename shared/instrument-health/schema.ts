import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types';

/**
 * Why a factor has no figures: fewer people answered every one of its statements than the
 * minimum, it has fewer than two statements (alpha needs a second one to hang together with), or
 * its totals did not vary at all (alpha is 0 / 0).
 */
export const HealthWithheld = z.enum(['too_few_people', 'too_few_statements', 'no_variance']);
export type HealthWithheld = z.infer<typeof HealthWithheld>;

export const StatementHealth = z.object({
  /** The statement's id (`hd.load.1`); its text comes from the instrument in the UI language. */
  id: z.string(),
  keyed: z.enum(['debt', 'health']),
  /** People behind the figures: those who answered every statement of the factor. */
  n: z.number().int().nonnegative(),
  /** Corrected item–rest correlation, two decimals; null when withheld or it did not vary. */
  itemRest: z.number().min(-1).max(1).nullable(),
  /** The factor's alpha without this statement, two decimals; null below three statements. */
  alphaIfDeleted: z.number().max(1).nullable(),
});
export type StatementHealth = z.infer<typeof StatementHealth>;

export const FactorHealth = z.object({
  dimension: z.enum(DIMENSIONS),
  /** The factor id within its dimension (`load`). */
  factor: z.string(),
  statements: z.number().int().nonnegative(),
  /** People who gave at least one answer 1–5 to the factor. */
  answered: z.number().int().nonnegative(),
  /** People who answered every statement of the factor: the figures rest on them alone. */
  n: z.number().int().nonnegative(),
  /** Workshops those n people come from. */
  workshops: z.number().int().nonnegative(),
  /** Cronbach's alpha, two decimals; null exactly when `withheld` says why. */
  alpha: z.number().max(1).nullable(),
  withheld: HealthWithheld.nullable(),
  /** With `too_few_people`: how many more complete answer sets the minimum needs; else 0. */
  morePeopleNeeded: z.number().int().nonnegative(),
  items: z.array(StatementHealth),
});
export type FactorHealth = z.infer<typeof FactorHealth>;

export const VersionHealth = z.object({
  version: z.string(),
  /** Workshops with at least one round-1 answer on this version (demonstration data left out). */
  workshops: z.number().int().nonnegative(),
  /** People with at least one round-1 answer 1–5 on this version. */
  people: z.number().int().nonnegative(),
  /** Complete answer sets a factor needs for figures: the larger of 30 and the largest k pooled. */
  minPeople: z.number().int().positive(),
  /** People with at least one dimension left out as straight-lined, as the scorer leaves it out. */
  straightLined: z.number().int().nonnegative(),
  factors: z.array(FactorHealth),
});
export type VersionHealth = z.infer<typeof VersionHealth>;

/** `instrument:health`: every released instrument version, newest first. */
export const InstrumentHealth = z.object({
  versions: z.array(VersionHealth),
  /** Demonstration workshops in the store, none of whose answers were used. */
  demoWorkshopsLeftOut: z.number().int().nonnegative(),
  /** Workshops on an instrument version this app does not know, left out. */
  unknownVersionWorkshops: z.number().int().nonnegative(),
});
export type InstrumentHealth = z.infer<typeof InstrumentHealth>;
