import { createHash, randomBytes } from 'node:crypto';
import { contract } from '../../shared/api/contract';
import { ApiError, issuesFromZod, type FieldIssue } from '../../shared/api/errors';
import { getInstrument, INSTRUMENT, type Instrument } from '../../shared/instrument';
import type { GivenAnswer } from '../../shared/instrument/types';
import {
  capturesClientStatements,
  capturesStatements,
  sectionItems,
  type AgendaSection,
} from '../../shared/run/agenda';
import type {
  RoomAnswerInput,
  RoomAnswerSaved,
  RoomErrorCode,
  RoomView,
  RoomVote,
  RoomVoteInput,
} from '../../shared/room/schemas';
import type { z } from 'zod';
import { clientStatementHandlers } from '../services/client-statement-service';
import { workshopEvents, type EventBus } from '../services/events';
import { runHandlers } from '../services/run-service';
import { nowIso, type Db, type ServiceDeps } from '../services/service-deps';
import { requireWorkshop } from '../services/workshop-service';
import {
  answeredElsewhere,
  answersOfDevice,
  claimCommentReceipt,
  findAnswerReceipt,
  findRoomDeviceByToken,
  freeParticipants,
  insertAnswerReceipt,
  insertRoomDevice,
  needsAllowance,
  participantByAlias,
  setAnswerOwner,
  touchRoomDevice,
  untouchedParticipants,
  type RoomDeviceRecord,
} from '../store/repositories/room-devices';
import { listClientStatements } from '../store/repositories/client-statements';
import {
  clientAnsweredElsewhere,
  clientAnswersOfDevice,
  setClientAnswerOwner,
} from '../store/repositories/room-client-answers';
import { workshopInstrumentVersion } from '../store/repositories/workshops';
import type { AliasAllowances } from './alias-allowances';
import { placeRoomDots, roomVoteView, voteSectionOn } from './room-votes';
import type { Branding } from '../../shared/branding/branding';
import type { Language } from '../../shared/domain/workshop';
import { brandingFor } from '../store/repositories/branding';

/** A refusal a phone is shown; `status` is the HTTP status the room host answers with. */
export class RoomRefusal extends Error {
  constructor(
    readonly code: RoomErrorCode,
    readonly status: number,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'RoomRefusal';
  }
}

/** 128 random bits, hex: what the device cookie holds. */
export function newDeviceToken(): string {
  return randomBytes(16).toString('hex');
}

/** Only the hash is stored, so the data file alone cannot be used to answer as someone. */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(`edw-device:${token}`).digest('hex');
}

const TOKEN_PATTERN = /^[0-9a-f]{32}$/;
const TOUCH_EVERY_MS = 30_000;

/** What a phone can do once the room host has checked its request: join, read, answer, comment. */
export interface RoomParticipants {
  /** Every alias no active device holds: the same list whether or not answers are stored. */
  freeAliases(workshopId: string): string[];
  /**
   * Gives a new device an alias. An alias with stored answers, or one a device held before, needs
   * the facilitator's allowance; without one the refusal is the same for both reasons and the
   * request shows on the facilitator's screen. With no alias, one that needs no allowance is
   * picked at random, so which one comes back says nothing about the others.
   */
  join(
    workshopId: string,
    alias: string | undefined,
    allowances: AliasAllowances,
  ): { token: string; alias: string };
  /** The active device holding `token` in this workshop; a refusal otherwise. */
  device(workshopId: string, token: string | undefined): RoomDeviceRecord;
  /** The phone's view, its texts in `language` (the phone's choice), else the workshop's. */
  view(device: RoomDeviceRecord, language?: Language): RoomView;
  /** The consultant's branding of the device's workshop, for the phone's header. */
  brand(device: RoomDeviceRecord): Branding | null;
  answer(device: RoomDeviceRecord, input: RoomAnswerInput): RoomAnswerSaved;
  comment(device: RoomDeviceRecord, input: { text: string; clientId: string }): { saved: true };
  /** Places this device's dots on one candidate action; returns all of this device's dots. */
  vote(device: RoomDeviceRecord, input: RoomVoteInput): { mine: RoomVote['mine'] };
  /** Runs `work` in one transaction: answers arriving together share one durable commit. */
  together<T>(work: () => T): T;
}

function fromApiError(error: unknown): never {
  if (error instanceof ApiError) {
    const status = error.code === 'not_found' ? 404 : error.code === 'conflict' ? 409 : 400;
    const code: RoomErrorCode = error.code === 'not_found' ? 'not_found' : 'invalid_input';
    throw new RoomRefusal(code, status, error.message, error.issues);
  }
  throw error;
}

