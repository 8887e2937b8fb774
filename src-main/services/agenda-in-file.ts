import { randomUUID } from 'node:crypto';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { sectionFromPlan } from '../../shared/run/agenda';
import { templateSections } from '../../shared/templates/agenda-template';
import { listAgenda, saveAgenda } from '../store/repositories/agenda';
import { syncClientStatementsSection } from './client-statements-agenda';
import type { Db } from './service-deps';

/*
 * The workshop's agenda in the workshop file: the plan as the facilitator left it (order, kinds,
 * names, planned minutes, what is skipped and whether a client statements section only waits for
 * statements), never the run's timers, extensions or notes. Absent while the run has not started,
 * so such a workshop writes the same file as before.
 */

/** The `agenda` part of a workshop's file, or nothing when its run has not started. */
export function agendaOfFile(db: Db, workshopId: string): Pick<WorkshopFile, 'agenda'> {
  const agenda = listAgenda(db, workshopId);
  if (agenda.length === 0) return {};
  return {
    agenda: templateSections(agenda).map((plan, index) =>
      agenda[index]?.awaitingStatements ? { ...plan, awaitingStatements: true } : plan,
    ),
  };
}

/**
 * Stores a validated file's agenda for an imported workshop, with fresh ids and timers; its
 * client statements must be stored already, so the client statements section is put in step with
 * them as everywhere (`syncClientStatementsSection`).
 */
export function agendaFromFile(db: Db, workshopId: string, file: WorkshopFile): void {
  if (!file.agenda) return;
  saveAgenda(
    db,
    workshopId,
    file.agenda.map((section) => ({
      ...sectionFromPlan(section, randomUUID()),
      skipped: section.skipped,
      awaitingStatements: section.awaitingStatements ?? false,
    })),
  );
  syncClientStatementsSection(db, workshopId);
}
