import type Database from 'better-sqlite3';
import type { CastDots } from '../../../shared/interventions/vote-tally';
import { prepared } from './statements';

type Db = Database.Database;

/** One participant's dots on one action, and the phone that placed them (null: the grid). */
export interface StoredDots extends CastDots {
  deviceId: string | null;
}

interface DotsRow {
  action_id: string;
  participant_id: string | null;
  device_id: string | null;
  dots: number;
}

const toDots = (row: DotsRow): StoredDots => ({
  actionId: row.action_id,
  participantId: row.participant_id,
  deviceId: row.device_id,
  dots: row.dots,
});

/** Every dot placed on the workshop's actions, unattributed ones included. */
export function listWorkshopDots(db: Db, workshopId: string): StoredDots[] {
  const rows = prepared(
    db,
    `SELECT v.action_id, v.participant_id, v.device_id, v.dots FROM action_votes v
     JOIN actions a ON a.id = v.action_id WHERE a.workshop_id = ?`,
  ).all(workshopId) as DotsRow[];
  return rows.map(toDots);
}

/** One participant's dots, on every action, from whichever channel placed them. */
export function listParticipantDots(db: Db, participantId: string): StoredDots[] {
  const rows = prepared(
    db,
    `SELECT action_id, participant_id, device_id, dots FROM action_votes
     WHERE participant_id = ?`,
  ).all(participantId) as DotsRow[];
  return rows.map(toDots);
}

/** Places (or, 0, takes back) a participant's dots on an action, recording the channel. */
export function setParticipantDots(
  db: Db,
  input: { actionId: string; participantId: string; deviceId: string | null; dots: number },
): void {
  if (input.dots === 0) {
    prepared(db, 'DELETE FROM action_votes WHERE action_id = ? AND participant_id = ?').run(
      input.actionId,
      input.participantId,
    );
    return;
  }
  prepared(
    db,
    `INSERT INTO action_votes (action_id, participant_id, device_id, dots)
     VALUES (@actionId, @participantId, @deviceId, @dots)
     ON CONFLICT (action_id, participant_id) DO UPDATE
       SET device_id = excluded.device_id, dots = excluded.dots`,
  ).run(input);
}

/** Takes back every dot a participant placed (an allowed phone replaces what another channel cast). */
export function clearParticipantDots(db: Db, participantId: string): void {
  prepared(db, 'DELETE FROM action_votes WHERE participant_id = ?').run(participantId);
}

/** Takes back every dot on an action (it was unchosen before the reveal). */
export function clearActionDots(db: Db, actionId: string): void {
  prepared(db, 'DELETE FROM action_votes WHERE action_id = ?').run(actionId);
}

/** True once any participant has placed a dot in this workshop. */
export function anyDotsPlaced(db: Db, workshopId: string): boolean {
  const row = prepared(
    db,
    `SELECT EXISTS (SELECT 1 FROM action_votes v JOIN actions a ON a.id = v.action_id
       WHERE a.workshop_id = ?) AS placed`,
  ).get(workshopId) as { placed: number };
  return row.placed === 1;
}

export interface VoteReveal {
  revealedAt: string;
  voters: number;
  shown: boolean;
}

/** The vote's reveal, or undefined while it is still secret. */
export function getVoteReveal(db: Db, workshopId: string): VoteReveal | undefined {
  const row = prepared(
    db,
    'SELECT revealed_at, voters, shown FROM action_vote_reveals WHERE workshop_id = ?',
  ).get(workshopId) as { revealed_at: string; voters: number; shown: number } | undefined;
  return row
    ? { revealedAt: row.revealed_at, voters: row.voters, shown: row.shown === 1 }
    : undefined;
}

/**
 * Records the reveal and fixes each action's `votes` at what the room was shown: the totals when
 * shown, 0 otherwise. `totals` holds every action of the workshop.
 */
export function saveVoteReveal(
  db: Db,
  workshopId: string,
  reveal: VoteReveal,
  totals: readonly { actionId: string; dots: number }[],
): void {
  prepared(
    db,
    `INSERT INTO action_vote_reveals (workshop_id, revealed_at, voters, shown)
     VALUES (?, ?, ?, ?)`,
  ).run(workshopId, reveal.revealedAt, reveal.voters, reveal.shown ? 1 : 0);
  const setVotes = prepared(db, 'UPDATE actions SET votes = ? WHERE id = ? AND workshop_id = ?');
  for (const total of totals)
    setVotes.run(reveal.shown ? total.dots : 0, total.actionId, workshopId);
}
