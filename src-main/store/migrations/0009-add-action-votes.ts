import type { Migration } from './types';

/*
 * Dot votes per participant, cast in secret by the room (on phones, or by the facilitator for
 * someone without one) and revealed once.
 * `action_votes` holds one row per participant and action with at least one dot; `device_id` is the
 * phone that placed them (NULL: the facilitator's grid), so a phone sees and changes only its own.
 * `action_vote_reveals` marks the vote revealed, after which no dot changes; at the reveal each
 * action's `votes` becomes the total the room was shown (0 when fewer than k voted), so the plan,
 * the report and the trend read one fixed figure that later deletions cannot move.
 * Totals clicked in before this step become one unattributed row per action (participant NULL):
 * nobody can say whose they were. Those workshops count as revealed, as their totals were on the
 * facilitator's screen all along; `actions.votes` keeps them.
 */
export const addActionVotes: Migration = {
  version: 9,
  name: 'add-action-votes',
  up(db) {
    db.exec(`
      CREATE TABLE action_votes (
        action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
        participant_id TEXT REFERENCES participants (id) ON DELETE CASCADE,
        device_id TEXT REFERENCES room_devices (id) ON DELETE CASCADE,
        dots INTEGER NOT NULL CHECK (dots > 0),
        CHECK (device_id IS NULL OR participant_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX action_votes_by_voter ON action_votes (action_id, participant_id);
      CREATE UNIQUE INDEX action_votes_unattributed ON action_votes (action_id)
        WHERE participant_id IS NULL;
      CREATE INDEX action_votes_by_participant ON action_votes (participant_id);
      CREATE INDEX action_votes_by_device ON action_votes (device_id);

      CREATE TABLE action_vote_reveals (
        workshop_id TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,
        revealed_at TEXT NOT NULL,
        -- As at the reveal: how many had voted, and whether the totals were shown (k).
        voters INTEGER NOT NULL CHECK (voters >= 0),
        shown INTEGER NOT NULL CHECK (shown IN (0, 1))
      ) STRICT;

      INSERT INTO action_votes (action_id, participant_id, device_id, dots)
        SELECT id, NULL, NULL, votes FROM actions WHERE votes > 0;
      INSERT INTO action_vote_reveals (workshop_id, revealed_at, voters, shown)
        SELECT workshop_id, max(updated_at), 0, 1 FROM actions WHERE votes > 0
        GROUP BY workshop_id;
    `);
  },
};
