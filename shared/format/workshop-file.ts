import { z } from 'zod';
import { WorkshopDraft } from '../domain/workshop';

/**
 * Workshop file format v1 (`docs/formats.md`, JSON Schema in `docs/workshop-file.schema.json`).
 * The schema checks shape and ranges; `validateWorkshopFile` adds the cross-references
 * (known items, known participants, no duplicate answers).
 */
export const FORMAT_NAME = 'edw-workshop';
export const FORMAT_VERSION = 1;

export const VERIFIED_STATUSES = ['verified', 'partly', 'not_verified', 'unknown'] as const;
export const VerifiedStatus = z.enum(VERIFIED_STATUSES);
export type VerifiedStatus = z.infer<typeof VerifiedStatus>;

export const OWNER_CLEAR = ['yes', 'no', 'unclear'] as const;
export const OwnerClear = z.enum(OWNER_CLEAR);
export const REPLAYABLE = ['yes', 'no', 'unsure'] as const;
export const Replayable = z.enum(REPLAYABLE);

const shortText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** The workshop's set-up as the app stores it, less the role-group list (the participants carry roles). */
export const FileWorkshop = WorkshopDraft.omit({ roleGroups: true }).extend({
  instrumentVersion: z.string().optional(),
});

export const FileParticipant = z.object({
  id: z.string().min(1, 'is required').max(64, 'must be at most 64 characters'),
  alias: z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters'),
  role: z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters'),
});

export const AnswerValueSchema = z.union(
  [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()],
  {
    error: (issue) => `expected 1..5 or null, got ${JSON.stringify(issue.input)}`,
  },
);

export const FileResponse = z.object({
  participant: z.string().min(1, 'is required'),
  item: z.string().min(1, 'is required'),
  round: z.union([z.literal(1), z.literal(2)], {
    error: (issue) => `expected 1 or 2, got ${JSON.stringify(issue.input)}`,
  }),
  value: AnswerValueSchema,
});

export const FileRealityCheckEntry = z.object({
  title: shortText(300).min(1, 'is required'),
  reported: shortText(100).default('done'),
  verified: VerifiedStatus,
  ownerClear: OwnerClear,
  decisionTraceable: z.boolean(),
});

export const FileDecisionEntry = z.object({
  title: shortText(300).min(1, 'is required'),
  deciderKnown: z.boolean(),
  inputsKnown: z.boolean(),
  recorded: shortText(200).default(''),
  replayable: Replayable,
});

export const WorkshopFile = z.object({
  format: z.literal(FORMAT_NAME, { error: `expected "${FORMAT_NAME}"` }),
  version: z.literal(FORMAT_VERSION, {
    error: (issue) =>
      `unsupported version ${JSON.stringify(issue.input)}; this app reads version ${FORMAT_VERSION}`,
  }),
  workshop: FileWorkshop,
  participants: z.array(FileParticipant).max(500, 'allows at most 500 participants'),
  responses: z.array(FileResponse).max(200_000, 'allows at most 200000 answers'),
  realityCheck: z.array(FileRealityCheckEntry).max(500, 'allows at most 500 entries').default([]),
  decisions: z.array(FileDecisionEntry).max(500, 'allows at most 500 entries').default([]),
});
export type WorkshopFile = z.infer<typeof WorkshopFile>;
export type WorkshopFileInput = z.input<typeof WorkshopFile>;
export type FileResponse = z.infer<typeof FileResponse>;
export type FileRealityCheckEntry = z.infer<typeof FileRealityCheckEntry>;
export type FileDecisionEntry = z.infer<typeof FileDecisionEntry>;
