import type Database from 'better-sqlite3';
import type { ClientAnswerValue } from '../../../shared/client-statements/client-statements';
import { NOT_APPLICABLE } from '../../../shared/instrument/types';
import { prepared } from './statements';

type Db = Database.Database;

/*
 * Which device recorded each answer to a client statement (migration 0013): the same ownership
 * rules as room-devices.ts gives the instrument's answers, over `client_statement_answers`.
 */

/** True when an answer is stored for this statement and participant and this device did not record it (or not last). */
export function clientAnsweredElsewhere(
  db: Db,
  key: { statementId: string; participantId: string },
  deviceId: string,
): boolean {
  return (
    (
      prepared(
        db,
        `SELECT EXISTS (
         SELECT 1 FROM client_statement_answers a
         LEFT JOIN room_client_answer_owners o
           ON o.statement_id = a.statement_id AND o.participant_id = a.participant_id
         WHERE a.statement_id = @statementId AND a.participant_id = @participantId
           AND (o.device_id IS NULL OR o.device_id <> @deviceId)) AS elsewhere`,
      ).get({ ...key, deviceId }) as { elsewhere: number }
    ).elsewhere === 1
  );
}

/** Marks the stored client answer as recorded by this device; call right after writing it. */
export function setClientAnswerOwner(
  db: Db,
  key: { statementId: string; participantId: string; deviceId: string },
): void {
  prepared(
    db,
    `INSERT INTO room_client_answer_owners (statement_id, participant_id, device_id)
     VALUES (@statementId, @participantId, @deviceId)
     ON CONFLICT (statement_id, participant_id) DO UPDATE SET device_id = excluded.device_id`,
  ).run(key);
}

/** The client answers one device recorded and nothing has written since (its phone's view). */
export function clientAnswersOfDevice(
  db: Db,
  deviceId: string,
): { statementId: string; value: ClientAnswerValue }[] {
  const rows = prepared(
    db,
    `SELECT a.statement_id AS statementId, a.value, a.not_applicable AS notApplicable
     FROM room_client_answer_owners o
     JOIN client_statement_answers a
       ON a.statement_id = o.statement_id AND a.participant_id = o.participant_id
     WHERE o.device_id = ?`,
  ).all(deviceId) as { statementId: string; value: number | null; notApplicable: number }[];
  return rows.map(({ statementId, value, notApplicable }) => ({
    statementId,
    // The table's CHECKs hold value to 1..5 or null, and to null when not applicable.
    value: notApplicable === 1 ? NOT_APPLICABLE : (value as ClientAnswerValue),
  }));
}
