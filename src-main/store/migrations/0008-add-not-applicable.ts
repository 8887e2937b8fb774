import type { Migration } from './types';

/*
 * "Not applicable to my role" (docs/scoring.md): an answer that is neither a value nor "can't
 * say". A flag beside `value`, not a sixth value, because `value`'s CHECK (1..5) can only change by
 * rebuilding `responses`, which `room_answer_owners` references and triggers on. A not-applicable
 * answer has no value: the CHECK keeps the two from meaning two things at once. Answers stored
 * before this step keep their meaning (flag 0).
 */
export const addNotApplicable: Migration = {
  version: 8,
  name: 'add-not-applicable',
  up(db) {
    db.exec(`
      ALTER TABLE responses ADD COLUMN not_applicable INTEGER NOT NULL DEFAULT 0
        CHECK (not_applicable IN (0, 1) AND (not_applicable = 0 OR value IS NULL));
    `);
  },
};
