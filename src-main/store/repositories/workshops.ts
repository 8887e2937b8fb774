import { INSTRUMENT_V1 } from '../../../shared/instrument';
import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  Language,
  WorkshopStatus,
  type Workshop,
  type WorkshopDraft,
} from '../../../shared/domain/workshop';
import { assertChanges, likePattern, prepared } from './statements';

type Db = Database.Database;

interface WorkshopRow {
  id: string;
  title: string;
  client: string;
  team: string;
  date: string;
  facilitator: string;
  language: string;
  anonymity_threshold: number;
  notes: string;
  role_groups: string;
  status: string;
  instrument_version: string | null;
  demo: number;
  created_at: string;
  updated_at: string;
  participant_count: number;
}

const COLUMNS = `id, title, client, team, date, facilitator, language, anonymity_threshold, notes,
  role_groups, status, instrument_version, demo, created_at, updated_at,
  (SELECT count(*) FROM participants WHERE participants.workshop_id = workshops.id) AS participant_count`;

// Ties on date and creation time fall back to insertion order, so the list never shuffles.
const NEWEST_FIRST = 'ORDER BY date DESC, created_at DESC, rowid DESC';

const FOLD_FUNCTION = 'edw_fold';
const foldRegistered = new WeakSet<Db>();

/** Case- and accent-insensitive form used for search, so "bogota" finds "Bogotá". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function ensureFold(db: Db): void {
  if (foldRegistered.has(db)) return;
  // SQLite's own LIKE folds ASCII only; Spanish workshops need accents folded too.
  db.function(FOLD_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldForSearch(value) : value,
  );
  foldRegistered.add(db);
}

function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    client: row.client,
    team: row.team,
    date: row.date,
    facilitator: row.facilitator,
    language: Language.parse(row.language),
    anonymityThreshold: row.anonymity_threshold,
    notes: row.notes,
    roleGroups: parseRoleGroups(row.role_groups),
    // Workshops stored before versions were recorded asked the first instrument.
    instrumentVersion: row.instrument_version ?? INSTRUMENT_V1.version,
    status: WorkshopStatus.parse(row.status),
    demo: row.demo === 1,
    participantCount: row.participant_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function parseRoleGroups(json: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`role_groups is not a list of names: ${json}`);
  }
  return value;
}

export interface NewWorkshop {
  draft: WorkshopDraft;
  status: WorkshopStatus;
  instrumentVersion: string | null;
  /** ISO timestamp used for both created_at and updated_at. */
  now: string;
}

/** Inserts a workshop with a fresh id and returns it as stored. */
export function insertWorkshop(db: Db, input: NewWorkshop): Workshop {
  const { draft } = input;
  const row = prepared(
    db,
    `INSERT INTO workshops (id, title, client, team, date, facilitator, language,
       anonymity_threshold, notes, role_groups, status, instrument_version, created_at, updated_at)
     VALUES (@id, @title, @client, @team, @date, @facilitator, @language,
       @anonymityThreshold, @notes, @roleGroups, @status, @instrumentVersion, @now, @now)
     RETURNING ${COLUMNS}`,
  ).get({
    id: randomUUID(),
    title: draft.title,
    client: draft.client,
    team: draft.team,
    date: draft.date,
    facilitator: draft.facilitator,
    language: draft.language,
    anonymityThreshold: draft.anonymityThreshold,
    notes: draft.notes,
    roleGroups: JSON.stringify(draft.roleGroups),
    status: input.status,
    instrumentVersion: input.instrumentVersion,
    now: input.now,
  }) as WorkshopRow;
  return toWorkshop(row);
}

