import type Database from 'better-sqlite3';
import { prepared } from './statements';

type Db = Database.Database;

/** The earlier workshop this one follows up, or null. */
export function getFollowsId(db: Db, workshopId: string): string | null {
  const row = prepared(
    db,
    'SELECT follows_workshop_id FROM workshop_links WHERE workshop_id = ?',
  ).get(workshopId) as { follows_workshop_id: string } | undefined;
  return row?.follows_workshop_id ?? null;
}

/** Links a workshop to the earlier one it follows up, or removes the link with null. */
export function setFollowsId(db: Db, workshopId: string, followsId: string | null): void {
  if (followsId === null) {
    prepared(db, 'DELETE FROM workshop_links WHERE workshop_id = ?').run(workshopId);
    return;
  }
  prepared(
    db,
    `INSERT INTO workshop_links (workshop_id, follows_workshop_id) VALUES (?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET follows_workshop_id = excluded.follows_workshop_id`,
  ).run(workshopId, followsId);
}

/**
 * The workshop and those it follows, newest first, at most `limit` long. Stops at a repeated id,
 * so even a damaged file with a cycle cannot loop.
 */
export function followChain(db: Db, workshopId: string, limit: number): string[] {
  const chain = [workshopId];
  let current: string | null = workshopId;
  while (chain.length < limit) {
    current = getFollowsId(db, current);
    if (current === null || chain.includes(current)) break;
    chain.push(current);
  }
  return chain;
}
