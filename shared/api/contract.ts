import { z } from 'zod';
import {
  Id,
  Participant,
  ParticipantDraft,
  Workshop,
  WorkshopDraft,
  Alias,
  Language,
  RoleGroupName,
} from '../domain/workshop';
import { WorkshopFile } from '../format/workshop-file';
import {
  ClientAnswerValue,
  ClientStatementDraft,
  ClientAnswerSchema,
  ClientStatementSchema,
  ListedClientStatementSchema,
  ClientStatementSummarySchema,
} from '../client-statements/client-statements';
import { INSTRUMENTS } from '../instrument';
import { ScoreResultSchema } from '../scoring/result';
import {
  Comment,
  DecisionRow,
  Evidence,
  ParkingItem,
  PresenterState,
  PrivateLock,
  RealityCheckRow,
  ResponseKey,
  ResponseRecordInput,
  Round,
  RunView,
  SavedResponse,
  SectionMinutes,
  SectionRef,
  WorkshopOnly,
  runText,
} from '../run/api';
import { DimensionSchema } from '../run/agenda';
import { PIN_PATTERN } from '../run/pin';
import { FileDecisionEntry, FileRealityCheckEntry } from '../format/workshop-file';
import {
  Action,
  ActionDraft,
  ActionsState,
  ActionVote,
  FollowUpLink,
  Recommendations,
  Trend,
  VoteGrid,
  VoteState,
  VotesPerPerson,
} from '../interventions/schemas';
import { BackupInfo, BackupName, BackupReason, RestoredBackup } from '../backups/backup-info';
import {
  RoomAllowAliasInput,
  RoomClaims,
  RoomDevice,
  RoomInterface,
  RoomOpenInput,
  RoomStatus,
} from '../room/schemas';
import { Branding, BrandingInput } from '../branding/branding';
import { AgendaTemplate, TemplateName } from '../templates/agenda-template';
import { InstrumentHealth } from '../instrument-health/schema';
import {
  PaperLayoutInput,
  PaperSectionOption,
  PaperSheet,
  PaperSheetsInput,
} from '../paper/schemas';
import { PortfolioExportInput, PortfolioSelectionInput } from '../portfolio/selection';
import { PortfolioResultSchema } from '../portfolio/types';

