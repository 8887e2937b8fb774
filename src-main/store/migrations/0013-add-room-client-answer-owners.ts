import type { Migration } from './types';

/*
 * Room mode for the client's own statements: which device recorded each client answer, so a phone
 * sees and changes only its own, exactly as `room_answer_owners` (migration 0005) does for the
 * instrument's answers. The trigger drops the row whenever the answer is written again by anything
 * (the facilitator's grid, private mode, another device); the room path writes the answer and then
 * its owner row in the same transaction. Deleting the answer (a statement removed, a participant
 * removed, the grid clearing it) deletes its owner row. A retried attempt is recognised by the
 * same `room_answer_receipts` as the instrument's answers (round 1, the statement's id).
 */
export const addRoomClientAnswerOwners: Migration = {
  version: 13,
  name: 'add-room-client-answer-owners',
  up(db) {
    db.exec(`
      CREATE TABLE room_client_answer_owners (
        statement_id TEXT NOT NULL,
        participant_id TEXT NOT NULL,
        device_id TEXT NOT NULL REFERENCES room_devices (id) ON DELETE CASCADE,
        PRIMARY KEY (statement_id, participant_id),
        FOREIGN KEY (statement_id, participant_id)
          REFERENCES client_statement_answers (statement_id, participant_id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX room_client_answer_owners_by_device ON room_client_answer_owners (device_id);

      CREATE TRIGGER room_client_answer_owners_lapse AFTER UPDATE ON client_statement_answers
      BEGIN
        DELETE FROM room_client_answer_owners
        WHERE statement_id = OLD.statement_id AND participant_id = OLD.participant_id;
      END;
    `);
  },
};
