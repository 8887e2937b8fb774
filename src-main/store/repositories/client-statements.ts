import type Database from 'better-sqlite3';
import type {
  ClientAnswer,
  ClientAnswerValue,
  ClientStatement,
} from '../../../shared/client-statements/client-statements';
import { NOT_APPLICABLE } from '../../../shared/instrument/types';
import { prepared } from './statements';

type Db = Database.Database;

interface StatementRow {
  id: string;
  workshop_id: string;
  position: number;
  text: string;
  reversed: number;
}

interface AnswerRow {
  statement_id: string;
  participant_id: string;
  value: number | null;
  not_applicable: number;
}

const toStatement = (row: StatementRow): ClientStatement => ({
  id: row.id,
  workshopId: row.workshop_id,
  position: row.position,
  text: row.text,
  reversed: row.reversed === 1,
});

const toAnswer = (row: AnswerRow): ClientAnswer => ({
  statementId: row.statement_id,
  participantId: row.participant_id,
  value: row.not_applicable === 1 ? NOT_APPLICABLE : (row.value as ClientAnswerValue),
});

/** The workshop's client statements in the order the facilitator added them. */
export function listClientStatements(db: Db, workshopId: string): ClientStatement[] {
  const rows = prepared(
    db,
    `SELECT id, workshop_id, position, text, reversed FROM client_statements
     WHERE workshop_id = ? ORDER BY position, id`,
  ).all(workshopId) as StatementRow[];
  return rows.map(toStatement);
}

export function getClientStatement(db: Db, id: string): ClientStatement | undefined {
  const row = prepared(
    db,
    'SELECT id, workshop_id, position, text, reversed FROM client_statements WHERE id = ?',
  ).get(id) as StatementRow | undefined;
  return row ? toStatement(row) : undefined;
}

/** Appends a statement after the workshop's last one. */
export function insertClientStatement(
  db: Db,
  input: { id: string; workshopId: string; text: string; reversed: boolean; now: string },
): ClientStatement {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(position) + 1, 0) AS next FROM client_statements WHERE workshop_id = ?',
  ).get(input.workshopId) as { next: number };
  prepared(
    db,
    `INSERT INTO client_statements (id, workshop_id, position, text, reversed, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.id, input.workshopId, next, input.text, input.reversed ? 1 : 0, input.now, input.now);
  return {
    id: input.id,
    workshopId: input.workshopId,
    position: next,
    text: input.text,
    reversed: input.reversed,
  };
}

/** Removes a statement and, by cascade, its answers. */
export function deleteClientStatement(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM client_statements WHERE id = ?').run(id).changes === 1;
}

/** Records (or replaces) one participant's answer to one client statement. */
export function setClientAnswer(db: Db, answer: ClientAnswer & { now: string }): void {
  const notApplicable = answer.value === NOT_APPLICABLE;
  prepared(
    db,
    `INSERT INTO client_statement_answers (statement_id, participant_id, value, not_applicable, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (statement_id, participant_id) DO UPDATE
       SET value = excluded.value, not_applicable = excluded.not_applicable,
           updated_at = excluded.updated_at`,
  ).run(
    answer.statementId,
    answer.participantId,
    notApplicable ? null : answer.value,
    notApplicable ? 1 : 0,
    answer.now,
  );
}

/** Takes back an answer (the participant had not answered after all). */
export function clearClientAnswer(db: Db, statementId: string, participantId: string): boolean {
  return (
    prepared(
      db,
      'DELETE FROM client_statement_answers WHERE statement_id = ? AND participant_id = ?',
    ).run(statementId, participantId).changes === 1
  );
}

/** Every answer to the workshop's client statements. */
export function listClientAnswers(db: Db, workshopId: string): ClientAnswer[] {
  const rows = prepared(
    db,
    `SELECT a.statement_id, a.participant_id, a.value, a.not_applicable
     FROM client_statement_answers a JOIN client_statements s ON s.id = a.statement_id
     WHERE s.workshop_id = ? ORDER BY s.position, a.participant_id`,
  ).all(workshopId) as AnswerRow[];
  return rows.map(toAnswer);
}

/** How many answers are stored per statement of the workshop (statements without any left out). */
export function countClientAnswers(db: Db, workshopId: string): Map<string, number> {
  const rows = prepared(
    db,
    `SELECT a.statement_id AS statementId, count(*) AS n
     FROM client_statement_answers a JOIN client_statements s ON s.id = a.statement_id
     WHERE s.workshop_id = ? GROUP BY a.statement_id`,
  ).all(workshopId) as { statementId: string; n: number }[];
  return new Map(rows.map(({ statementId, n }) => [statementId, n]));
}
