import { z } from 'zod';
import { Alias, Id, Language } from '../domain/workshop';
import { AnswerValueInput, GivenAnswerSchema, Round } from '../run/api';
import { SectionKind } from '../run/agenda';

// Room mode: participants answer from their phones over the room's local network.

/** No 0/O, 1/I/L: a code read off a projector is typed right the first time. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
/** Largest request a phone may send (DESIGN.md: 16 KiB). */
export const ROOM_MAX_BODY_BYTES = 16 * 1024;
/** The device cookie's name; its value never appears in a URL or a response body. */
export const DEVICE_COOKIE = 'edw_device';
export const COMMENT_MAX_CHARS = 1000;

const CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A join code as typed: case, spaces and dashes are forgiven, anything else is refused. */
export const JoinCode = z
  .string()
  .max(32, 'must be the 6-character code')
  .transform((text) => text.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(CODE_PATTERN, 'must be the 6-character code shown on the screen'));

/** Random, from the unambiguous alphabet; `randomByte` must be a cryptographic source. */
export function makeJoinCode(randomByte: () => number): string {
  let code = '';
  // Rejection sampling keeps every letter equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  while (code.length < JOIN_CODE_LENGTH) {
    const byte = randomByte();
    if (byte < limit) code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
  }
  return code;
}

// ── Facilitator side (contract channels, loopback only) ──

export const RoomInterface = z.object({
  address: z.string(),
  /** The operating system's name for it (en0, wlan0…). */
  name: z.string(),
  /** `loopback` reaches only this computer: for trying room mode out, never for a room. */
  kind: z.enum(['lan', 'loopback']),
});
export type RoomInterface = z.infer<typeof RoomInterface>;

/** The port room mode tries first, so a room's address stays the same when it is reopened. */
export const DEFAULT_ROOM_PORT = 4790;

export const RoomOpenInput = z.object({
  workshopId: Id,
  address: z.ipv4('must be one of the listed IPv4 addresses'),
  /** 0 lets the system pick; omitted tries the default port, then any free one. */
  port: z.number().int().min(0).max(65535).optional(),
});

export const RoomState = z.enum(['off', 'starting', 'open', 'failed']);
export type RoomState = z.infer<typeof RoomState>;

export const RoomStatus = z.object({
  state: RoomState,
  workshopId: z.string().nullable(),
  url: z.string().nullable(),
  joinCode: z.string().nullable(),
  /** The URL as a QR code, an SVG document (generated on this machine, no network). */
  qrSvg: z.string().nullable(),
  /** Locked: nobody new can join; devices already in keep answering. */
  locked: z.boolean(),
  /** Wrong codes since the code was issued. They never lock the room: only the facilitator does. */
  failedJoins: z.number(),
  /** Addresses made to wait right now after repeated wrong codes (each is slowed alone). */
  slowedAddresses: z.number(),
  devices: z.number(),
  error: z.string().nullable(),
});
export type RoomStatus = z.infer<typeof RoomStatus>;

export const RoomDevice = z.object({
  id: z.string(),
  alias: z.string(),
  joinedAt: z.string(),
  lastSeenAt: z.string(),
});
export type RoomDevice = z.infer<typeof RoomDevice>;

/**
 * The facilitator's say-so for phones: aliases a refused phone asked for, and aliases allowed to
 * one more phone. A phone needs it for an alias that has answers or had a phone before.
 */
export const RoomClaims = z.object({
  requests: z.array(z.object({ alias: z.string(), askedAt: z.string() })),
  allowed: z.array(z.object({ alias: z.string(), until: z.string() })),
});
export type RoomClaims = z.infer<typeof RoomClaims>;

/** `allow: false` withdraws an allowance or dismisses a request. */
export const RoomAllowAliasInput = z.object({ workshopId: Id, alias: Alias, allow: z.boolean() });

// ── Participant side (the room host's routes; never contract channels) ──

