import type { Migration } from './types';

/*
 * Agenda templates, per installation: a named plan of sections a new workshop can start from.
 * The sections (kind, title, prompt, dimensions, minutes, skipped) and the client's own statements
 * (text, reversed) are JSON arrays because a template is only ever read and written whole; it
 * holds no workshop, participant or answer.
 * Names are unique regardless of case, so a list never shows two that look the same.
 */
export const addAgendaTemplates: Migration = {
  version: 10,
  name: 'add-agenda-templates',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_templates (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
        sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'),
        client_statements TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(client_statements) AND json_type(client_statements) = 'array'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