/** One workshop, or undefined when the id is unknown. */
export function getWorkshop(db: Db, id: string): Workshop | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM workshops WHERE id = ?`).get(id) as
    WorkshopRow | undefined;
  return row && toWorkshop(row);
}

/** Workshops newest first; a non-empty query keeps those whose title, client, team or facilitator contain it. */
export function listWorkshops(db: Db, query = ''): Workshop[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') {
    const rows = prepared(
      db,
      `SELECT ${COLUMNS} FROM workshops ${NEWEST_FIRST}`,
    ).all() as WorkshopRow[];
    return rows.map(toWorkshop);
  }
  ensureFold(db);
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM workshops
     WHERE ${FOLD_FUNCTION}(title) LIKE @pattern ESCAPE '\\'
        OR ${FOLD_FUNCTION}(client) LIKE @pattern ESCAPE '\\'
        OR ${FOLD_FUNCTION}(team) LIKE @pattern ESCAPE '\\'
        OR ${FOLD_FUNCTION}(facilitator) LIKE @pattern ESCAPE '\\'
     ${NEWEST_FIRST}`,
  ).all({ pattern: likePattern(needle) }) as WorkshopRow[];
  return rows.map(toWorkshop);
}

/** Replaces the set-up fields; undefined when the id is unknown. */
export function updateWorkshop(
  db: Db,
  id: string,
  draft: WorkshopDraft,
  now: string,
): Workshop | undefined {
  const row = prepared(
    db,
    `UPDATE workshops SET title = @title, client = @client, team = @team, date = @date,
       facilitator = @facilitator, language = @language, anonymity_threshold = @anonymityThreshold,
       notes = @notes, role_groups = @roleGroups, updated_at = @now
     WHERE id = @id
     RETURNING ${COLUMNS}`,
  ).get({
    id,
    title: draft.title,
    client: draft.client,
    team: draft.team,
    date: draft.date,
    facilitator: draft.facilitator,
    language: draft.language,
    anonymityThreshold: draft.anonymityThreshold,
    notes: draft.notes,
    roleGroups: JSON.stringify(draft.roleGroups),
    now,
  }) as WorkshopRow | undefined;
  return row && toWorkshop(row);
}

/** Moves a workshop through draft → running → closed; undefined when the id is unknown. */
export function setWorkshopStatus(
  db: Db,
  id: string,
  status: WorkshopStatus,
  now: string,
): Workshop | undefined {
  const row = prepared(
    db,
    `UPDATE workshops SET status = ?, updated_at = ? WHERE id = ? RETURNING ${COLUMNS}`,
  ).get(status, now, id) as WorkshopRow | undefined;
  return row && toWorkshop(row);
}

/** Marks a workshop as demonstration data (or not); the flag is never part of the set-up form. */
export function setWorkshopDemo(db: Db, id: string, demo: boolean): Workshop {
  const row = prepared(db, `UPDATE workshops SET demo = ? WHERE id = ? RETURNING ${COLUMNS}`).get(
    demo ? 1 : 0,
    id,
  ) as WorkshopRow | undefined;
  if (!row) throw new Error(`No workshop with id ${id}`);
  return toWorkshop(row);
}

/** The oldest demo workshop in `language`, so opening the demo again finds it; undefined if none. */
export function findDemoWorkshop(db: Db, language: string): Workshop | undefined {
  const row = prepared(
    db,
    `SELECT ${COLUMNS} FROM workshops WHERE demo = 1 AND language = ?
     ORDER BY created_at, rowid LIMIT 1`,
  ).get(language) as WorkshopRow | undefined;
  return row && toWorkshop(row);
}

/** Marks a workshop as changed when something it owns (participants, answers) changes. */
export function touchWorkshop(db: Db, id: string, now: string): void {
  assertChanges(
    prepared(db, 'UPDATE workshops SET updated_at = ? WHERE id = ?').run(now, id),
    1,
    `touchWorkshop ${id}`,
  );
}

/** The instrument version a workshop was run with; null when not recorded. */
export function workshopInstrumentVersion(db: Db, id: string): string | null {
  const row = prepared(db, 'SELECT instrument_version FROM workshops WHERE id = ?').get(id) as
    { instrument_version: string | null } | undefined;
  if (!row) throw new Error(`No workshop with id ${id}`);
  return row.instrument_version;
}

/** Deletes a workshop and, through ON DELETE CASCADE, everything it owns; false when unknown. */
export function deleteWorkshop(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM workshops WHERE id = ?').run(id).changes === 1;
}
