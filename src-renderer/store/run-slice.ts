import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { ChannelInput } from '../../shared/api/contract';
import type { PrivateLock, Round, RunView, SavedResponse } from '../../shared/run/api';
import { ClientAnswerValue } from '../../shared/client-statements/client-statements';
import type { AppState } from './app-state';

/** An answer as the grid and private mode give it: 1..5, null ("can't say") or "na". */
export type Answer = SavedResponse['value'];

/** One grid cell: `value` undefined = no answer; only `saved` means the store has committed it. */
export interface CellState {
  value: Answer | undefined;
  status: 'saved' | 'saving' | 'error';
  error?: string;
  /** Which local write last touched the cell, so an older list read never overwrites it. */
  serial?: number;
}

/**
 * Which answers a grid writes: a round of the instrument's statements, or the client's own
 * statements (`client`: one round only, stored apart through `clientStatement:*`, never scored).
 */
export type AnswerSet = Round | 'client';

interface Change {
  workshopId: string;
  participantId: string;
  itemId: string;
  round: AnswerSet;
  before: Answer | undefined;
}

/** Run channels whose answer is the whole run view. */
export type RunCommand =
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
  | 'note:save';

export interface RunSlice {
  runViews: Record<string, RunView>;
  /** host clock − this clock, so countdowns agree with the host's timers. */
  runClockOffsetMs: number;
  /** Answers by `${workshopId}:${round or 'client'}`, then by `${participantId}:${itemId}`. */
  runAnswers: Record<string, Record<string, CellState>>;
  runUndo: Change[];
  /** The workshop in private mode as the host last said: undefined until asked, null if none. */
  privateLock: PrivateLock | null | undefined;

  /** Asks the host whether a workshop is in private mode; the newest answer wins. */
  checkPrivateMode(): Promise<PrivateLock | null>;
  /**
   * Records an answer given in private mode; resolves once committed. It bypasses the grid's
   * cache and undo list: the facilitator's Ctrl+Z must never change a participant's answer.
   */
  recordPrivateAnswer(
    workshopId: string,
    participantId: string,
    itemId: string,
    round: Round,
    value: Answer,
    source?: PrivateLock['source'],
  ): Promise<void>;
  startRun(workshopId: string): Promise<RunView>;
  refreshRun(workshopId: string): Promise<RunView>;
  runCommand<C extends RunCommand>(channel: C, input: ChannelInput<C>): Promise<RunView>;
  loadAnswers(workshopId: string, round: AnswerSet): Promise<void>;
  /**
   * Records (a number, null for "can't say" or "na" for not applicable) or clears (undefined)
   * one answer; resolves once committed.
   */
  setAnswer(
    workshopId: string,
    participantId: string,
    itemId: string,
    round: AnswerSet,
    value: Answer | undefined,
  ): Promise<boolean>;
  /** Reverts the last answer changed from this screen; false when there is nothing to undo. */
  undoAnswer(): Promise<boolean>;
}

export const answersKey = (workshopId: string, round: AnswerSet) => `${workshopId}:${round}`;
export const cellKey = (participantId: string, itemId: string) => `${participantId}:${itemId}`;

const UNDO_LIMIT = 200;

