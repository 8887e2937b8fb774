import { randomBytes, randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import {
  capturesStatements,
  defaultAgenda,
  extendSection,
  insertSection,
  MINUTE_MS,
  moveSection,
  sectionFromPlan,
  setSkipped,
  type AgendaSection,
} from '../../../shared/run/agenda';
import type { RunView } from '../../../shared/run/api';
import { hashPin } from '../../../shared/run/pin';
import {
  isRunning,
  pauseTimer,
  resetTimer,
  startTimer,
  timerOf,
  type TimerState,
} from '../../../shared/run/timer';
import { listAgenda, saveAgenda } from '../../store/repositories/agenda';
import { getRunState, saveRunState, type StoredRunState } from '../../store/repositories/run-state';
import { setWorkshopStatus } from '../../store/repositories/workshops';
import { syncClientStatementsSection } from '../client-statements-agenda';
import { nowIso } from '../service-deps';
import { invalidInput } from '../service-errors';
import { requireWorkshop } from '../workshop-service';
import type { RunContext } from './run-context';

export type RunControlChannel =
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
  | 'agenda:configure';

/** Wrong PINs allowed before private mode refuses every try for a while. */
export const PIN_ATTEMPTS = 5;
export const PIN_BLOCK_MS = 30_000;

function withTimer(section: AgendaSection, timer: TimerState): AgendaSection {
  return { ...section, timerStartedAt: timer.startedAt, timerElapsedMs: timer.elapsedBeforeMs };
}

/** Steering the run: start, move between sections, timers, reveal, re-vote, private mode, close, the agenda. */
export function runControlHandlers(ctx: RunContext): Pick<Handlers, RunControlChannel> {
  const {
    db,
    clock,
    nowMs,
    runStateOf,
    view,
    startedAgenda,
    requireSection,
    commit,
    shownAtReveal,
  } = ctx;
  // Wrong PINs per workshop: the person at the laptop is a participant, so guessing is slowed
  // down. Kept in memory on purpose: reloading the page does not reset it, restarting the app does.
  const pinFailures = new Map<string, { count: number; blockedUntil: number }>();

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

  return {
    'run:start': ({ workshopId }) =>
      commit('run', workshopId, () => {
        const workshop = requireWorkshop(db, workshopId);
        let agenda = listAgenda(db, workshopId);
        if (agenda.length === 0) {
          agenda = defaultAgenda(randomUUID);
          saveAgenda(db, workshopId, agenda);
        }
        // The room is asked the client's own statements exactly when the workshop has some.
        if (syncClientStatementsSection(db, workshopId)) agenda = listAgenda(db, workshopId);
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
      shownAtReveal.delete(workshopId);
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
  };
}
