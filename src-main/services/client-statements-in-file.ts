import { randomUUID } from 'node:crypto';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import {
  insertClientStatement,
  listClientAnswers,
  listClientStatements,
  setClientAnswer,
} from '../store/repositories/client-statements';
import type { Db } from './service-deps';

/*
 * The client's own statements in the workshop file (format version 3): statement ids "c1", "c2"…
 * by position, answers under the file's participant ids. Absent when there are none, so a
 * workshop without them writes the same file as before.
 */

/** The `clientStatements` part of a workshop's file, or nothing when it has none. */
export function clientStatementsOfFile(
  db: Db,
  workshopId: string,
  fileIdOf: (participantId: string) => string,
): Pick<WorkshopFile, 'clientStatements'> {
  const statements = listClientStatements(db, workshopId);
  if (statements.length === 0) return {};
  const answers = listClientAnswers(db, workshopId);
  return {
    clientStatements: statements.map((statement, index) => ({
      id: `c${index + 1}`,
      text: statement.text,
      reversed: statement.reversed,
      answers: answers
        .filter((answer) => answer.statementId === statement.id)
        .map((answer) => ({ participant: fileIdOf(answer.participantId), value: answer.value }))
        .sort((a, b) => a.participant.localeCompare(b.participant, 'en', { numeric: true })),
    })),
  };
}

/** Stores a validated file's client statements and answers under the imported participants. */
export function clientStatementsFromFile(
  db: Db,
  workshopId: string,
  file: WorkshopFile,
  participantIds: ReadonlyMap<string, string>,
  now: string,
): void {
  for (const entry of file.clientStatements ?? []) {
    const statement = insertClientStatement(db, {
      id: randomUUID(),
      workshopId,
      text: entry.text,
      reversed: entry.reversed,
      now,
    });
    for (const answer of entry.answers) {
      const participantId = participantIds.get(answer.participant);
      // validateWorkshopFile has refused unknown participants; this guards later edits.
      if (participantId === undefined)
        throw new Error(`Unmapped participant ${answer.participant}`);
      setClientAnswer(db, { statementId: statement.id, participantId, value: answer.value, now });
    }
  }
}
