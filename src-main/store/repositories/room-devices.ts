import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  NOT_APPLICABLE,
  type AnswerValue,
  type GivenAnswer,
} from '../../../shared/instrument/types';
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
  /** When the facilitator's allowance admitted it to an alias that had answers; null otherwise. */
  allowedAt: string | null;
}

interface DeviceRow {
  id: string;
  workshop_id: string;
  participant_id: string;
  alias: string;
  created_at: string;
  last_seen_at: string;
  removed_at: string | null;
  allowed_at: string | null;
}

const SELECT = `SELECT d.id, d.workshop_id, d.participant_id, p.alias, d.created_at, d.last_seen_at,
  d.removed_at, d.allowed_at FROM room_devices d JOIN participants p ON p.id = d.participant_id`;

function toDevice(row: DeviceRow): RoomDeviceRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    participantId: row.participant_id,
    alias: row.alias,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    removedAt: row.removed_at,
    allowedAt: row.allowed_at,
  };
}

/** Registers a joined device under the hash of its token. */
export function insertRoomDevice(
  db: Db,
  input: {
    tokenHash: string;
    workshopId: string;
    participantId: string;
    now: string;
    /** True when the facilitator's allowance admitted it (see `allowedAt`). */
    allowed: boolean;
  },
): RoomDeviceRecord {
  const id = randomUUID();
  assertChanges(
    prepared(
      db,
      `INSERT INTO room_devices
         (id, token_hash, workshop_id, participant_id, created_at, last_seen_at, allowed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.tokenHash,
      input.workshopId,
      input.participantId,
      input.now,
      input.now,
      input.allowed ? input.now : null,
    ),
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

/** Participants a phone may take without the facilitator: no answer of any kind stored, never held by a device. */
export function untouchedParticipants(db: Db, workshopId: string): { id: string; alias: string }[] {
  return prepared(
    db,
    `SELECT p.id, p.alias FROM participants p
     WHERE p.workshop_id = ?
       AND NOT EXISTS (SELECT 1 FROM room_devices d WHERE d.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.participant_id = p.id)
       AND NOT EXISTS (SELECT 1 FROM client_statement_answers c WHERE c.participant_id = p.id)
     ORDER BY p.position, p.rowid`,
  ).all(workshopId) as { id: string; alias: string }[];
}

/** A workshop's participant by alias, and whether an active device holds it; undefined if none. */
export function participantByAlias(
  db: Db,
  workshopId: string,
  alias: string,
): { id: string; alias: string; held: boolean } | undefined {
  const row = prepared(
    db,
    `SELECT p.id, p.alias, EXISTS (
       SELECT 1 FROM room_devices d WHERE d.participant_id = p.id AND d.removed_at IS NULL) AS held
     FROM participants p WHERE p.workshop_id = ? AND p.alias = ?`,
  ).get(workshopId, alias) as { id: string; alias: string; held: number } | undefined;
  return row && { id: row.id, alias: row.alias, held: row.held === 1 };
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

/**
 * True when a phone may not take this participant without the facilitator's allowance: answers are
 * stored for it (from any channel, to the instrument's or the client's statements: a fresh device
 * gave none of them) or a device held it before.
 */
export function needsAllowance(db: Db, participantId: string): boolean {
  return (
    (
      prepared(
        db,
        `SELECT EXISTS (SELECT 1 FROM responses WHERE participant_id = @id)
           OR EXISTS (SELECT 1 FROM client_statement_answers WHERE participant_id = @id)
           OR EXISTS (SELECT 1 FROM room_devices WHERE participant_id = @id) AS needed`,
      ).get({ id: participantId }) as { needed: number }
    ).needed === 1
  );
}

/** True when an answer is stored for this key and this device did not record it (or not last). */
export function answeredElsewhere(
  db: Db,
  key: { participantId: string; itemId: string; round: number },
  deviceId: string,
): boolean {
  return (
    (
      prepared(
        db,
        `SELECT EXISTS (
         SELECT 1 FROM responses r
         LEFT JOIN room_answer_owners o
           ON o.participant_id = r.participant_id AND o.item_id = r.item_id AND o.round = r.round
         WHERE r.participant_id = @participantId AND r.item_id = @itemId AND r.round = @round
           AND (o.device_id IS NULL OR o.device_id <> @deviceId)) AS elsewhere`,
      ).get({ ...key, deviceId }) as { elsewhere: number }
    ).elsewhere === 1
  );
}

/** Marks the stored answer as recorded by this device; call right after writing the answer. */
export function setAnswerOwner(
  db: Db,
  key: { participantId: string; itemId: string; round: number; deviceId: string },
): void {
  prepared(
    db,
    `INSERT INTO room_answer_owners (participant_id, item_id, round, device_id)
     VALUES (@participantId, @itemId, @round, @deviceId)
     ON CONFLICT (participant_id, item_id, round) DO UPDATE SET device_id = excluded.device_id`,
  ).run(key);
}

/** The answers one device recorded in a round and nothing has written since (its phone's view). */
export function answersOfDevice(
  db: Db,
  deviceId: string,
  round: number,
): { itemId: string; value: GivenAnswer }[] {
  const rows = prepared(
    db,
    `SELECT r.item_id AS itemId, r.value, r.not_applicable AS notApplicable
     FROM room_answer_owners o
     JOIN responses r
       ON r.participant_id = o.participant_id AND r.item_id = o.item_id AND r.round = o.round
     WHERE o.device_id = ? AND o.round = ?`,
  ).all(deviceId, round) as { itemId: string; value: number | null; notApplicable: number }[];
  return rows.map(({ itemId, value, notApplicable }) => ({
    itemId,
    // The table's CHECKs hold value to 1..5 or null, and to null when not applicable.
    value: notApplicable === 1 ? NOT_APPLICABLE : (value as AnswerValue),
  }));
}
