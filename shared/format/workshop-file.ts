import { z } from 'zod';
import {
  ClientStatementDraft,
  MAX_CLIENT_STATEMENTS,
} from '../client-statements/client-statements';
import { WorkshopDraft } from '../domain/workshop';
import { NOT_APPLICABLE } from '../instrument/types';
import { MAX_TEMPLATE_SECTIONS, TemplateSection } from '../templates/agenda-template';

/**
 * Workshop file format v3 (`docs/formats.md`, JSON Schema in `docs/workshop-file.schema.json`).
 * The schema checks shape and ranges; `validateWorkshopFile` adds the cross-references
 * (known items, known participants, no duplicate answers). Version 1 and 2 files are still read:
 * they are mapped to version 3 first (`upgradeOlderVersion`), so the rest of the app knows one shape.
 * Version 3 added the client's own statements; it is a new version, not an addition within 2,
 * because an app that reads version 2 drops keys it does not know: it would import such a file
 * without a word and lose the client's statements, where a new number makes it refuse by name.
 * The agenda came within version 3: an app from before it drops it, which loses only the plan (its
 * run starts from the default agenda, as every imported workshop did before), never an answer.
 */
export const FORMAT_NAME = 'edw-workshop';
export const FORMAT_VERSION = 3;
/** The versions this app reads; it writes FORMAT_VERSION only. */
export const READABLE_VERSIONS = [1, 2, 3] as const;

export const VERIFIED_STATUSES = ['verified', 'partly', 'not_verified', 'unknown'] as const;
export const VerifiedStatus = z.enum(VERIFIED_STATUSES);
export type VerifiedStatus = z.infer<typeof VerifiedStatus>;

export const OWNER_CLEAR = ['yes', 'no', 'unclear'] as const;
export const OwnerClear = z.enum(OWNER_CLEAR);
export const REPLAYABLE = ['yes', 'no', 'unsure'] as const;
export const Replayable = z.enum(REPLAYABLE);

/**
 * Where a decision is written down, from "nowhere" to a place anyone can find it again. A choice,
 * not free text: free text could not tell "nowhere" from a real place ("other" asks for a note).
 */
export const RECORD_PLACES = [
  'nowhere',
  'personal_notes',
  'team_chat',
  'meeting_minutes',
  'ticket',
  'decision_log',
  'other',
] as const;
export const RecordPlace = z.enum(RECORD_PLACES);
export type RecordPlace = z.infer<typeof RecordPlace>;

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

/**
 * `"na"` (not applicable to my role) was added within version 2 without a version bump: no file
 * written before holds it, so every existing file keeps its meaning, and an app that does not know
 * it refuses the answer by name instead of reading it as something else (docs/formats.md).
 */
export const AnswerValueSchema = z
  .union(
    [
      z.literal(1),
      z.literal(2),
      z.literal(3),
      z.literal(4),
      z.literal(5),
      z.null(),
      z.literal(NOT_APPLICABLE),
    ],
    {
      error: (issue) => `expected 1..5, null or "na", got ${JSON.stringify(issue.input)}`,
    },
  )
  .meta({
    description:
      '1 strongly disagree … 5 strongly agree; null: "can\'t say"; "na": "not applicable to my role" (counts toward no figure)',
  });

export const FileResponse = z.object({
  participant: z.string().min(1, 'is required'),
  item: z.string().min(1, 'is required'),
  round: z.union([z.literal(1), z.literal(2)], {
    error: (issue) => `expected 1 or 2, got ${JSON.stringify(issue.input)}`,
  }),
  value: AnswerValueSchema,
});

/** An evidence field left unset (null or absent) was not assessed: it adds no gap and no count. */
const assessed = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);

export const FileRealityCheckEntry = z.object({
  title: shortText(300).min(1, 'is required'),
  reported: shortText(100).default('done'),
  verified: assessed(VerifiedStatus),
  ownerClear: assessed(OwnerClear),
  decisionTraceable: assessed(z.boolean()),
});

export const FileDecisionEntry = z.object({
  title: shortText(300).min(1, 'is required'),
  deciderKnown: assessed(z.boolean()),
  inputsKnown: assessed(z.boolean()),
  recorded: assessed(RecordPlace),
  recordedNote: shortText(200).default(''),
  replayable: assessed(Replayable),
});

/** One participant's answer to a client statement; the same values as the instrument's. */
export const FileClientAnswer = z.object({
  participant: z.string().min(1, 'is required'),
  value: AnswerValueSchema,
});

/**
 * A statement the facilitator added for this client, in the workshop's language. Its answers
 * live here, not in `responses`, so nothing that scores the file ever reads them.
 */
