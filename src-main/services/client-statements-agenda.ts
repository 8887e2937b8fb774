import { randomUUID } from 'node:crypto';
import { placeClientStatementsSection } from '../../shared/run/agenda';
import { deleteSectionWithoutNote, listAgenda, saveAgenda } from '../store/repositories/agenda';
import { listClientStatements } from '../store/repositories/client-statements';
import { getRunState } from '../store/repositories/run-state';
import type { Db } from './service-deps';

/**
 * Keeps a workshop's agenda in step with its client statements: a section for them while it has
 * any, none when it has none (shared/run/agenda.ts, `placeClientStatementsSection`). A draft whose
 * agenda is not stored yet is left alone: `run:start` calls this once it has stored one. A section
 * that goes is deleted, unless the facilitator wrote a note in it: then it stays, skipped, so the
 * note is kept and the run passes it by. Call inside the transaction that changed the statements;
 * true when the agenda changed.
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
  const kept = new Set(placed.map((section) => section.id));
  const gone = agenda.filter((section) => !kept.has(section.id));
  const added = placed.length - (agenda.length - gone.length);
  if (gone.length === 0 && added === 0) return false;
  const noted = new Set(
    gone
      .filter((section) => !deleteSectionWithoutNote(db, workshopId, section.id))
      .map((section) => section.id),
  );
  // Sections only go when none is added; one that kept a note stays where it was, skipped.
  const next =
    gone.length === 0
      ? placed
      : agenda.flatMap((section) =>
          kept.has(section.id)
            ? [section]
            : noted.has(section.id)
              ? [{ ...section, skipped: true }]
              : [],
        );
  saveAgenda(db, workshopId, next);
  return true;
}
