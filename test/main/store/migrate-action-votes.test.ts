import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src-main/store/migrate';
import { MIGRATIONS } from '../../../src-main/store/migrations';
import { voteStateOf } from '../../../src-main/services/vote-service';
import { listActions } from '../../../src-main/store/repositories/actions';
import { tempDbFile } from '../../helpers/temp-db';

const NOW = '2026-05-04T10:00:00.000Z';

/** A file as the app left it before votes were kept per participant: totals on the actions. */
function fileBeforeVotes(): Database.Database {
  const db = new Database(tempDbFile());
  db.pragma('foreign_keys = ON');
  const before = MIGRATIONS.findIndex((migration) => migration.name === 'add-action-votes');
  migrate(db, MIGRATIONS.slice(0, before));
  const workshop = db.prepare(
    `INSERT INTO workshops (id, title, date, language, anonymity_threshold, role_groups, status,
       created_at, updated_at) VALUES (?, ?, '2026-05-04', 'en', 5, '[]', 'closed', ?, ?)`,
  );
  workshop.run('w-voted', 'Voted', NOW, NOW);
  workshop.run('w-fresh', 'Not voted yet', NOW, NOW);
  const action = db.prepare(
    `INSERT INTO actions (id, workshop_id, title, votes, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  action.run('a-1', 'w-voted', 'Decision log', 7, 0, NOW, NOW);
  action.run('a-2', 'w-voted', 'WIP limit', 2, 1, NOW, '2026-05-04T10:05:00.000Z');
  action.run('a-3', 'w-voted', 'No dots', 0, 2, NOW, NOW);
  action.run('a-4', 'w-fresh', 'Pairing', 0, 0, NOW, NOW);
  return db;
}

describe('migration add-action-votes', () => {
  it('keeps the totals clicked in before as unattributed dots, shown as they were', () => {
    const db = fileBeforeVotes();
    try {
      migrate(db);
      expect(
        db
          .prepare('SELECT action_id, participant_id, device_id, dots FROM action_votes ORDER BY 1')
          .all(),
      ).toEqual([
        { action_id: 'a-1', participant_id: null, device_id: null, dots: 7 },
        { action_id: 'a-2', participant_id: null, device_id: null, dots: 2 },
      ]);
      // The workshop that had totals counts as revealed (they were on screen all along); the
      // plan and the report keep reading them.
      expect(listActions(db, 'w-voted').map((action) => action.votes)).toEqual([7, 2, 0]);
      expect(voteStateOf(db, 'w-voted')).toMatchObject({
        revealedAt: '2026-05-04T10:05:00.000Z',
        tally: {
          status: 'shown',
          voters: 0,
          totals: [
            { actionId: 'a-1', dots: 7 },
            { actionId: 'a-2', dots: 2 },
            { actionId: 'a-3', dots: 0 },
          ],
        },
      });
      // A workshop without dots has a secret vote still to hold.
      expect(voteStateOf(db, 'w-fresh')).toMatchObject({
        revealedAt: null,
        tally: { status: 'secret', voters: 0 },
      });
    } finally {
      db.close();
    }
  });

  it('refuses a second unattributed row for an action and dots that are not positive', () => {
    const db = fileBeforeVotes();
    try {
      migrate(db);
      const insert = db.prepare(
        'INSERT INTO action_votes (action_id, participant_id, device_id, dots) VALUES (?, ?, ?, ?)',
      );
      expect(() => insert.run('a-1', null, null, 1)).toThrow(/UNIQUE/);
      expect(() => insert.run('a-3', null, null, 0)).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
