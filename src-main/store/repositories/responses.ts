import type Database from 'better-sqlite3';
import { NOT_APPLICABLE, type GivenAnswer } from '../../../shared/instrument/types';
import { prepared } from './statements';

type Db = Database.Database;

/**
 * 1..5 on the agreement scale; null is "can't say", which scoring excludes rather than zeroes;
 * `na` is "not applicable to my role", stored as `not_applicable = 1` with no value.
 */
export type AnswerValue = GivenAnswer;
export type Round = 1 | 2;

export interface StoredResponse {
  workshopId: string;
  participantId: string;
  itemId: string;
  round: Round;
  value: AnswerValue;
  updatedAt: string;
}

interface ResponseRow {
  workshop_id: string;
  participant_id: string;
  item_id: string;
  round: number;
  value: number | null;
  not_applicable: number;
  updated_at: string;
}

const COLUMNS = 'workshop_id, participant_id, item_id, round, value, not_applicable, updated_at';

function toResponse(row: ResponseRow): StoredResponse {
  return {
    workshopId: row.workshop_id,
    participantId: row.participant_id,
    itemId: row.item_id,
    // The table's CHECK constraints guarantee these ranges.
    round: row.round as Round,
    value: row.not_applicable === 1 ? NOT_APPLICABLE : (row.value as AnswerValue),
    updatedAt: row.updated_at,
  };
}

export interface ResponseInput {
  workshopId: string;
  participantId: string;
  itemId: string;
  round: Round;
  value: AnswerValue;
  now: string;
}

/** Stores an answer, replacing the participant's earlier answer to the same statement and round. */
export function recordResponse(db: Db, input: ResponseInput): StoredResponse {
  const row = prepared(
    db,
    `INSERT INTO responses
       (workshop_id, participant_id, item_id, round, value, not_applicable, updated_at)
     VALUES (@workshopId, @participantId, @itemId, @round, @value, @notApplicable, @now)
     ON CONFLICT (participant_id, item_id, round)
       DO UPDATE SET value = excluded.value, not_applicable = excluded.not_applicable,
         updated_at = excluded.updated_at
     RETURNING ${COLUMNS}`,
  ).get({
    ...input,
    value: input.value === NOT_APPLICABLE ? null : input.value,
    notApplicable: input.value === NOT_APPLICABLE ? 1 : 0,
  }) as ResponseRow;
  return toResponse(row);
}

/** A workshop's answers ordered by participant position, round, then statement id. */
export function listResponses(db: Db, workshopId: string): StoredResponse[] {
  const rows = prepared(
    db,
    `SELECT r.workshop_id, r.participant_id, r.item_id, r.round, r.value, r.not_applicable,
       r.updated_at
     FROM responses r JOIN participants p ON p.id = r.participant_id
     WHERE r.workshop_id = ?
     ORDER BY p.position, p.rowid, r.round, r.item_id`,
  ).all(workshopId) as ResponseRow[];
  return rows.map(toResponse);
}

/** Forgets one answer (the participant un-answers); false when there was none. */
export function deleteResponse(
  db: Db,
  participantId: string,
  itemId: string,
  round: Round,
): boolean {
  return (
    prepared(
      db,
      'DELETE FROM responses WHERE participant_id = ? AND item_id = ? AND round = ?',
    ).run(participantId, itemId, round).changes === 1
  );
}

/** How many answers a workshop holds, "can't say" and "not applicable" included. */
export function countResponses(db: Db, workshopId: string): number {
  const row = prepared(db, 'SELECT count(*) AS n FROM responses WHERE workshop_id = ?').get(
    workshopId,
  ) as { n: number };
  return row.n;
}
