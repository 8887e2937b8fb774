import { randomUUID } from 'node:crypto';
import { placeClientStatementsSection } from '../../shared/run/agenda';
import { listAgenda, saveAgenda } from '../store/repositories/agenda';
import { listClientStatements } from '../store/repositories/client-statements';
import { getRunState } from '../store/repositories/run-state';
import type { Db } from './service-deps';

/**
 * Keeps a workshop's agenda in step with its client statements: a section for them while it has
 * any, none when it has none (shared/run/agenda.ts, `placeClientStatementsSection`). A draft whose
 * agenda is not stored yet is left alone: `run:start` calls this once it has stored one. Call
 * inside the transaction that changed the statements; true when the agenda changed.
 */
export function syncClientStatementsSection(db: Db, workshopId: string): boolean {
  const agenda = listAgenda(db, workshopId);
  if (agenda.length === 0) return false;
  const placed = placeClientStatementsSection(
    agenda,
    listClientStatements(db, workshopId).length > 0,
    randomUUID,
    getRunState(db, workshopId)?.currentSectionId ?? null,
  );
  const same =
    placed.length === agenda.length && placed.every((section, i) => section === agenda[i]);
  if (same) return false;
  saveAgenda(db, workshopId, placed);
  return true;
}