export const FileClientStatement = ClientStatementDraft.extend({
  id: z.string().min(1, 'is required').max(64, 'must be at most 64 characters'),
  answers: z.array(FileClientAnswer).max(500, 'allows at most 500 answers').default([]),
});

/**
 * One section of the workshop's agenda as planned, as an agenda template holds it (no timers,
 * extensions, notes or answers), and whether a client statements section is skipped only while it
 * waits for statements (shared/run/agenda.ts, `awaitingStatements`): then the next statement
 * brings it back, where a skip the facilitator chose stays.
 */
export const FileAgendaSection = TemplateSection.extend({
  awaitingStatements: z.boolean().optional(),
}).superRefine((section, context) => {
  if (section.awaitingStatements && (section.kind !== 'client_statements' || !section.skipped)) {
    context.addIssue({
      code: 'custom',
      path: ['awaitingStatements'],
      message: 'only a skipped client_statements section waits for statements',
    });
  }
});
export type FileAgendaSection = z.infer<typeof FileAgendaSection>;

/** Version 3 as written; the schema published in `docs/workshop-file.schema.json`. */
export const WorkshopFileV3 = z.object({
  format: z.literal(FORMAT_NAME, { error: `expected "${FORMAT_NAME}"` }),
  version: z.literal(FORMAT_VERSION, {
    error: (issue) =>
      `unsupported version ${JSON.stringify(issue.input)}; this app reads versions ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)}`,
  }),
  workshop: FileWorkshop,
  participants: z.array(FileParticipant).max(500, 'allows at most 500 participants'),
  responses: z.array(FileResponse).max(200_000, 'allows at most 200000 answers'),
  realityCheck: z.array(FileRealityCheckEntry).max(500, 'allows at most 500 entries').default([]),
  decisions: z.array(FileDecisionEntry).max(500, 'allows at most 500 entries').default([]),
  // Optional rather than defaulted: a file without client statements is written as before.
  clientStatements: z
    .array(FileClientStatement)
    .max(MAX_CLIENT_STATEMENTS, `allows at most ${MAX_CLIENT_STATEMENTS} statements`)
    .optional(),
  // Optional: a workshop whose run never started has no agenda of its own, and a file without
  // one (every file written before it) gets the default agenda when its run starts.
  agenda: z
    .array(FileAgendaSection)
    .min(1, 'needs at least one section')
    .max(MAX_TEMPLATE_SECTIONS, `allows at most ${MAX_TEMPLATE_SECTIONS} sections`)
    .optional(),
});

/** Words a version-1 file used in its free-text `recorded` field to say "not recorded". */
const NOWHERE_WORDS =
  /^(|-|—|n\/a|none|no|nowhere|not recorded|nothing|ninguno|ninguna|en ninguna parte|en ningún (sitio|lugar)|no consta|sin registro)$/i;

/**
 * Maps a version-1 or version-2 file onto version 3 (documented in `docs/formats.md`). Version 2
 * only lacked client statements (none). From version 1, the free-text `recorded`
 * becomes `nowhere` when it is empty or says so, otherwise `other` with the text kept as the note.
 * Version 1 had no "not assessed", so its evidence fields stay as they were given. Anything that is
 * not a recognisable version-1 file passes through unchanged, for the version-2 schema to judge.
 */
function upgradeOlderVersion(raw: unknown): unknown {
  if (!isRecord(raw) || raw.format !== FORMAT_NAME) return raw;
  if (raw.version === 2) return { ...raw, version: FORMAT_VERSION };
  if (raw.version !== 1) return raw;
  const decisions = Array.isArray(raw.decisions)
    ? raw.decisions.map((entry: unknown) => {
        if (!isRecord(entry) || 'recordedNote' in entry) return entry;
        const text = typeof entry.recorded === 'string' ? entry.recorded.trim() : '';
        if (entry.recorded !== undefined && typeof entry.recorded !== 'string') return entry;
        return NOWHERE_WORDS.test(text)
          ? { ...entry, recorded: 'nowhere', recordedNote: '' }
          : { ...entry, recorded: 'other', recordedNote: text };
      })
    : raw.decisions;
  return { ...raw, version: FORMAT_VERSION, decisions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any readable workshop file (version 1, 2 or 3), parsed into the version-3 shape. */
export const WorkshopFile = z.preprocess(upgradeOlderVersion, WorkshopFileV3);
export type WorkshopFile = z.infer<typeof WorkshopFileV3>;
export type WorkshopFileInput = z.input<typeof WorkshopFileV3>;
export type FileResponse = z.infer<typeof FileResponse>;
export type FileRealityCheckEntry = z.infer<typeof FileRealityCheckEntry>;
export type FileDecisionEntry = z.infer<typeof FileDecisionEntry>;
