import { z } from 'zod';

/** Languages the app and its reports are written in. */
export const LANGUAGES = ['en', 'es', 'de', 'fr'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const WORKSHOP_STATUSES = ['draft', 'running', 'closed'] as const;
export const WorkshopStatus = z.enum(WORKSHOP_STATUSES);
export type WorkshopStatus = z.infer<typeof WorkshopStatus>;

/** Survey-industry default; DESIGN.md forbids anything below 3. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export const MIN_ANONYMITY_THRESHOLD = 3;
export const MAX_ANONYMITY_THRESHOLD = 10;

export const DEFAULT_ROLE_GROUPS = ['leadership', 'product', 'engineering', 'operations'] as const;

export const Id = z.string().min(1, 'is required').max(64, 'is too long');

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** A calendar date written YYYY-MM-DD that actually exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'is not a real calendar date');

export const RoleGroupName = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters');

/** What the facilitator types when setting up a workshop. */
export const WorkshopDraft = z.object({
  title: text(200).min(1, 'is required'),
  client: text(200).default(''),
  team: text(200).default(''),
  date: IsoDate,
  facilitator: text(200).default(''),
  language: Language.default('en'),
  anonymityThreshold: z
    .number()
    .int('must be a whole number')
    .min(MIN_ANONYMITY_THRESHOLD, `must be at least ${MIN_ANONYMITY_THRESHOLD}`)
    .max(MAX_ANONYMITY_THRESHOLD, `must be at most ${MAX_ANONYMITY_THRESHOLD}`)
    .default(DEFAULT_ANONYMITY_THRESHOLD),
  notes: text(5000).default(''),
  roleGroups: z
    .array(RoleGroupName)
    .min(1, 'needs at least one role group')
    .max(20, 'allows at most 20 role groups')
    .refine((groups) => new Set(groups).size === groups.length, 'must not repeat a role group')
    .default([...DEFAULT_ROLE_GROUPS]),
});
export type WorkshopDraft = z.infer<typeof WorkshopDraft>;
export type WorkshopDraftInput = z.input<typeof WorkshopDraft>;

export const Workshop = WorkshopDraft.extend({
  id: Id,
  /** The statements this workshop asks: its screens, scores and report use this version. */
  instrumentVersion: z.string(),
  status: WorkshopStatus,
  /** Demonstration data (the demo workshop): fictitious people and answers, marked on every screen. */
  demo: z.boolean(),
  participantCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workshop = z.infer<typeof Workshop>;

export const Alias = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters');

/** A participant as typed; the alias is generated ("P1", "P2"…) when left empty. */
export const ParticipantDraft = z.object({
  // Empty means "give me the next free P<n>", the same as leaving it out.
  alias: z.string().trim().max(40, 'must be at most 40 characters').optional(),
  role: RoleGroupName,
  name: text(200).optional(),
});
export type ParticipantDraft = z.infer<typeof ParticipantDraft>;

export const Participant = z.object({
  id: Id,
  workshopId: Id,
  alias: Alias,
  role: RoleGroupName,
  name: z.string().nullable(),
  position: z.number().int().nonnegative(),
});
export type Participant = z.infer<typeof Participant>;
