import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Participant } from '../../../shared/domain/workshop';
import { prepared } from './statements';

type Db = Database.Database;

interface ParticipantRow {
  id: string;
  workshop_id: string;
  alias: string;
  role: string;
  name: string | null;
  position: number;
}

const COLUMNS = 'id, workshop_id, alias, role, name, position';

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    alias: row.alias,
    role: row.role,
    name: row.name,
    position: row.position,
  };
}

export interface NewParticipant {
  workshopId: string;
  alias: string;
  role: string;
  name: string | null;
  position: number;
}

/** Inserts one participant with a fresh id; a taken alias in the same workshop throws. */
export function insertParticipant(db: Db, input: NewParticipant): Participant {
  const row = prepared(
    db,
    `INSERT INTO participants (id, workshop_id, alias, role, name, position)
     VALUES (@id, @workshopId, @alias, @role, @name, @position)
     RETURNING ${COLUMNS}`,
  ).get({ id: randomUUID(), ...input }) as ParticipantRow;
  return toParticipant(row);
}

/** A workshop's participants in their set-up order. */
export function listParticipants(db: Db, workshopId: string): Participant[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM participants WHERE workshop_id = ? ORDER BY position, rowid`,
  ).all(workshopId) as ParticipantRow[];
  return rows.map(toParticipant);
}

/** One participant, or undefined when the id is unknown. */
export function getParticipant(db: Db, id: string): Participant | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM participants WHERE id = ?`).get(id) as
    ParticipantRow | undefined;
  return row && toParticipant(row);
}

export interface ParticipantChanges {
  alias: string;
  role: string;
  name: string | null;
}

/** Replaces alias, role and name; undefined when the id is unknown. */
export function updateParticipant(
  db: Db,
  id: string,
  changes: ParticipantChanges,
): Participant | undefined {
  const row = prepared(
    db,
    `UPDATE participants SET alias = @alias, role = @role, name = @name
     WHERE id = @id RETURNING ${COLUMNS}`,
  ).get({ id, ...changes }) as ParticipantRow | undefined;
  return row && toParticipant(row);
}

/** Removes a participant and, by cascade, their answers; false when the id is unknown. */
export function deleteParticipant(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM participants WHERE id = ?').run(id).changes === 1;
}

/** The position after the last participant, so new people join at the end of the list. */
export function nextParticipantPosition(db: Db, workshopId: string): number {
  const row = prepared(
    db,
    'SELECT coalesce(max(position) + 1, 0) AS next FROM participants WHERE workshop_id = ?',
  ).get(workshopId) as { next: number };
  return row.next;
}

/** Role groups that at least one participant of the workshop belongs to, sorted. */
export function rolesInUse(db: Db, workshopId: string): string[] {
  const rows = prepared(
    db,
    'SELECT DISTINCT role FROM participants WHERE workshop_id = ? ORDER BY role',
  ).all(workshopId) as { role: string }[];
  return rows.map((row) => row.role);
}
