import { randomUUID } from 'node:crypto';
import { placeClientStatementsSection } from '../../shared/run/agenda';
import { listAgenda, saveAgenda } from '../store/repositories/agenda';
import { listClientStatements } from '../store/repositories/client-statements';
import { getRunState } from '../store/repositories/run-state';
import type { Db } from './service-deps';

/**
 * Keeps a workshop's agenda in step with its client statements (shared/run/agenda.ts,
 * `placeClientStatementsSection`): a section for them once it has any; while it has none, that
 * section waits in its place, skipped, and comes back unskipped with the next statement, unless
 * the facilitator skipped it themselves. A section is never deleted here, so its place, its time
 * and its note stay the facilitator's. A draft whose agenda is not stored yet is left alone:
 * `run:start` calls this once it has stored one. Call inside the transaction that changed the
 * statements; true when the agenda changed.
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
  // Sections it leaves alone come back as the very same objects.
  const changed =
    placed.length !== agenda.length || placed.some((section, index) => section !== agenda[index]);
  if (!changed) return false;
  saveAgenda(db, workshopId, placed);
  return true;
}
