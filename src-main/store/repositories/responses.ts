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

/**
 * Walks a workshop's answers participant by participant (their own answers are one range of the
 * table's primary key), rather than through the by-workshop index, which costs a second lookup
 * and a participant lookup per answer. The composite foreign key keeps every answer inside its
 * participant's workshop, so starting from the workshop's participants finds all of them.
 */
const BY_PARTICIPANT = `FROM participants p CROSS JOIN responses r ON r.participant_id = p.id
     WHERE p.workshop_id = ?
     ORDER BY p.position, p.rowid, r.round, r.item_id`;

/** A workshop's answers ordered by participant position, round, then statement id. */
export function listResponses(db: Db, workshopId: string): StoredResponse[] {
  const rows = prepared(
    db,
    `SELECT r.workshop_id, r.participant_id, r.item_id, r.round, r.value, r.not_applicable,
       r.updated_at
     ${BY_PARTICIPANT}`,
  ).all(workshopId) as ResponseRow[];
  return rows.map(toResponse);
}

/** An answer as a workshop file and scoring need it: who, which statement, which round, what. */
export interface GivenResponse {
  participantId: string;
  itemId: string;
  round: Round;
  value: AnswerValue;
}

/** Between a statement id and its value, and between answers, in `listGivenResponses`' read. */
const FIELD = '\u001f';
const ANSWER = '\u001e';

/** A value as `listGivenResponses` reads it: "" can't say, "n" not applicable, else 1..5. */
function givenValue(code: string): AnswerValue {
  if (code === '') return null;
  if (code === 'n') return NOT_APPLICABLE;
  // The table's CHECK constraint keeps the value in 1..5.
  return Number(code) as AnswerValue;
}

/**
 * `listResponses` without the workshop id and times, in the same order: what every scoring of a
 * stored workshop reads (results, reports, the portfolio). SQLite joins each person's answers of
 * a round into one text, so JavaScript gets one value per person and round instead of five per
 * answer, which more than halves the read of a portfolio of twenty rooms. The separators are
 * control characters, which no statement id holds: only the instrument's ids are ever stored.
 */
export function listGivenResponses(db: Db, workshopId: string): GivenResponse[] {
  const rows = prepared(
    db,
    `SELECT r.participant_id, r.round,
       group_concat(r.item_id || char(31) ||
         CASE WHEN r.not_applicable = 1 THEN 'n' ELSE coalesce(r.value, '') END,
         char(30) ORDER BY r.item_id)
     FROM participants p CROSS JOIN responses r ON r.participant_id = p.id
     WHERE p.workshop_id = ?
     GROUP BY p.position, p.rowid, r.round
     ORDER BY p.position, p.rowid, r.round`,
  )
    .raw(true)
    .all(workshopId) as [participantId: string, round: number, answers: string][];
  const given: GivenResponse[] = [];
  for (const [participantId, round, answers] of rows) {
    for (const answer of answers.split(ANSWER)) {
      const at = answer.lastIndexOf(FIELD);
      given.push({
        participantId,
        itemId: answer.slice(0, at),
        round: round as Round,
        value: givenValue(answer.slice(at + 1)),
      });
    }
  }
  return given;
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
