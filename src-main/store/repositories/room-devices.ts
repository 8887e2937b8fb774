import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { assertChanges, prepared } from './statements';

type Db = Database.Database;

export interface RoomDeviceRecord {
  id: string;
  workshopId: string;
  participantId: string;
  alias: string;
  createdAt: string;
  lastSeenAt: string;
  removedAt: string | null;
}

interface DeviceRow {
  id: string;
  workshop_id: string;
  participant_id: string;
  alias: string;
  created_at: string;
  last_seen_at: string;
  removed_at: string | null;
}

const SELECT = `SELECT d.id, d.workshop_id, d.participant_id, p.alias, d.created_at, d.last_seen_at,
  d.removed_at FROM room_devices d JOIN participants p ON p.id = d.participant_id`;

function toDevice(row: DeviceRow): RoomDeviceRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    participantId: row.participant_id,
    alias: row.alias,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    removedAt: row.removed_at,
  };
}

/** Registers a joined device under the hash of its token. */
export function insertRoomDevice(
  db: Db,
  input: { tokenHash: string; workshopId: string; participantId: string; now: string },
): RoomDeviceRecord {
  const id = randomUUID();
  assertChanges(
    prepared(
      db,
      `INSERT INTO room_devices (id, token_hash, workshop_id, participant_id, created_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, input.tokenHash, input.workshopId, input.participantId, input.now, input.now),
    1,
    'insertRoomDevice',
  );
  const device = getRoomDevice(db, id);
  if (!device) throw new Error('insertRoomDevice: the new device cannot be read back');
  return device;
}

export function getRoomDevice(db: Db, id: string): RoomDeviceRecord | undefined {
  const row = prepared(db, `${SELECT} WHERE d.id = ?`).get(id) as DeviceRow | undefined;
  return row && toDevice(row);
}

/** The device holding a token (by its hash), removed or not. */
export function findRoomDeviceByToken(db: Db, tokenHash: string): RoomDeviceRecord | undefined {
  const row = prepared(db, `${SELECT} WHERE d.token_hash = ?`).get(tokenHash) as
    DeviceRow | undefined;
  return row && toDevice(row);
}

/** A workshop's devices still in the room, oldest first. */
export function listActiveRoomDevices(db: Db, workshopId: string): RoomDeviceRecord[] {
  const rows = prepared(
    db,
    `${SELECT} WHERE d.workshop_id = ? AND d.removed_at IS NULL ORDER BY d.created_at, d.rowid`,
  ).all(workshopId) as DeviceRow[];
  return rows.map(toDevice);
}

/** Participants of the workshop that no device in the room speaks for, in set-up order. */
export function freeParticipants(db: Db, workshopId: string): { id: string; alias: string }[] {
  return prepared(
    db,
    `SELECT p.id, p.alias FROM participants p
     WHERE p.workshop_id = ? AND NOT EXISTS (
       SELECT 1 FROM room_devices d WHERE d.participant_id = p.id AND d.removed_at IS NULL)
     ORDER BY p.position, p.rowid`,
  ).all(workshopId) as { id: string; alias: string }[];
}

/** Marks a device removed; false when it is not an active device of that workshop. */
export function removeRoomDevice(db: Db, workshopId: string, id: string, now: string): boolean {
  return (
    prepared(
      db,
      `UPDATE room_devices SET removed_at = ? WHERE id = ? AND workshop_id = ? AND removed_at IS NULL`,
    ).run(now, id, workshopId).changes === 1
  );
}

export function touchRoomDevice(db: Db, id: string, now: string): void {
  prepared(db, 'UPDATE room_devices SET last_seen_at = ? WHERE id = ?').run(now, id);
}

/** The statement and round an answer attempt was for, when it was already applied. */
export function findAnswerReceipt(
  db: Db,
  participantId: string,
  clientId: string,
): { itemId: string; round: number } | undefined {
  return prepared(
    db,
    `SELECT item_id AS itemId, round FROM room_answer_receipts
     WHERE participant_id = ? AND client_id = ?`,
  ).get(participantId, clientId) as { itemId: string; round: number } | undefined;
}

export function insertAnswerReceipt(
  db: Db,
  input: { participantId: string; clientId: string; itemId: string; round: number },
): void {
  prepared(
    db,
    `INSERT INTO room_answer_receipts (participant_id, client_id, item_id, round)
     VALUES (@participantId, @clientId, @itemId, @round)`,
  ).run(input);
}

/** Records a comment attempt; false when the same attempt was recorded before. */
export function claimCommentReceipt(db: Db, clientHash: string): boolean {
  return (
    prepared(db, 'INSERT OR IGNORE INTO room_comment_receipts (client_hash) VALUES (?)').run(
      clientHash,
    ).changes === 1
  );
}

/** One participant's answers in a round, by statement id (read for that participant's phone). */
export function answersOfParticipant(
  db: Db,
  participantId: string,
  round: number,
): { itemId: string; value: number | null }[] {
  return prepared(
    db,
    `SELECT item_id AS itemId, value FROM responses WHERE participant_id = ? AND round = ?`,
  ).all(participantId, round) as { itemId: string; value: number | null }[];
}