/** The live run: agenda, timers, run state and the answers the grid shows. */
export function createRunSlice(api: Api): StateCreator<AppState, [], [], RunSlice> {
  return (set, get) => {
    let writes = 0;
    const keep = (view: RunView) => {
      set((state) => ({
        runViews: { ...state.runViews, [view.workshopId]: view },
        runClockOffsetMs: view.now - Date.now(),
      }));
      return view;
    };

    const setCell = (key: string, cell: string, next: CellState) =>
      set((state) => ({
        runAnswers: { ...state.runAnswers, [key]: { ...state.runAnswers[key], [cell]: next } },
      }));

    async function write(change: Omit<Change, 'before'>, value: Answer | undefined) {
      const key = answersKey(change.workshopId, change.round);
      const cell = cellKey(change.participantId, change.itemId);
      const previous = get().runAnswers[key]?.[cell];
      const serial = ++writes;
      setCell(key, cell, { value, status: 'saving', serial });
      try {
        if (change.round === 'client') {
          const target = {
            workshopId: change.workshopId,
            statementId: change.itemId,
            participantId: change.participantId,
          };
          if (value === undefined) await api.call('clientStatement:clear', target);
          else
            await api.call('clientStatement:answer', {
              ...target,
              value: ClientAnswerValue.parse(value),
            });
        } else {
          const answer = { ...change, round: change.round };
          if (value === undefined) await api.call('response:clear', answer);
          else await api.call('response:record', { ...answer, value });
        }
        // A newer keystroke on the same cell owns it now.
        if (get().runAnswers[key]?.[cell]?.value === value)
          setCell(key, cell, { value, status: 'saved' });
        return {
          ok: true as const,
          before: previous?.status === 'saved' ? previous.value : undefined,
        };
      } catch (error) {
        if (get().runAnswers[key]?.[cell]?.serial === serial) {
          setCell(key, cell, {
            value: previous?.value,
            status: 'error',
            error: error instanceof Error ? error.message : String(error),
            serial,
          });
        }
        return { ok: false as const };
      }
    }

    // A check started later may answer sooner (route change, window focus, a refused call):
    // only the newest one may set the lock, or an old "no lock" could lift a fresh one.
    let lockChecks = 0;

    return {
      runViews: {},
      runClockOffsetMs: 0,
      runAnswers: {},
      runUndo: [],
      privateLock: undefined,

      async checkPrivateMode() {
        const check = ++lockChecks;
        const { lock } = await api.call('run:privateMode', {});
        if (check === lockChecks) {
          set((state) => {
            if (!lock) return { privateLock: null };
            // What the grid had loaded leaves memory too: the lock shows none of it.
            const dropped = new Set(
              ([1, 2, 'client'] as const).map((r) => answersKey(lock.workshopId, r)),
            );
            const runAnswers = Object.fromEntries(
              Object.entries(state.runAnswers).filter(([key]) => !dropped.has(key)),
            );
            return { privateLock: lock, runAnswers };
          });
        }
        return lock;
      },

      async recordPrivateAnswer(workshopId, participantId, itemId, round, value, source) {
        if (source === 'client') {
          await api.call('clientStatement:answer', {
            workshopId,
            statementId: itemId,
            participantId,
            value: ClientAnswerValue.parse(value),
          });
        } else {
          await api.call('response:record', { workshopId, participantId, itemId, round, value });
        }
      },

      startRun: async (workshopId) => keep(await api.call('run:start', { workshopId })),
      refreshRun: async (workshopId) => keep(await api.call('run:get', { workshopId })),
      async runCommand(channel, input) {
        const view = keep((await api.call(channel, input as never)) as RunView);
        if (channel === 'run:lock' || channel === 'run:unlock') await get().checkPrivateMode();
        return view;
      },

      async loadAnswers(workshopId, round) {
        const asOf = writes;
        const saved =
          round === 'client'
            ? (await api.call('clientStatement:answers', { workshopId })).map((answer) => ({
                participantId: answer.participantId,
                itemId: answer.statementId,
                value: answer.value,
              }))
            : await api.call('responses:list', { workshopId, round });
        const key = answersKey(workshopId, round);
        set((state) => {
          const cells: Record<string, CellState> = {};
          for (const answer of saved) {
            cells[cellKey(answer.participantId, answer.itemId)] = {
              value: answer.value,
              status: 'saved',
            };
          }
          // Cells written here since the list was asked for keep what the facilitator typed.
          for (const [cell, current] of Object.entries(state.runAnswers[key] ?? {})) {
            if (current.status === 'saving' || (current.serial ?? 0) > asOf) cells[cell] = current;
          }
          return { runAnswers: { ...state.runAnswers, [key]: cells } };
        });
      },

      async setAnswer(workshopId, participantId, itemId, round, value) {
        const key = answersKey(workshopId, round);
        const current = get().runAnswers[key]?.[cellKey(participantId, itemId)];
        // A cell in error still holds the last committed value, so undo can return to it.
        const before = current?.status === 'saving' ? undefined : current?.value;
        const result = await write({ workshopId, participantId, itemId, round }, value);
        if (result.ok && before !== value) {
          set((state) => ({
            runUndo: [
              ...state.runUndo.slice(-UNDO_LIMIT + 1),
              { workshopId, participantId, itemId, round, before },
            ],
          }));
        }
        return result.ok;
      },

      async undoAnswer() {
        const last = get().runUndo.at(-1);
        if (!last) return false;
        set((state) => ({ runUndo: state.runUndo.slice(0, -1) }));
        const { before, ...change } = last;
        return (await write(change, before)).ok;
      },
    };
  };
}
