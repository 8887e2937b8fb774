import { randomBytes, randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { getInstrument, INSTRUMENT, type Instrument } from '../../shared/instrument';
import {
  capturesStatements,
  defaultAgenda,
  extendSection,
  insertSection,
  MINUTE_MS,
  moveSection,
  sectionFromPlan,
  sectionItems,
  setSkipped,
  type AgendaSection,
} from '../../shared/run/agenda';
import { aggregateRound, completedCount, convergence } from '../../shared/run/aggregate';
import type {
  PresenterMapData,
  PresenterState,
  RunView,
  SavedResponse,
} from '../../shared/run/api';
import { scoreWorkshop } from '../../shared/scoring';
import { hashPin } from '../../shared/run/pin';
import {
  isRunning,
  pauseTimer,
  resetTimer,
  startTimer,
  timerOf,
  workshopRemainingMs,
  type TimerState,
} from '../../shared/run/timer';
import { listAgenda, saveAgenda } from '../store/repositories/agenda';
import { deleteComment, insertComment, listComments } from '../store/repositories/comments';
import {
  deleteDecisionEntry,
  deleteRealityCheckEntry,
  insertDecisionEntry,
  insertRealityCheckEntry,
  listDecisionEntries,
  listRealityCheckEntries,
  updateDecisionEntry,
  updateRealityCheckEntry,
  type DecisionEntry,
  type RealityCheckEntry,
} from '../store/repositories/evidence';
import {
  deleteParkingItem,
  insertParkingItem,
  listParkingItems,
  setParkingItemDone,
} from '../store/repositories/parking-lot';
import { getParticipant, listParticipants } from '../store/repositories/participants';
import {
  deleteResponse,
  listResponses,
  recordResponse,
  type AnswerValue,
  type StoredResponse,
} from '../store/repositories/responses';
import {
  getRunState,
  listSectionNotes,
  saveRunState,
  saveSectionNote,
  type StoredRunState,
} from '../store/repositories/run-state';
import {
  setWorkshopStatus,
  touchWorkshop,
  workshopInstrumentVersion,
} from '../store/repositories/workshops';
import { workshopEvents, type EventBus, type WorkshopEvent } from './events';
import { nowIso, type Db, type ServiceDeps } from './service-deps';
import { invalidInput, notFound } from './service-errors';
import { workshopFileFrom } from './workshop-file-service';
import { requireWorkshop } from './workshop-service';

type RunChannel =
  | 'run:start'
  | 'run:get'
  | 'run:goto'
  | 'run:timer'
  | 'run:reveal'
  | 'run:revote'
  | 'run:lock'
  | 'run:unlock'
  | 'run:close'
  | 'agenda:move'
  | 'agenda:skip'
  | 'agenda:add'
  | 'agenda:extend'
  | 'agenda:configure'
  | 'response:record'
  | 'response:clear'
  | 'responses:list'
  | 'note:save'
  | 'comment:add'
  | 'comment:list'
  | 'comment:remove'
  | 'parking:add'
  | 'parking:list'
  | 'parking:update'
  | 'parking:remove'
  | 'evidence:list'
  | 'realityCheck:add'
  | 'realityCheck:update'
  | 'realityCheck:remove'
  | 'decision:add'
  | 'decision:update'
  | 'decision:remove'
  | 'presenter:state';

function savedResponse(response: StoredResponse): SavedResponse {
  return {
    participantId: response.participantId,
    itemId: response.itemId,
    round: response.round,
    value: response.value,
    savedAt: response.updatedAt,
  };
}

function realityRow(entry: RealityCheckEntry) {
  const { workshopId: _workshop, ...row } = entry;
  return row;
}

function decisionRow(entry: DecisionEntry) {
  const { workshopId: _workshop, ...row } = entry;
  return row;
}

function withTimer(section: AgendaSection, timer: TimerState): AgendaSection {
  return { ...section, timerStartedAt: timer.startedAt, timerElapsedMs: timer.elapsedBeforeMs };
}

/** Handlers for the "Run" channels: agenda, timers, capture, evidence, notes and the presenter. */
/** Wrong PINs allowed before private mode refuses every try for a while. */
export const PIN_ATTEMPTS = 5;
export const PIN_BLOCK_MS = 30_000;

export function runHandlers(
  db: Db,
  deps: ServiceDeps,
  events: EventBus = workshopEvents,
): Pick<Handlers, RunChannel> {
  const { clock } = deps;
  const nowMs = () => clock().getTime();
  // Wrong PINs per workshop: the person at the laptop is a participant, so guessing is slowed
  // down. Kept in memory on purpose: reloading the page does not reset it, restarting the app does.
  const pinFailures = new Map<string, { count: number; blockedUntil: number }>();
  // The revealed result per workshop, as the room first saw it (see presenterState).
  const revealed = new Map<
    string,
    { key: string; result?: PresenterState['result']; maps?: PresenterState['maps'] }
  >();

  function instrumentOf(workshopId: string): Instrument {
    return getInstrument(workshopInstrumentVersion(db, workshopId) ?? undefined) ?? INSTRUMENT;
  }

  function runStateOf(workshopId: string): StoredRunState {
    return (
      getRunState(db, workshopId) ?? {
        workshopId,
        currentSectionId: null,
        revealed: false,
        locked: false,
        pinSalt: null,
        pinHash: null,
      }
    );
  }

  function view(workshopId: string, now = nowMs()): RunView {
    const workshop = requireWorkshop(db, workshopId);
    const state = runStateOf(workshopId);
    return {
      workshopId,
      status: workshop.status,
      agenda: listAgenda(db, workshopId),
      state: {
        currentSectionId: state.currentSectionId,
        revealed: state.revealed,
        locked: state.locked,
      },
      notes: listSectionNotes(db, workshopId),
      now,
    };
  }

  /** The started agenda; a run that was never started cannot be steered. */
  function startedAgenda(workshopId: string): AgendaSection[] {
    requireWorkshop(db, workshopId);
    const agenda = listAgenda(db, workshopId);
    if (agenda.length === 0) {
      throw new ApiError('conflict', `The run of workshop ${workshopId} has not been started`);
    }
    return agenda;
  }

  function requireSection(agenda: readonly AgendaSection[], sectionId: string): AgendaSection {
    const section = agenda.find((item) => item.id === sectionId);
    if (!section) throw notFound('section', sectionId);
    return section;
  }

  function emit(type: WorkshopEvent['type'], workshopId: string): void {
    events.publish({ type, workshopId });
  }

  /** Runs `change` in one transaction, then tells listeners (only once it is committed). */
  function commit<T>(type: WorkshopEvent['type'], workshopId: string, change: () => T): T {
    const result = db.transaction(change)();
    emit(type, workshopId);
    return result;
  }

  /** Applies a pure agenda operation and returns the new view. */
  function changeAgenda(
    workshopId: string,
    operation: (agenda: AgendaSection[], now: number) => AgendaSection[],
  ): RunView {
    return commit('run', workshopId, () => {
      const now = nowMs();
      const agenda = operation(startedAgenda(workshopId), now);
      saveAgenda(db, workshopId, agenda);
      return view(workshopId, now);
    });
  }

  function changeState(
    workshopId: string,
    operation: (state: StoredRunState, agenda: AgendaSection[], now: number) => StoredRunState,
  ): RunView {
    return commit('run', workshopId, () => {
      const now = nowMs();
      const agenda = startedAgenda(workshopId);
      saveRunState(db, operation(runStateOf(workshopId), agenda, now), nowIso(clock));
      return view(workshopId, now);
    });
  }

  function mapSection(
    agenda: AgendaSection[],
    id: string,
    change: (section: AgendaSection) => AgendaSection,
  ): AgendaSection[] {
    requireSection(agenda, id);
    return agenda.map((section) => (section.id === id ? change(section) : section));
  }

  /** Moves to a section: the one left pauses, the one entered starts counting. */
  function goTo(
    workshopId: string,
    sectionId: string,
    change?: (s: AgendaSection) => AgendaSection,
  ) {
    return commit('run', workshopId, () => {
      const now = nowMs();
      const state = runStateOf(workshopId);
      let agenda = startedAgenda(workshopId);
      requireSection(agenda, sectionId);
      agenda = agenda.map((section) => {
        if (section.id === sectionId) {
          const entered = change ? change(section) : section;
          return withTimer(entered, startTimer(timerOf(entered), now));
        }
        return isRunning(timerOf(section))
          ? withTimer(section, pauseTimer(timerOf(section), now))
          : section;
      });
      saveAgenda(db, workshopId, agenda);
      saveRunState(db, { ...state, currentSectionId: sectionId, revealed: false }, nowIso(clock));
      return view(workshopId, now);
    });
  }

  function requireMember(channel: string, workshopId: string, participantId: string) {
    const participant = getParticipant(db, participantId);
    if (!participant) throw notFound('participant', participantId);
    if (participant.workshopId !== workshopId) {
      throw invalidInput(channel, [
        { path: 'participantId', message: 'is not a participant of this workshop' },
      ]);
    }
  }

  function requireItem(channel: string, workshopId: string, itemId: string) {
    if (!instrumentOf(workshopId).items.some((item) => item.id === itemId)) {
      throw invalidInput(channel, [
        { path: 'itemId', message: `"${itemId}" is not a statement of this workshop's instrument` },
      ]);
    }
  }

  function requireOwnSection(workshopId: string, sectionId: string | null) {
    if (sectionId === null) return;
    requireSection(listAgenda(db, workshopId), sectionId);
  }

  /**
   * The maps' share of the scored workshop. Scored from the same file as the results screen, so
   * the projector and the screen agree, and after the model's disclosure step, so nothing here
   * describes fewer than k people; of a group only its dimension indices travel.
   */
  function presenterMaps(workshopId: string): PresenterMapData {
    const scored = scoreWorkshop(workshopFileFrom(db, workshopId), instrumentOf(workshopId));
    return {
      anonymityThreshold: scored.anonymityThreshold,
      indices: scored.indices,
      spread: scored.spread,
      groups: scored.groups.map((group) =>
        group.suppressed
          ? { role: group.role, suppressed: true as const }
          : {
              role: group.role,
              suppressed: false as const,
              n: group.n,
              dimensions: group.dimensions.map(({ id, index }) => ({ id, index })),
            },
      ),
      factors: scored.factors,
    };
  }

  function presenterState(workshopId: string): PresenterState {
    const workshop = requireWorkshop(db, workshopId);
    const now = nowMs();
    const agenda = listAgenda(db, workshopId);
    const state = runStateOf(workshopId);
    const active = agenda.filter((section) => !section.skipped);
    const section = agenda.find((item) => item.id === state.currentSectionId) ?? null;
    const k = workshop.anonymityThreshold;
    const base: PresenterState = {
      workshopTitle: workshop.title,
      language: workshop.language,
      instrumentVersion: instrumentOf(workshopId).version,
      k,
      now,
      section: null,
      workshop: {
        remainingMs: workshopRemainingMs(agenda, now),
        running: section !== null && isRunning(timerOf(section)),
      },
      progress: null,
      revealed: false,
      result: null,
      maps: null,
    };
    if (!section) return base;

    const instrument = instrumentOf(workshopId);
    const participants = listParticipants(db, workshopId).map((p) => p.id);
    const all = listResponses(db, workshopId);
    const answersOf = (round: 1 | 2, itemIds: ReadonlySet<string>) =>
      all.filter((answer) => answer.round === round && itemIds.has(answer.itemId));

    const timer = timerOf(section);
    const out: PresenterState = {
      ...base,
      revealed: state.revealed,
      section: {
        id: section.id,
        kind: section.kind,
        title: section.title,
        prompt: section.prompt,
        dimensions: section.dimensions,
        round: section.round,
        position:
          Math.max(
            0,
            active.findIndex((item) => item.id === section.id),
          ) + 1,
        total: active.length,
        timer: {
          durationMs: timer.durationMs,
          startedAt: timer.startedAt,
          elapsedBeforeMs: timer.elapsedBeforeMs,
        },
      },
    };

    const items = section.kind === 'reveal' ? instrument.items : sectionItems(instrument, section);
    const itemIds = new Set(items.map((item) => item.id));
    if (capturesStatements(section)) {
      const answers = answersOf(section.round, itemIds);
      out.progress = {
        participants: participants.length,
        completed: completedCount([...itemIds], answers, participants),
        statements: items.length,
        answers: answers.length,
      };
    }
    if (!state.revealed) {
      revealed.delete(workshopId);
      return out;
    }
    // What the room sees is fixed at the moment of the reveal. Live, each later answer would
    // change the figures on the wall as it arrived, and whoever watched would see what that
    // person answered; revealing again shows the answers given since.
    const key = `${section.id}|${section.round}`;
    const shown = revealed.get(workshopId);
    if (shown?.key === key) {
      if (shown.result) out.result = shown.result;
      if (shown.maps) out.maps = shown.maps;
      return out;
    }
    if (items.length > 0) {
      const round = section.kind === 'reveal' ? 1 : section.round;
      const current = aggregateRound(items, answersOf(round, itemIds), k);
      const previous = round === 2 ? aggregateRound(items, answersOf(1, itemIds), k) : null;
      out.result = {
        round,
        current,
        previous,
        convergence: previous ? convergence(previous.statements, current.statements) : null,
      };
    }
    if (section.kind === 'reveal') out.maps = presenterMaps(workshopId);
    revealed.set(workshopId, {
      key,
      ...(out.result ? { result: out.result } : {}),
      ...(out.maps ? { maps: out.maps } : {}),
    });
    return out;
  }

  return {
    'run:start': ({ workshopId }) =>
      commit('run', workshopId, () => {
        const workshop = requireWorkshop(db, workshopId);
        let agenda = listAgenda(db, workshopId);
        if (agenda.length === 0) {
          agenda = defaultAgenda(randomUUID);
          saveAgenda(db, workshopId, agenda);
        }
        if (!getRunState(db, workshopId)) {
          saveRunState(
            db,
            { ...runStateOf(workshopId), currentSectionId: agenda[0]?.id ?? null },
            nowIso(clock),
          );
        }
        if (workshop.status === 'draft')
          setWorkshopStatus(db, workshopId, 'running', nowIso(clock));
        return view(workshopId);
      }),

    'run:get': ({ workshopId }) => view(workshopId),

    'run:goto': ({ workshopId, sectionId }) => goTo(workshopId, sectionId),

    'run:timer': ({ workshopId, sectionId, action }) =>
      changeAgenda(workshopId, (agenda, now) =>
        mapSection(agenda, sectionId, (section) => {
          const timer = timerOf(section);
          const next =
            action === 'start'
              ? startTimer(timer, now)
              : action === 'pause'
                ? pauseTimer(timer, now)
                : resetTimer(timer);
          return withTimer(section, next);
        }),
      ),

    'run:reveal': ({ workshopId, revealed: show }) => {
      // Every reveal shows the answers as they are now.
      revealed.delete(workshopId);
      return changeState(workshopId, (state) => ({ ...state, revealed: show }));
    },

    'run:revote': ({ workshopId, sectionId }) => {
      const section = requireSection(startedAgenda(workshopId), sectionId);
      if (!capturesStatements(section)) {
        throw invalidInput('run:revote', [
          { path: 'sectionId', message: 'only a section of statements can be re-voted' },
        ]);
      }
      return goTo(workshopId, sectionId, (entered) =>
        entered.round === 2
          ? entered
          : withTimer({ ...entered, round: 2 }, resetTimer(timerOf(entered))),
      );
    },

    'run:lock': ({ workshopId, pin }) =>
      changeState(workshopId, (state) => {
        if (state.locked) {
          throw new ApiError('conflict', 'Private mode is already on; unlock it first');
        }
        const salt = randomBytes(16).toString('hex');
        return { ...state, locked: true, pinSalt: salt, pinHash: hashPin(pin, salt) };
      }),

    'run:unlock': ({ workshopId, pin }) =>
      changeState(workshopId, (state) => {
        if (!state.locked) return state;
        const failures = pinFailures.get(workshopId) ?? { count: 0, blockedUntil: 0 };
        const waitMs = failures.blockedUntil - nowMs();
        if (waitMs > 0) {
          throw new ApiError(
            'conflict',
            `Too many wrong PINs; try again in ${Math.ceil(waitMs / 1000)} seconds.`,
            [{ path: 'pin', message: 'too many wrong PINs' }],
          );
        }
        if (state.pinSalt === null || hashPin(pin, state.pinSalt) !== state.pinHash) {
          const count = failures.count + 1;
          pinFailures.set(workshopId, {
            count,
            blockedUntil: count >= PIN_ATTEMPTS ? nowMs() + PIN_BLOCK_MS : 0,
          });
          throw invalidInput('run:unlock', [{ path: 'pin', message: 'is not the PIN' }]);
        }
        pinFailures.delete(workshopId);
        return { ...state, locked: false, pinSalt: null, pinHash: null };
      }),

    'run:close': ({ workshopId }) =>
      commit('run', workshopId, () => {
        const now = nowMs();
        const agenda = startedAgenda(workshopId).map((section) =>
          withTimer(section, pauseTimer(timerOf(section), now)),
        );
        saveAgenda(db, workshopId, agenda);
        setWorkshopStatus(db, workshopId, 'closed', nowIso(clock));
        return view(workshopId, now);
      }),

    'agenda:move': ({ workshopId, sectionId, toIndex }) =>
      changeAgenda(workshopId, (agenda) => {
        requireSection(agenda, sectionId);
        return moveSection(agenda, sectionId, toIndex);
      }),

    'agenda:skip': ({ workshopId, sectionId, skipped }) =>
      changeAgenda(workshopId, (agenda) => {
        requireSection(agenda, sectionId);
        return setSkipped(agenda, sectionId, skipped);
      }),

    'agenda:add': ({ workshopId, title, prompt, minutes, afterSectionId }) =>
      changeAgenda(workshopId, (agenda) => {
        if (afterSectionId !== null) requireSection(agenda, afterSectionId);
        const section = sectionFromPlan({ kind: 'custom', minutes, title, prompt }, randomUUID());
        return insertSection(agenda, section, afterSectionId);
      }),

    'agenda:extend': ({ workshopId, sectionId, minutes }) =>
      changeAgenda(workshopId, (agenda) => {
        requireSection(agenda, sectionId);
        return extendSection(agenda, sectionId, minutes * MINUTE_MS);
      }),

    'agenda:configure': ({ workshopId, sectionId, minutes, dimensions }) =>
      changeAgenda(workshopId, (agenda) =>
        mapSection(agenda, sectionId, (section) => {
          let next = section;
          if (minutes !== undefined) next = { ...next, timeboxMs: minutes * MINUTE_MS };
          if (dimensions !== undefined) {
            if (
              !capturesStatements(section) ||
              (section.kind === 'statements' && dimensions.length !== 1)
            ) {
              throw invalidInput('agenda:configure', [
                {
                  path: 'dimensions',
                  message:
                    section.kind === 'statements'
                      ? 'a section of statements covers exactly one dimension'
                      : 'only sections of statements cover dimensions',
                },
              ]);
            }
            next = { ...next, dimensions: [...new Set(dimensions)] };
          }
          return next;
        }),
      ),

    'response:record': (input) =>
      commit('response', input.workshopId, () => {
        requireWorkshop(db, input.workshopId);
        requireMember('response:record', input.workshopId, input.participantId);
        requireItem('response:record', input.workshopId, input.itemId);
        const now = nowIso(clock);
        // The contract already bounded the value to 1..5 or null; the table's CHECK holds it too.
        const value = input.value as AnswerValue;
        const stored = recordResponse(db, { ...input, value, now });
        touchWorkshop(db, input.workshopId, now);
        return savedResponse(stored);
      }),

    'response:clear': ({ workshopId, participantId, itemId, round }) =>
      commit('response', workshopId, () => {
        requireWorkshop(db, workshopId);
        requireMember('response:clear', workshopId, participantId);
        requireItem('response:clear', workshopId, itemId);
        if (deleteResponse(db, participantId, itemId, round)) {
          touchWorkshop(db, workshopId, nowIso(clock));
        }
        return { participantId, itemId, round };
      }),

    'responses:list': ({ workshopId, round }) => {
      requireWorkshop(db, workshopId);
      return listResponses(db, workshopId)
        .filter((response) => response.round === round)
        .map(savedResponse);
    },

    'note:save': ({ workshopId, sectionId, text }) =>
      commit('run', workshopId, () => {
        requireSection(startedAgenda(workshopId), sectionId);
        saveSectionNote(db, workshopId, sectionId, text, nowIso(clock));
        return view(workshopId);
      }),

    'comment:add': ({ workshopId, sectionId, text }) =>
      commit('comment', workshopId, () => {
        requireWorkshop(db, workshopId);
        requireOwnSection(workshopId, sectionId);
        return insertComment(db, workshopId, sectionId, text);
      }),

    'comment:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listComments(db, workshopId);
    },

    'comment:remove': ({ workshopId, id }) =>
      commit('comment', workshopId, () => {
        if (!deleteComment(db, workshopId, id)) throw notFound('comment', id);
        return { id };
      }),

    'parking:add': ({ workshopId, sectionId, text }) =>
      commit('parking', workshopId, () => {
        requireWorkshop(db, workshopId);
        requireOwnSection(workshopId, sectionId);
        return insertParkingItem(db, workshopId, sectionId, text);
      }),

    'parking:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return listParkingItems(db, workshopId);
    },

    'parking:update': ({ workshopId, id, done }) =>
      commit('parking', workshopId, () => {
        const item = setParkingItemDone(db, workshopId, id, done);
        if (!item) throw notFound('parking lot topic', id);
        return item;
      }),

    'parking:remove': ({ workshopId, id }) =>
      commit('parking', workshopId, () => {
        if (!deleteParkingItem(db, workshopId, id)) throw notFound('parking lot topic', id);
        return { id };
      }),

    'evidence:list': ({ workshopId }) => {
      requireWorkshop(db, workshopId);
      return {
        realityCheck: listRealityCheckEntries(db, workshopId).map(realityRow),
        decisions: listDecisionEntries(db, workshopId).map(decisionRow),
      };
    },

    'realityCheck:add': ({ workshopId, entry }) =>
      commit('evidence', workshopId, () => {
        requireWorkshop(db, workshopId);
        const row = realityRow(insertRealityCheckEntry(db, workshopId, entry));
        touchWorkshop(db, workshopId, nowIso(clock));
        return row;
      }),

    'realityCheck:update': ({ workshopId, id, entry }) =>
      commit('evidence', workshopId, () => {
        requireOwnEvidence(listRealityCheckEntries(db, workshopId), id, 'Reality Check entry');
        const updated = updateRealityCheckEntry(db, id, entry);
        if (!updated) throw notFound('Reality Check entry', id);
        touchWorkshop(db, workshopId, nowIso(clock));
        return realityRow(updated);
      }),

    'realityCheck:remove': ({ workshopId, id }) =>
      commit('evidence', workshopId, () => {
        requireOwnEvidence(listRealityCheckEntries(db, workshopId), id, 'Reality Check entry');
        deleteRealityCheckEntry(db, id);
        touchWorkshop(db, workshopId, nowIso(clock));
        return { id };
      }),

    'decision:add': ({ workshopId, entry }) =>
      commit('evidence', workshopId, () => {
        requireWorkshop(db, workshopId);
        const row = decisionRow(insertDecisionEntry(db, workshopId, entry));
        touchWorkshop(db, workshopId, nowIso(clock));
        return row;
      }),

    'decision:update': ({ workshopId, id, entry }) =>
      commit('evidence', workshopId, () => {
        requireOwnEvidence(listDecisionEntries(db, workshopId), id, 'Decision Replay entry');
        const updated = updateDecisionEntry(db, id, entry);
        if (!updated) throw notFound('Decision Replay entry', id);
        touchWorkshop(db, workshopId, nowIso(clock));
        return decisionRow(updated);
      }),

    'decision:remove': ({ workshopId, id }) =>
      commit('evidence', workshopId, () => {
        requireOwnEvidence(listDecisionEntries(db, workshopId), id, 'Decision Replay entry');
        deleteDecisionEntry(db, id);
        touchWorkshop(db, workshopId, nowIso(clock));
        return { id };
      }),

    'presenter:state': ({ workshopId }) => presenterState(workshopId),
  };
}

function requireOwnEvidence(entries: readonly { id: string }[], id: string, what: string): void {
  if (!entries.some((entry) => entry.id === id)) throw notFound(what, id);
}