export const RoomCodeInput = z.strictObject({ code: JoinCode });
export const RoomJoinInput = z.strictObject({ code: JoinCode, alias: Alias.optional() });
/** A phone-made id for one answer attempt; retries carry the same one. */
export const ClientId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, "-" or "_"');
export const RoomAnswerInput = z.strictObject({
  itemId: Id,
  round: Round,
  value: AnswerValueInput,
  clientId: ClientId,
});
export type RoomAnswerInput = z.infer<typeof RoomAnswerInput>;
export const RoomCommentInput = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(COMMENT_MAX_CHARS, `must be at most ${COMMENT_MAX_CHARS} characters`),
  clientId: ClientId,
});

/** A phone places its dots on one candidate action, replacing its own dots there. */
export const RoomVoteInput = z.strictObject({
  actionId: Id,
  dots: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(20, 'must be at most 20'),
});
export type RoomVoteInput = z.infer<typeof RoomVoteInput>;

/**
 * The dot vote as a phone sees it while the Interventions section is on: the candidates, its
 * dots per person and its own dots, never anyone else's and never a tally.
 */
export const RoomVote = z.object({
  /** Dots may be placed and moved while true: the section is on and the vote not revealed. */
  open: z.boolean(),
  votesPerPerson: z.number().int(),
  actions: z.array(z.object({ id: z.string(), title: z.string() })),
  /** This phone's own dots per action (actions without any are left out). */
  mine: z.record(z.string(), z.number().int().nonnegative()),
});
export type RoomVote = z.infer<typeof RoomVote>;

export const RoomAliases = z.object({ aliases: z.array(z.string()) });
export const RoomJoined = z.object({ alias: z.string() });

/** What a phone may see: the current section, its statements and this device's own answers. */
export const RoomView = z.object({
  alias: z.string(),
  /** The language of the texts below: the phone's choice (`?lang=`), else the workshop's. */
  language: Language,
  /** The workshop's own language, which a phone shows until it picks another. */
  workshopLanguage: Language,
  workshopTitle: z.string(),
  section: z
    .object({
      id: z.string(),
      kind: SectionKind,
      /** The facilitator's own words for custom sections; empty for the app's sections. */
      title: z.string(),
      prompt: z.string(),
      dimensions: z.array(z.string()),
      round: Round,
      /** Answers are accepted (and may be changed) while true. */
      open: z.boolean(),
      statements: z.array(z.object({ id: z.string(), text: z.string() })),
    })
    .nullable(),
  /** The dot vote, during an Interventions section; null otherwise. */
  vote: RoomVote.nullable(),
  /** The answers this device recorded to the section's statements in its round, and no others. */
  answers: z.record(z.string(), GivenAnswerSchema),
});
export type RoomView = z.infer<typeof RoomView>;

export const RoomAnswerSaved = z.object({
  itemId: z.string(),
  round: Round,
  value: GivenAnswerSchema,
  clientId: z.string(),
});
export type RoomAnswerSaved = z.infer<typeof RoomAnswerSaved>;

/** Why the room host refused; the phone shows each in the workshop's language. */
export const ROOM_ERROR_CODES = [
  'invalid_input',
  'wrong_code',
  'room_locked',
  'room_closed',
  'not_joined',
  'alias_taken',
  'unknown_alias',
  /** The alias has answers or had a phone before: the facilitator must allow this phone. */
  'ask_facilitator',
  'no_free_alias',
  /** A statement answered through another channel; only an allowed phone may replace it. */
  'answered_elsewhere',
  'section_closed',
  /** The dot vote is not taking dots: its section is not on, or it was revealed. */
  'vote_closed',
  'unknown_action',
  /** More dots than the person has (or than this action may take with the others placed). */
  'too_many_dots',
  /** Dots were placed for this alias by the facilitator; only an allowed phone may replace them. */
  'voted_elsewhere',
  'too_many_attempts',
  'too_large',
  'not_found',
  'wrong_host',
  'internal',
] as const;
export type RoomErrorCode = (typeof ROOM_ERROR_CODES)[number];
export const RoomError = z.object({
  code: z.enum(ROOM_ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type RoomError = z.infer<typeof RoomError>;
