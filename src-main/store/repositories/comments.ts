import type Database from 'better-sqlite3';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Comment } from '../../../shared/run/api';
import { prepared } from './statements';

type Db = Database.Database;

interface CommentRow {
  id: string;
  section_id: string | null;
  text: string;
}

const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  sectionId: row.section_id,
  text: row.text,
});

/** Stores an anonymous comment under a random order key: no author, no time. */
export function insertComment(
  db: Db,
  workshopId: string,
  sectionId: string | null,
  text: string,
): Comment {
  const row = prepared(
    db,
    `INSERT INTO comments (id, workshop_id, section_id, text, order_key) VALUES (?, ?, ?, ?, ?)
     RETURNING id, section_id, text`,
  ).get(randomUUID(), workshopId, sectionId, text, randomBytes(8).toString('hex')) as CommentRow;
  return toComment(row);
}

/** A workshop's comments in their random order, which says nothing about when or who. */
export function listComments(db: Db, workshopId: string): Comment[] {
  const rows = prepared(
    db,
    'SELECT id, section_id, text FROM comments WHERE workshop_id = ? ORDER BY order_key, id',
  ).all(workshopId) as CommentRow[];
  return rows.map(toComment);
}

/** Removes a comment of that workshop; false when there is none. */
export function deleteComment(db: Db, workshopId: string, id: string): boolean {
  return (
    prepared(db, 'DELETE FROM comments WHERE id = ? AND workshop_id = ?').run(id, workshopId)
      .changes === 1
  );
}
