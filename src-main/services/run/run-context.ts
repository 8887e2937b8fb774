import { ApiError } from '../../../shared/api/errors';
import { getInstrument, INSTRUMENT, type Instrument } from '../../../shared/instrument';
import type { AgendaSection } from '../../../shared/run/agenda';
import type { RunView } from '../../../shared/run/api';
import type { ShownAtReveal } from '../../../shared/run/presenter';
import { listAgenda } from '../../store/repositories/agenda';
import {
  getRunState,
  listSectionNotes,
  type StoredRunState,
} from '../../store/repositories/run-state';
import { workshopInstrumentVersion } from '../../store/repositories/workshops';
import type { EventBus, WorkshopEvent } from '../events';
import type { Db, ServiceDeps } from '../service-deps';
import { notFound } from '../service-errors';
import { requireWorkshop } from '../workshop-service';

/**
 * What the run's handlers share: the store, the clock, the event bus and the reads every part
 * needs (the run's state, its view, the started agenda). One context per `runHandlers` call, so
 * the in-memory parts (what the room saw at a reveal) are shared by the parts that change them.
 */
export interface RunContext {
  db: Db;
  clock: ServiceDeps['clock'];
  nowMs: () => number;
  instrumentOf: (workshopId: string) => Instrument;
  runStateOf: (workshopId: string) => StoredRunState;
  view: (workshopId: string, now?: number) => RunView;
  /** The started agenda; a run that was never started cannot be steered. */
  startedAgenda: (workshopId: string) => AgendaSection[];
  requireSection: (agenda: readonly AgendaSection[], sectionId: string) => AgendaSection;
  /** Runs `change` in one transaction, then tells listeners (only once it is committed). */
  commit: <T>(type: WorkshopEvent['type'], workshopId: string, change: () => T) => T;
  /** The revealed result per workshop, as the room first saw it (see the presenter). */
  shownAtReveal: Map<string, ShownAtReveal>;
}

export function createRunContext(db: Db, deps: ServiceDeps, events: EventBus): RunContext {
  const nowMs = () => deps.clock().getTime();

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

  function requireSection(agenda: readonly AgendaSection[], sectionId: string): AgendaSection {
    const section = agenda.find((item) => item.id === sectionId);
    if (!section) throw notFound('section', sectionId);
    return section;
  }

  return {
    db,
    clock: deps.clock,
    nowMs,
    instrumentOf: (workshopId) =>
      getInstrument(workshopInstrumentVersion(db, workshopId) ?? undefined) ?? INSTRUMENT,
    runStateOf,
    view(workshopId, now = nowMs()) {
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
    },
    startedAgenda(workshopId) {
      requireWorkshop(db, workshopId);
      const agenda = listAgenda(db, workshopId);
      if (agenda.length === 0) {
        throw new ApiError('conflict', `The run of workshop ${workshopId} has not been started`);
      }
      return agenda;
    },
    requireSection,
    commit(type, workshopId, change) {
      const result = db.transaction(change)();
      events.publish({ type, workshopId });
      return result;
    },
    shownAtReveal: new Map(),
  };
}
