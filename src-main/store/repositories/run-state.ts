import type Database from 'better-sqlite3';
import { prepared } from './statements';

type Db = Database.Database;

export interface StoredRunState {
  workshopId: string;
  currentSectionId: string | null;
  revealed: boolean;
  locked: boolean;
  pinSalt: string | null;
  pinHash: string | null;
}

interface RunStateRow {
  workshop_id: string;
  current_section_id: string | null;
  revealed: number;
  locked: number;
  pin_salt: string | null;
  pin_hash: string | null;
}

/** The run state of a workshop, or undefined before its run was started. */
export function getRunState(db: Db, workshopId: string): StoredRunState | undefined {
  const row = prepared(
    db,
    `SELECT workshop_id, current_section_id, revealed, locked, pin_salt, pin_hash
     FROM run_state WHERE workshop_id = ?`,
  ).get(workshopId) as RunStateRow | undefined;
  return (
    row && {
      workshopId: row.workshop_id,
      currentSectionId: row.current_section_id,
      revealed: row.revealed === 1,
      locked: row.locked === 1,
      pinSalt: row.pin_salt,
      pinHash: row.pin_hash,
    }
  );
}

/** Workshops in pass-the-laptop private mode, the longest locked first. */
export function listLockedWorkshopIds(db: Db): string[] {
  const rows = prepared(
    db,
    'SELECT workshop_id FROM run_state WHERE locked = 1 ORDER BY updated_at, workshop_id',
  ).all() as { workshop_id: string }[];
  return rows.map((row) => row.workshop_id);
}

/** Writes the whole run state of a workshop. */
export function saveRunState(db: Db, state: StoredRunState, now: string): void {
  prepared(
    db,
    `INSERT INTO run_state (workshop_id, current_section_id, revealed, locked, pin_salt, pin_hash,
       updated_at)
     VALUES (@workshopId, @currentSectionId, @revealed, @locked, @pinSalt, @pinHash, @now)
     ON CONFLICT (workshop_id) DO UPDATE SET current_section_id = excluded.current_section_id,
       revealed = excluded.revealed, locked = excluded.locked, pin_salt = excluded.pin_salt,
       pin_hash = excluded.pin_hash, updated_at = excluded.updated_at`,
  ).run({
    ...state,
    revealed: state.revealed ? 1 : 0,
    locked: state.locked ? 1 : 0,
    now,
  });
}

/** The facilitator's notes of a workshop, by section id. */
export function listSectionNotes(db: Db, workshopId: string): Record<string, string> {
  const rows = prepared(
    db,
    'SELECT section_id, text FROM section_notes WHERE workshop_id = ? ORDER BY section_id',
  ).all(workshopId) as { section_id: string; text: string }[];
  return Object.fromEntries(rows.map((row) => [row.section_id, row.text]));
}

/** Replaces a section's note; an empty text removes it. */
export function saveSectionNote(
  db: Db,
  workshopId: string,
  sectionId: string,
  text: string,
  now: string,
): void {
  if (text === '') {
    prepared(db, 'DELETE FROM section_notes WHERE section_id = ?').run(sectionId);
    return;
  }
  prepared(
    db,
    `INSERT INTO section_notes (section_id, workshop_id, text, updated_at)
     VALUES (?, ?, ?, ?)
     ON CONFLICT (section_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(sectionId, workshopId, text, now);
}
