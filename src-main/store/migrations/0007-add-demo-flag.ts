import type { Migration } from './types';

/*
 * The demo workshop ("Open the demo workshop", `edw demo`) holds fictitious people and answers.
 * A flag on the workshop, not a title or note the facilitator could edit away, lets every screen
 * mark it as demonstration data. Workshops stored before this step were never demos.
 */
export const addDemoFlag: Migration = {
  version: 7,
  name: 'add-demo-flag',
  up(db) {
    db.exec(
      `ALTER TABLE workshops ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1));`,
    );
  },
};