const WorkshopRef = z.object({ id: Id });
/** An archive's base64 fits one request body with room to spare for the other fields. */
const MAX_ARCHIVE_BASE64 = 8 * 1024 * 1024 - 64 * 1024;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataFile: z.string(),
  transport: z.enum(['ipc', 'http']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * The only list of what the UI can ask for. Every transport (Electron IPC, the local HTTP host)
 * serves exactly these channels, parsing each input with its schema before a service sees it.
 */
/** The set-up of a new workshop, and which instrument it asks (fixed once it exists). */
export const WorkshopCreate = WorkshopDraft.extend({
  instrumentVersion: z
    .enum(INSTRUMENTS.map((instrument) => instrument.version) as [string, ...string[]])
    .optional(),
});

export const contract = {
  'app:info': { input: z.object({}).default({}), output: AppInfo },

  /** Workshops, newest first, optionally filtered by text over title, client, team and facilitator. */
  'workshop:list': {
    input: z.object({ query: z.string().max(200, 'must be at most 200 characters').default('') }),
    output: z.array(Workshop),
  },
  'workshop:get': { input: WorkshopRef, output: Workshop },
  /** A new workshop asks the current instrument unless another released version is chosen. */
  'workshop:create': { input: WorkshopCreate, output: Workshop },
  'workshop:update': { input: z.object({ id: Id, draft: WorkshopDraft }), output: Workshop },
  /** Copies the set-up and participants, never the answers. */
  'workshop:duplicate': { input: WorkshopRef, output: Workshop },
  /**
   * From a closed workshop, a draft linked as its follow-up: the same set-up, participants and
   * agenda, dated today, never the answers. The title defaults to "<title> (follow-up)".
   */
  'workshop:planFollowUp': {
    input: WorkshopRef.extend({ title: WorkshopDraft.shape.title.optional() }),
    output: Workshop,
  },
  'workshop:delete': { input: WorkshopRef, output: WorkshopRef },
  /** The demo workshop (fictitious, marked as demonstration data) in `language`; made once. */
  'workshop:openDemo': { input: z.object({ language: Language }), output: Workshop },

  'participant:list': { input: z.object({ workshopId: Id }), output: z.array(Participant) },
  /** Adds one or many participants atomically: either all are stored or none. */
  'participant:add': {
    input: z.object({
      workshopId: Id,
      participants: z
        .array(ParticipantDraft)
        .min(1, 'needs at least one participant')
        .max(200, 'allows at most 200 participants at once'),
    }),
    output: z.array(Participant),
  },
  'participant:update': {
    input: z.object({
      id: Id,
      alias: Alias,
      role: RoleGroupName,
      name: z.string().trim().max(200, 'must be at most 200 characters').optional(),
    }),
    output: Participant,
  },
  'participant:remove': { input: WorkshopRef, output: WorkshopRef },

  /** Scores, factors and findings of the workshop's current data (docs/scoring.md). */
  'workshop:results': { input: WorkshopRef, output: ScoreResultSchema },
  /** The workshop as a workshop file v1 (docs/formats.md). */
  'workshop:exportFile': { input: WorkshopRef, output: WorkshopFile },
  /**
   * A workshop file becomes a new workshop; an invalid file is refused whole, by JSON path. One
   * like a stored workshop (same title and date) is a `conflict` unless `confirmDuplicate`.
   */
  'workshop:importFile': {
    input: z.object({ file: z.unknown(), confirmDuplicate: z.boolean().default(false) }),
    output: Workshop,
  },

  // ── Run: running a workshop live (agenda, timer, capture, evidence, presenter) ──

  /** Opens the run: creates the default agenda the first time and marks the workshop running. */
  'run:start': { input: WorkshopOnly, output: RunView },
  'run:get': { input: WorkshopOnly, output: RunView },
  'run:goto': { input: SectionRef, output: RunView },
  'run:timer': {
    input: SectionRef.extend({ action: z.enum(['start', 'pause', 'reset']) }),
    output: RunView,
  },
  'run:reveal': { input: WorkshopOnly.extend({ revealed: z.boolean() }), output: RunView },
  /** Re-votes a statements section: its answers are captured anew as round 2. */
  'run:revote': { input: SectionRef, output: RunView },
  'run:lock': {
    input: WorkshopOnly.extend({ pin: z.string().regex(PIN_PATTERN, 'must be 4 to 6 digits') }),
    output: RunView,
  },
  'run:unlock': {
    input: WorkshopOnly.extend({ pin: z.string().max(20, 'is too long') }),
    output: RunView,
  },
  /**
   * The workshop in pass-the-laptop private mode, if any, with only what its lock screen shows.
   * While one is locked every other facilitator channel is refused (docs/architecture.md).
   */
  'run:privateMode': {
    input: z.object({}).default({}),
    output: z.object({ lock: PrivateLock.nullable() }),
  },
  /** Marks the workshop closed and stops the clock. */
  'run:close': { input: WorkshopOnly, output: RunView },

  'agenda:move': {
    input: SectionRef.extend({ toIndex: z.number().int().min(0) }),
    output: RunView,
  },
  'agenda:skip': { input: SectionRef.extend({ skipped: z.boolean() }), output: RunView },
  'agenda:add': {
    input: WorkshopOnly.extend({
      title: runText(120).min(1, 'is required'),
      prompt: runText(1000).default(''),
      minutes: SectionMinutes,
      afterSectionId: Id.nullable().default(null),
    }),
    output: RunView,
  },
  /** More (or, negative, less) time for a section; never less than its planned timebox. */
  'agenda:extend': {
    input: SectionRef.extend({ minutes: z.number().int().min(-240).max(240) }),
    output: RunView,
  },
  'agenda:configure': {
    input: SectionRef.extend({
      minutes: SectionMinutes.optional(),
      dimensions: z.array(DimensionSchema).min(1, 'needs at least one dimension').optional(),
    }),
    output: RunView,
  },

  'response:record': { input: ResponseRecordInput, output: SavedResponse },
  'response:clear': { input: ResponseKey, output: ResponseKey.omit({ workshopId: true }) },
  /** Every answer of a round: the facilitator's grid only, never the presenter. */
  'responses:list': {
    input: WorkshopOnly.extend({ round: Round }),
    output: z.array(SavedResponse),
  },

  'note:save': { input: SectionRef.extend({ text: runText(20000) }), output: RunView },

  'comment:add': {
    input: WorkshopOnly.extend({
      sectionId: Id.nullable().default(null),
      text: runText(2000).min(1, 'is required'),
    }),
    output: Comment,
  },
  /** Comments in a stored random order, with no author and no time. */
  'comment:list': { input: WorkshopOnly, output: z.array(Comment) },
  'comment:remove': {
    input: WorkshopOnly.extend({ id: Id }),
    output: z.object({ id: z.string() }),
  },

  'parking:add': {
    input: WorkshopOnly.extend({
      sectionId: Id.nullable().default(null),
      text: runText(500).min(1, 'is required'),
    }),
    output: ParkingItem,
  },
  'parking:list': { input: WorkshopOnly, output: z.array(ParkingItem) },
  'parking:update': {
    input: WorkshopOnly.extend({ id: Id, done: z.boolean() }),
    output: ParkingItem,
  },
  'parking:remove': {
    input: WorkshopOnly.extend({ id: Id }),
    output: z.object({ id: z.string() }),
  },

  'evidence:list': { input: WorkshopOnly, output: Evidence },
  'realityCheck:add': {
    input: WorkshopOnly.extend({ entry: FileRealityCheckEntry }),
    output: RealityCheckRow,
  },
  'realityCheck:update': {
    input: WorkshopOnly.extend({ id: Id, entry: FileRealityCheckEntry }),
    output: RealityCheckRow,
  },
  'realityCheck:remove': {
    input: WorkshopOnly.extend({ id: Id }),
    output: z.object({ id: z.string() }),
  },
  'decision:add': { input: WorkshopOnly.extend({ entry: FileDecisionEntry }), output: DecisionRow },
  'decision:update': {
    input: WorkshopOnly.extend({ id: Id, entry: FileDecisionEntry }),
    output: DecisionRow,
  },
  'decision:remove': {
    input: WorkshopOnly.extend({ id: Id }),
    output: z.object({ id: z.string() }),
  },

  /** Only what the projector may show (DESIGN.md property 8). */
  'presenter:state': { input: WorkshopOnly, output: PresenterState },

  // ── Interventions: recommendations, the agreed action plan, dot votes, follow-up trend ──

  /** Catalogue interventions ranked from the workshop's findings, each naming its findings. */
  'interventions:recommend': { input: z.object({ workshopId: Id }), output: Recommendations },
  'actions:list': { input: z.object({ workshopId: Id }), output: ActionsState },
  /** Adds or updates an action; one per catalogue intervention; deselecting returns its dots. */
  'actions:save': {
    input: ActionDraft,
    output: z.object({ action: Action, vote: VoteState }),
  },
  'actions:remove': {
    input: z.object({ id: Id }),
    output: z.object({ id: Id, vote: VoteState }),
  },
  /** The facilitator's vote grid: the dots placed for participants without a phone. */
  'actions:voteGrid': { input: z.object({ workshopId: Id }), output: VoteGrid },
  /** Places a participant's dots on a chosen action (replacing theirs there), until the reveal. */
  'actions:vote': { input: ActionVote, output: VoteGrid },
  /** Ends the dot vote and shows its tally (when at least k voted); no dot changes after it. */
  'actions:revealVote': { input: z.object({ workshopId: Id }), output: VoteState },
  'actions:configure': {
    input: z.object({ workshopId: Id, votesPerPerson: VotesPerPerson }),
    output: VoteState,
  },
  /** Marks a workshop as the follow-up of an earlier one of the same team (null unlinks). */
  'workshop:linkFollowUp': {
    input: z.object({ id: Id, followsId: Id.nullable() }),
    output: FollowUpLink,
  },
  /** Indices and factors over the chain of linked workshops, and how agreed actions moved. */
  'followup:trend': { input: z.object({ workshopId: Id }), output: Trend },

  // ── Portfolio: several teams of one client side by side (docs/scoring.md, "Portfolio") ──

  /** Client names of the stored workshops, once each, with how many workshops each has. */
  'portfolio:clients': {
    input: z.object({}).default({}),
    output: z.object({
      clients: z.array(
        z.object({
          client: z.string(),
          workshops: z.number().int().positive(),
          /** Every workshop of this client is demonstration data. */
          demo: z.boolean(),
        }),
      ),
    }),
  },
  /** The portfolio of the chosen workshops (1–50 ids) or of every workshop of one client. */
  'portfolio:build': { input: PortfolioSelectionInput, output: PortfolioResultSchema },
  /** The portfolio as one CSV, one row per team and column, in the language asked for. */
  'portfolio:csv': {
    input: PortfolioExportInput,
    output: z.object({ filename: z.string(), text: z.string() }),
  },
  /**
   * The portfolio PDF (decision page first), in the language asked for (English by default);
   * drawn on the heavy-work thread, as 'report:pdf' is.
   */
  'portfolio:pdf': {
    input: PortfolioExportInput,
    output: z.object({ filename: z.string(), base64: z.string() }),
  },

  // ── Backups: rolling copies of the data file, and restoring one ──

  /** The backups folder beside the data file, newest first, with what each holds. */
  'backup:list': { input: z.object({}).default({}), output: z.array(BackupInfo) },
  'backup:now': {
    input: z
      .object({ reason: BackupReason.exclude(['before-restore']).default('manual') })
      .default({ reason: 'manual' }),
    output: BackupInfo,
  },
  /** A backup by its listed name only (never a path); the current data is kept as a backup first. */
  'backup:restore': { input: z.object({ file: BackupName }), output: RestoredBackup },

  // ── Room: in-room devices (phones on the room's network); facilitator side, loopback only ──

  /** The addresses a room may listen on: private IPv4 ones, and loopback for trying it out. */
  'room:interfaces': { input: z.object({}).default({}), output: z.array(RoomInterface) },
  /** Starts the room host on the chosen address only; `starting` until it listens. */
  'room:open': { input: RoomOpenInput, output: RoomStatus },
  'room:status': { input: z.object({}).default({}), output: RoomStatus },
  'room:lock': { input: z.object({ locked: z.boolean() }), output: RoomStatus },
  'room:rotateCode': { input: z.object({}).default({}), output: RoomStatus },
  'room:devices': { input: z.object({ workshopId: Id }), output: z.array(RoomDevice) },
  'room:removeDevice': {
    input: z.object({ workshopId: Id, deviceId: Id }),
    output: z.object({ id: z.string() }),
  },
  /** Phones waiting for the facilitator's say-so, and aliases allowed to one more phone. */
  'room:claims': { input: z.object({ workshopId: Id }), output: RoomClaims },
  /** Lets one phone take an alias that has answers or had a phone (or withdraws that). */
  'room:allowAlias': { input: RoomAllowAliasInput, output: RoomClaims },
  'room:close': { input: z.object({}).default({}), output: RoomStatus },

  // ── Report and CSV export: the executive PDF and the data as CSV ──

  /** The workshop's PDF report (brief: at most three pages), base64, in its language unless given. */
  'report:pdf': {
    input: z.object({
      id: Id,
      flavour: z.enum(['brief', 'full']),
      language: Language.optional(),
    }),
    output: z.object({ filename: z.string(), base64: z.string() }),
  },
  /**
   * One CSV: `answers` (per statement and round, how many gave each answer; no per-person row),
   * `aggregates` (factors, hidden below k), or `answers-by-alias` (the facilitator's identifying
   * export: one row per answer by alias; docs/anonymity.md).
   */
  'export:csv': {
    input: z.object({ id: Id, kind: z.enum(['answers', 'aggregates', 'answers-by-alias']) }),
    output: z.object({ filename: z.string(), text: z.string() }),
  },

  // ── Archive: one workshop as a single `.edw` file (SQLite, optionally passphrase-sealed) ──

  /** The workshop as `.edw` bytes, base64; with a passphrase they are sealed with AES-256-GCM. */
  'archive:export': {
    input: z.object({
      id: Id,
      passphrase: z
        .string()
        .min(8, 'must be at least 8 characters')
        .max(200, 'must be at most 200 characters')
        .optional(),
    }),
    output: z.object({ filename: z.string(), base64: z.string() }),
  },
  /**
   * An archive always becomes a NEW workshop. A same title and date already stored is a
   * `conflict` unless `confirmDuplicate`; refusals carry an issue whose message names the problem.
   */
  'archive:import': {
    input: z.object({
      base64: z
        .string()
        .min(1, 'is required')
        .max(MAX_ARCHIVE_BASE64, 'is larger than an archive may be'),
      passphrase: z.string().max(200, 'must be at most 200 characters').optional(),
      confirmDuplicate: z.boolean().default(false),
    }),
    output: Workshop,
  },
  // ── The client's own statements: kept apart from the instrument, never scored ──

  /** Each statement with its count of stored answers (the set-up panel asks before removing). */
  'clientStatement:list': {
    input: z.object({ workshopId: Id }),
    output: z.array(ListedClientStatementSchema),
  },
  /** Refused (nothing stored) for an 11th statement, an empty or an over-long text. */
  'clientStatement:add': {
    input: z.object({ workshopId: Id, statement: ClientStatementDraft }),
    output: ClientStatementSchema,
  },
  'clientStatement:remove': { input: WorkshopRef, output: WorkshopRef },
  /** One participant's answer; the statement and the participant must be the workshop's. */
  'clientStatement:answer': {
    input: z.object({
      workshopId: Id,
      statementId: Id,
      participantId: Id,
      value: ClientAnswerValue,
    }),
    output: z.object({ statementId: Id, participantId: Id, value: ClientAnswerValue }),
  },
  /** Takes one participant's answer back (the grid's Backspace). */
  'clientStatement:clear': {
    input: z.object({ workshopId: Id, statementId: Id, participantId: Id }),
    output: z.object({ statementId: Id, participantId: Id }),
  },
  /**
   * Every stored answer by participant, for the facilitator's capture grid: the one place a
   * person's answers appear (docs/anonymity.md). Closed in private mode, never served to phones.
   */
  'clientStatement:answers': {
    input: z.object({ workshopId: Id }),
    output: z.array(ClientAnswerSchema),
  },
  /** Each statement with its figures, withheld below the workshop's k. */
  'clientStatement:results': {
    input: z.object({ workshopId: Id }),
    output: z.array(
      z.object({ statement: ClientStatementSchema, summary: ClientStatementSummarySchema }),
    ),
  },

  // ── Agenda templates (per installation; docs/formats.md) ──

  'template:list': { input: z.object({}).default({}), output: z.array(AgendaTemplate) },
  /** The workshop's agenda as it stands (default until its run starts) under a new name. */
  'template:save': {
    input: z.object({ workshopId: Id, name: TemplateName }),
    output: AgendaTemplate,
  },
  'template:rename': { input: z.object({ id: Id, name: TemplateName }), output: AgendaTemplate },
  'template:delete': { input: WorkshopRef, output: WorkshopRef },
  /** A new draft workshop whose agenda is the template's. */
  'template:startWorkshop': {
    input: z.object({ templateId: Id, draft: WorkshopCreate }),
    output: Workshop,
  },
  /** The template file's JSON text. */
  'template:export': {
    input: WorkshopRef,
    output: z.object({ filename: z.string(), text: z.string() }),
  },
  /** A template file's text; refused whole (nothing stored) when it is not a valid one. */
  'template:import': {
    input: z.object({ text: z.string().max(1024 * 1024, 'is larger than a template may be') }),
    output: AgendaTemplate,
  },

  // ── Paper answer sheets: printed per participant, keyed back in sheet order ──

  /** The sections a sheet may hold (the default agenda's before the run starts). */
  'paper:sections': {
    input: z.object({ workshopId: Id }),
    output: z.array(PaperSectionOption),
  },
  /** One sheet to key: by participant and sections, or by its printed code (checked here). */
  'paper:layout': { input: PaperLayoutInput, output: PaperSheet },
  /** Every chosen participant's sheet as one PDF, base64; aliases only, never a name. */
  'paper:sheets': {
    input: PaperSheetsInput,
    output: z.object({ filename: z.string(), base64: z.string() }),
  },

  // ── Branding: the consultant's firm, logo, accent and footer (docs/branding.md) ──

  'branding:get': {
    input: z.object({}).default({}),
    output: z.object({ installation: Branding.nullable() }),
  },
  /** Refused with one issue per problem (accent contrast with its ratio, logo), storing nothing. */
  'branding:save': { input: BrandingInput, output: Branding },
  /** A workshop's own branding (null: it uses the installation's) and what it prints. */
  'branding:workshop': {
    input: z.object({ workshopId: Id }),
    output: z.object({ own: Branding.nullable(), effective: Branding.nullable() }),
  },
  'branding:saveWorkshop': {
    input: z.object({ workshopId: Id, branding: BrandingInput.nullable() }),
    output: z.object({ own: Branding.nullable(), effective: Branding.nullable() }),
  },

  // ── Instrument health: the statements' own consistency across workshops (facilitator only) ──

  /**
   * Per instrument version, each factor's alpha and each statement's item–rest correlation over
   * all stored workshops but the demo, with the people behind each; never part of a report.
   */
  'instrument:health': { input: z.object({}).default({}), output: InstrumentHealth },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a service receives, after parsing. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelOutput<C> };

export function isChannel(value: string): value is Channel {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

/** Largest facilitator request (a whole workshop file); room devices get far less (DESIGN.md). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
