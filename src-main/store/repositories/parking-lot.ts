import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { ParkingItem } from '../../../shared/run/api';
import { prepared } from './statements';

type Db = Database.Database;

interface ParkingRow {
  id: string;
  section_id: string | null;
  text: string;
  done: number;
}

const COLUMNS = 'id, section_id, text, done';
const toItem = (row: ParkingRow): ParkingItem => ({
  id: row.id,
  sectionId: row.section_id,
  text: row.text,
  done: row.done === 1,
});

/** Adds a parked topic after the last one. */
export function insertParkingItem(
  db: Db,
  workshopId: string,
  sectionId: string | null,
  text: string,
): ParkingItem {
  const row = prepared(
    db,
    `INSERT INTO parking_lot (id, workshop_id, section_id, position, text)
     VALUES (@id, @workshopId, @sectionId,
       (SELECT coalesce(max(position) + 1, 0) FROM parking_lot WHERE workshop_id = @workshopId),
       @text)
     RETURNING ${COLUMNS}`,
  ).get({ id: randomUUID(), workshopId, sectionId, text }) as ParkingRow;
  return toItem(row);
}

/** A workshop's parking lot in the order topics were parked. */
export function listParkingItems(db: Db, workshopId: string): ParkingItem[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM parking_lot WHERE workshop_id = ? ORDER BY position, rowid`,
  ).all(workshopId) as ParkingRow[];
  return rows.map(toItem);
}

/** Marks a topic done or open again; undefined when it is not this workshop's. */
export function setParkingItemDone(
  db: Db,
  workshopId: string,
  id: string,
  done: boolean,
): ParkingItem | undefined {
  const row = prepared(
    db,
    `UPDATE parking_lot SET done = ? WHERE id = ? AND workshop_id = ? RETURNING ${COLUMNS}`,
  ).get(done ? 1 : 0, id, workshopId) as ParkingRow | undefined;
  return row && toItem(row);
}

/** Removes a topic of that workshop; false when there is none. */
export function deleteParkingItem(db: Db, workshopId: string, id: string): boolean {
  return (
    prepared(db, 'DELETE FROM parking_lot WHERE id = ? AND workshop_id = ?').run(id, workshopId)
      .changes === 1
  );
}
