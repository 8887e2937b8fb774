import type { Handlers } from '../../../shared/api/contract';
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
} from '../../store/repositories/evidence';
import { touchWorkshop } from '../../store/repositories/workshops';
import { nowIso } from '../service-deps';
import { notFound } from '../service-errors';
import { requireWorkshop } from '../workshop-service';
import type { RunContext } from './run-context';

export type EvidenceChannel =
  | 'evidence:list'
  | 'realityCheck:add'
  | 'realityCheck:update'
  | 'realityCheck:remove'
  | 'decision:add'
  | 'decision:update'
  | 'decision:remove';

function realityRow(entry: RealityCheckEntry) {
  const { workshopId: _workshop, ...row } = entry;
  return row;
}

function decisionRow(entry: DecisionEntry) {
  const { workshopId: _workshop, ...row } = entry;
  return row;
}

function requireOwnEvidence(entries: readonly { id: string }[], id: string, what: string): void {
  if (!entries.some((entry) => entry.id === id)) throw notFound(what, id);
}

/** The evidence exercises: Reality Check work items and Decision Replay entries. */
export function evidenceHandlers(ctx: RunContext): Pick<Handlers, EvidenceChannel> {
  const { db, clock, commit } = ctx;
  return {
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
  };
}
