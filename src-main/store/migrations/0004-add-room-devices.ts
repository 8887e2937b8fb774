import type { Migration } from './types';

/*
 * Room mode: phones that joined a workshop over the room's network. A device is known only by the
 * SHA-256 of its random token (the cookie holds the token; a copy of this file cannot be used to
 * answer as someone). Removing a device keeps its row, so its token stays refused.
 * Receipts make a phone's retries harmless: an answer attempt seen before is not applied twice.
 * Comment receipts hold only a hash of the attempt id, never a device or a comment id, so they
 * cannot tie an anonymous comment to anyone.
 */
export const addRoomDevices: Migration = {
  version: 4,
  name: 'add-room-devices',
  up(db) {
    db.exec(`
      CREATE TABLE room_devices (
        id TEXT PRIMARY KEY NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE INDEX room_devices_by_workshop ON room_devices (workshop_id, removed_at);

      CREATE TABLE room_answer_receipts (
        participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
        client_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        round INTEGER NOT NULL CHECK (round IN (1, 2)),
        PRIMARY KEY (participant_id, client_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE room_comment_receipts (
        client_hash TEXT PRIMARY KEY NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
