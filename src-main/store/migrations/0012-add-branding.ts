import type { Migration } from './types';

/*
 * The consultant's branding: one row for the installation, and per workshop an optional row that
 * replaces it whole (an override with every field empty prints the app's own look).
 * The logo is stored as its PNG bytes, checked on the way in, so no report ever fetches one.
 */
const COLUMNS = `
  firm_name TEXT NOT NULL,
  footer TEXT NOT NULL,
  accent TEXT CHECK (accent IS NULL OR accent GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  accent_text TEXT,
  logo BLOB,
  logo_width INTEGER,
  logo_height INTEGER,
  updated_at TEXT NOT NULL,
  CHECK ((accent IS NULL) = (accent_text IS NULL)),
  CHECK ((logo IS NULL) = (logo_width IS NULL) AND (logo IS NULL) = (logo_height IS NULL))`;

export const addBranding: Migration = {
  version: 12,
  name: 'add-branding',
  up(db) {
    db.exec(`
      CREATE TABLE installation_branding (
        id INTEGER PRIMARY KEY CHECK (id = 1),${COLUMNS}
      ) STRICT;
      CREATE TABLE workshop_branding (
        workshop_id TEXT PRIMARY KEY NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,${COLUMNS}
      ) STRICT;
    `);
  },
};
