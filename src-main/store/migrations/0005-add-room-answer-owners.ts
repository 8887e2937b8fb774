import type { Migration } from './types';

/*
 * Room mode: which device recorded each stored answer, so a phone sees and changes only its own.
 * `room_answer_owners` holds one row per answer a device recorded; the trigger drops that row
 * whenever the answer is written again by anything (the facilitator's grid, private mode, another
 * device), so a phone never sees an answer it did not give, even one that was its own before.
 * The room path writes the answer and then its owner row in the same transaction. Deleting the
 * answer deletes its owner row (foreign key). Answers stored before this step get no owner: a
 * receipt does not say which device sent it, and guessing would show a phone answers it may not
 * have given; the answers themselves stay where they are.
 * `room_devices.allowed_at` marks a device admitted by the facilitator's allowance to an alias
 * that already had answers from another channel: only such a device may replace them.
 */
export const addRoomAnswerOwners: Migration = {
  version: 5,
  name: 'add-room-answer-owners',
  up(db) {
    db.exec(`
      ALTER TABLE room_devices ADD COLUMN allowed_at TEXT;

      CREATE TABLE room_answer_owners (
        participant_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round IN (1, 2)),
        device_id TEXT NOT NULL REFERENCES room_devices (id) ON DELETE CASCADE,
        PRIMARY KEY (participant_id, item_id, round),
        FOREIGN KEY (participant_id, item_id, round)
          REFERENCES responses (participant_id, item_id, round) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX room_answer_owners_by_device ON room_answer_owners (device_id, round);

      CREATE TRIGGER room_answer_owners_lapse AFTER UPDATE ON responses
      BEGIN
        DELETE FROM room_answer_owners
        WHERE participant_id = OLD.participant_id AND item_id = OLD.item_id AND round = OLD.round;
      END;
    `);
  },
};
