import { z } from 'zod';
import {
  Id,
  Participant,
  ParticipantDraft,
  Workshop,
  WorkshopDraft,
  Alias,
  RoleGroupName,
} from '../domain/workshop';
import { WorkshopFile } from '../format/workshop-file';
import { ScoreResultSchema } from '../scoring/result';

const WorkshopRef = z.object({ id: Id });

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
export const contract = {
  'app:info': { input: z.object({}).default({}), output: AppInfo },

  /** Workshops, newest first, optionally filtered by text over title, client, team and facilitator. */
  'workshop:list': {
    input: z.object({ query: z.string().max(200, 'must be at most 200 characters').default('') }),
    output: z.array(Workshop),
  },
  'workshop:get': { input: WorkshopRef, output: Workshop },
  'workshop:create': { input: WorkshopDraft, output: Workshop },
  'workshop:update': { input: z.object({ id: Id, draft: WorkshopDraft }), output: Workshop },
  /** Copies the set-up and participants, never the answers. */
  'workshop:duplicate': { input: WorkshopRef, output: Workshop },
  'workshop:delete': { input: WorkshopRef, output: WorkshopRef },

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
  /** A workshop file becomes a new workshop; an invalid file is refused whole, by JSON path. */
  'workshop:importFile': { input: z.object({ file: z.unknown() }), output: Workshop },
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