interface CurrentSection {
  section: AgendaSection | null;
  open: boolean;
  /** The workshop's run is on (the dot vote needs it as answers do). */
  running: boolean;
}

/** Uniform in [0, n): which free alias a phone gets must not follow the list's order. */
function randomIndex(n: number): number {
  return randomBytes(4).readUInt32BE(0) % n;
}

/** Parses with a contract channel's own schema, exactly as `dispatch` would. */
function parseFor<S extends z.ZodType>(schema: S, channel: string, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    const first = issues[0];
    throw new RoomRefusal(
      'invalid_input',
      400,
      `Invalid input for ${channel}: ${first ? `${first.path}: ${first.message}` : 'rejected'}`,
      issues,
    );
  }
  return parsed.data;
}

/**
 * The participant side of room mode, over the same services as the facilitator: answers go
 * through the run service's `response:record` and comments through `comment:add`, so validation
 * and live events are identical whichever channel captured them.
 */
export function roomParticipants(db: Db, deps: ServiceDeps, events?: EventBus): RoomParticipants {
  const bus = events ?? workshopEvents;
  const run = runHandlers(db, deps, bus);
  const client = clientStatementHandlers(db, deps, bus);
  const now = () => nowIso(deps.clock);

  // The current section is read on every answer, but it changes only with the run (goto, reveal,
  // agenda edits, start and close), and every such change publishes a 'run' event once committed.
  // So it is kept per workshop and dropped on those events, instead of re-reading the whole run
  // view (agenda, notes, state) for each answer.
  const sections = new Map<string, CurrentSection>();
  bus.subscribe((event) => {
    if (event.type === 'run') sections.delete(event.workshopId);
  });

  function currentSection(workshopId: string): CurrentSection {
    const known = sections.get(workshopId);
    if (known) return known;
    let view;
    try {
      view = run['run:get']({ workshopId });
    } catch (error) {
      return fromApiError(error);
    }
    const section = view.agenda.find((item) => item.id === view.state.currentSectionId) ?? null;
    const open =
      section !== null &&
      view.status === 'running' &&
      !section.skipped &&
      !view.state.revealed &&
      (capturesStatements(section) || capturesClientStatements(section));
    const current = { section, open, running: view.status === 'running' };
    sections.set(workshopId, current);
    return current;
  }

  // A workshop deleted while its room is open closes the room for phones: a clear refusal, not a 500.
  function roomWorkshop(workshopId: string) {
    try {
      return requireWorkshop(db, workshopId);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') {
        throw new RoomRefusal(
          'room_closed',
          410,
          'This workshop is no longer on this computer: the room is closed.',
        );
      }
      throw error;
    }
  }

  // One transaction function for every use: better-sqlite3 makes a new wrapper (and its four
  // variants) for each `db.transaction(fn)`, and answers call it twice per request. Called inside
  // another transaction it takes a savepoint, as a fresh one would.
  const inTransaction = db.transaction((work: () => unknown) => work());
  function atomically<T>(work: () => T): T {
    return inTransaction(work) as T;
  }

  // The statement ids of a cached section, kept as long as the section object is (a run event
  // replaces it), so an answer looks its statement up instead of listing the section again.
  const statementIds = new WeakMap<AgendaSection, { instrument: Instrument; ids: Set<string> }>();
  function statementIdsOf(instrument: Instrument, section: AgendaSection): Set<string> {
    const known = statementIds.get(section);
    if (known && known.instrument === instrument) return known.ids;
    const ids = new Set(sectionItems(instrument, section).map((item) => item.id));
    statementIds.set(section, { instrument, ids });
    return ids;
  }

  function instrumentOf(workshopId: string) {
    return getInstrument(workshopInstrumentVersion(db, workshopId) ?? undefined) ?? INSTRUMENT;
  }

  /**
   * A phone's answer to one of the client's own statements, inside `answer`'s transaction: the
   * same rules as the instrument's (its own answers only, receipts for retries), stored apart
   * through the client statement service, so nothing that scores reads it.
   */
  function answerClient(device: RoomDeviceRecord, input: RoomAnswerInput): RoomAnswerSaved {
    const listed = listClientStatements(db, device.workshopId).some(
      (statement) => statement.id === input.itemId,
    );
    if (!listed) {
      throw new RoomRefusal(
        'invalid_input',
        400,
        `itemId: "${input.itemId}" is not a statement of the current section`,
        [{ path: 'itemId', message: 'is not a statement of the current section' }],
      );
    }
    const key = { statementId: input.itemId, participantId: device.participantId };
    if (device.allowedAt === null && clientAnsweredElsewhere(db, key, device.id)) {
      throw new RoomRefusal(
        'answered_elsewhere',
        409,
        'This statement was answered for your alias on another channel; ask the facilitator.',
      );
    }
    const record = parseFor(contract['clientStatement:answer'].input, 'clientStatement:answer', {
      workshopId: device.workshopId,
      ...key,
      value: input.value,
    });
    let saved;
    try {
      saved = client['clientStatement:answer'](record);
    } catch (error) {
      return fromApiError(error);
    }
    setClientAnswerOwner(db, { ...key, deviceId: device.id });
    insertAnswerReceipt(db, {
      participantId: device.participantId,
      clientId: input.clientId,
      itemId: input.itemId,
      round: input.round,
    });
    return {
      itemId: saved.statementId,
      round: input.round,
      value: saved.value,
      clientId: input.clientId,
    };
  }

  return {
    together(work) {
      return atomically(work);
    },

    freeAliases(workshopId) {
      roomWorkshop(workshopId);
      return freeParticipants(db, workshopId).map((p) => p.alias);
    },

    join(workshopId, alias, allowances) {
      return db.transaction(() => {
        roomWorkshop(workshopId);
        let chosen: { id: string; alias: string } | undefined;
        let allowed = false;
        if (alias === undefined) {
          const open = untouchedParticipants(db, workshopId);
          chosen = open.length > 0 ? open[randomIndex(open.length)] : undefined;
          if (!chosen) {
            throw new RoomRefusal(
              'no_free_alias',
              409,
              'No alias is free for a new phone; pick yours from the list or ask the facilitator.',
            );
          }
        } else {
          const found = participantByAlias(db, workshopId, alias);
          if (!found) {
            throw new RoomRefusal(
              'unknown_alias',
              404,
              `There is no "${alias}" in this workshop; pick an alias from the list.`,
              [{ path: 'alias', message: 'is not an alias of this workshop' }],
            );
          }
          if (found.held) {
            throw new RoomRefusal(
              'alias_taken',
              409,
              `Another phone already has "${found.alias}"; pick another one or ask the facilitator.`,
            );
          }
          if (needsAllowance(db, found.id)) {
            if (!allowances.has(found.id)) {
              allowances.requested(found);
              // One message whether the alias has answers or only had a phone: the refusal must
              // not tell a curious participant which aliases have answered.
              throw new RoomRefusal(
                'ask_facilitator',
                403,
                `A phone can take "${found.alias}" only with the facilitator's allowance: ask the facilitator to allow it, then pick "${found.alias}" again.`,
              );
            }
            allowed = true;
          }
          chosen = found;
        }
        const token = newDeviceToken();
        insertRoomDevice(db, {
          tokenHash: hashDeviceToken(token),
          workshopId,
          participantId: chosen.id,
          now: now(),
          allowed,
        });
        if (allowed) allowances.use(chosen.id);
        return { token, alias: chosen.alias };
      })();
    },

    device(workshopId, token) {
      const device =
        token !== undefined && TOKEN_PATTERN.test(token)
          ? findRoomDeviceByToken(db, hashDeviceToken(token))
          : undefined;
      if (!device || device.workshopId !== workshopId) {
        throw new RoomRefusal('not_joined', 401, 'This device has not joined the room.');
      }
      if (device.removedAt !== null) {
        throw new RoomRefusal(
          'not_joined',
          401,
          'The facilitator removed this device from the room.',
        );
      }
      // Last seen is for the facilitator's list; a write per request would cost a sync each.
      const seen = deps.clock().getTime();
      if (seen - Date.parse(device.lastSeenAt) > TOUCH_EVERY_MS) {
        touchRoomDevice(db, device.id, now());
      }
      return device;
    },

    brand(device) {
      return brandingFor(db, device.workshopId) ?? null;
    },

    view(device, language) {
      const stored = roomWorkshop(device.workshopId);
      // A phone may read in its own language; its answers are to the same statement ids.
      const workshop = { ...stored, language: language ?? stored.language };
      const { section, open, running } = currentSection(device.workshopId);
      if (!section) {
        return {
          alias: device.alias,
          language: workshop.language,
          workshopLanguage: stored.language,
          workshopTitle: workshop.title,
          section: null,
          vote: null,
          answers: {},
        };
      }
      const asksClient = capturesClientStatements(section);
      // The client's own statements are typed in the workshop's language; the instrument's are
      // given in it.
      const statements = asksClient
        ? listClientStatements(db, device.workshopId).map(({ id, text }) => ({ id, text }))
        : sectionItems(instrumentOf(device.workshopId), section).map((item) => ({
            id: item.id,
            text: item.text[workshop.language],
          }));
      const wanted = new Set(statements.map((statement) => statement.id));
      const answers: Record<string, GivenAnswer> = {};
      // Only what this device recorded: never the grid's, private mode's or another phone's.
      const own = asksClient
        ? clientAnswersOfDevice(db, device.id).map((a) => ({
            itemId: a.statementId,
            value: a.value,
          }))
        : answersOfDevice(db, device.id, section.round);
      for (const answer of own) {
        if (wanted.has(answer.itemId)) answers[answer.itemId] = answer.value;
      }
      return {
        alias: device.alias,
        language: workshop.language,
        workshopLanguage: stored.language,
        workshopTitle: workshop.title,
        section: {
          id: section.id,
          kind: section.kind,
          title: section.kind === 'custom' ? section.title : '',
          prompt: section.kind === 'custom' ? section.prompt : '',
          dimensions: [...section.dimensions],
          round: section.round,
          open,
          statements,
        },
        vote: roomVoteView(db, device, section, running),
        answers,
      };
    },

    answer(device, input) {
      return atomically((): RoomAnswerSaved => {
        const receipt = findAnswerReceipt(db, device.participantId, input.clientId);
        if (receipt) {
          if (receipt.itemId !== input.itemId || receipt.round !== input.round) {
            throw new RoomRefusal(
              'invalid_input',
              400,
              'clientId: was already used for another statement',
              [{ path: 'clientId', message: 'was already used for another statement' }],
            );
          }
          // A retry of an attempt already applied: acknowledged, not applied again.
          return { ...input };
        }
        const { section, open } = currentSection(device.workshopId);
        if (!section || !open) {
          throw new RoomRefusal(
            'section_closed',
            409,
            'The facilitator has closed this section; answers are no longer taken.',
          );
        }
        if (input.round !== section.round) {
          throw new RoomRefusal(
            'section_closed',
            409,
            `This section is taking round ${section.round}.`,
          );
        }
        if (capturesClientStatements(section)) return answerClient(device, input);
        const inSection = statementIdsOf(instrumentOf(device.workshopId), section).has(
          input.itemId,
        );
        if (!inSection) {
          throw new RoomRefusal(
            'invalid_input',
            400,
            `itemId: "${input.itemId}" is not a statement of the current section`,
            [{ path: 'itemId', message: 'is not a statement of the current section' }],
          );
        }
        const key = {
          participantId: device.participantId,
          itemId: input.itemId,
          round: input.round,
        };
        // An answer another channel stored is not this phone's to change, unless the facilitator
        // let this phone take the alias over (then its answers replace the stored ones).
        if (device.allowedAt === null && answeredElsewhere(db, key, device.id)) {
          throw new RoomRefusal(
            'answered_elsewhere',
            409,
            'This statement was answered for your alias on another channel; ask the facilitator.',
          );
        }
        const record = parseFor(contract['response:record'].input, 'response:record', {
          workshopId: device.workshopId,
          participantId: device.participantId,
          itemId: input.itemId,
          round: input.round,
          value: input.value,
        });
        let saved;
        try {
          saved = run['response:record'](record);
        } catch (error) {
          return fromApiError(error);
        }
        setAnswerOwner(db, { ...key, deviceId: device.id });
        insertAnswerReceipt(db, {
          participantId: device.participantId,
          clientId: input.clientId,
          itemId: input.itemId,
          round: input.round,
        });
        return {
          itemId: saved.itemId,
          round: saved.round,
          value: saved.value,
          clientId: input.clientId,
        };
      });
    },

    vote(device, input) {
      const mine = atomically(() => {
        const { section, running } = currentSection(device.workshopId);
        return placeRoomDots(db, device, input, voteSectionOn(section, running));
      });
      // Only the count of voters can change on the screens; nothing is sent to phones.
      bus.publish({ type: 'vote', workshopId: device.workshopId });
      return { mine };
    },

    comment(device, input) {
      return db.transaction(() => {
        const claim = createHash('sha256')
          .update(`edw-comment:${device.workshopId}:${input.clientId}`)
          .digest('hex');
        if (!claimCommentReceipt(db, claim)) return { saved: true as const };
        const { section } = currentSection(device.workshopId);
        const parsed = parseFor(contract['comment:add'].input, 'comment:add', {
          workshopId: device.workshopId,
          sectionId: section?.id ?? null,
          text: input.text,
        });
        try {
          run['comment:add'](parsed);
        } catch (error) {
          return fromApiError(error);
        }
        return { saved: true as const };
      })();
    },
  };
}
