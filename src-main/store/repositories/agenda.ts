import type Database from 'better-sqlite3';
import { AgendaSection, DimensionSchema, SectionKind } from '../../../shared/run/agenda';
import { prepared } from './statements';

type Db = Database.Database;

interface SectionRow {
  id: string;
  workshop_id: string;
  position: number;
  kind: string;
  title: string;
  prompt: string;
  dimensions: string;
  round: number;
  timebox_ms: number;
  extra_ms: number;
  skipped: number;
  awaiting_statements: number;
  timer_started_at: number | null;
  timer_elapsed_ms: number;
}

const COLUMNS = `id, workshop_id, position, kind, title, prompt, dimensions, round, timebox_ms,
  extra_ms, skipped, awaiting_statements, timer_started_at, timer_elapsed_ms`;

function toSection(row: SectionRow): AgendaSection {
  return {
    id: row.id,
    kind: SectionKind.parse(row.kind),
    title: row.title,
    prompt: row.prompt,
    dimensions: DimensionSchema.array().parse(JSON.parse(row.dimensions)),
    round: row.round === 2 ? 2 : 1,
    timeboxMs: row.timebox_ms,
    extraMs: row.extra_ms,
    skipped: row.skipped === 1,
    awaitingStatements: row.awaiting_statements === 1,
    timerStartedAt: row.timer_started_at,
    timerElapsedMs: row.timer_elapsed_ms,
  };
}

function params(workshopId: string, section: AgendaSection, position: number) {
  return {
    id: section.id,
    workshopId,
    position,
    kind: section.kind,
    title: section.title,
    prompt: section.prompt,
    dimensions: JSON.stringify(section.dimensions),
    round: section.round,
    timeboxMs: section.timeboxMs,
    extraMs: section.extraMs,
    skipped: section.skipped ? 1 : 0,
    awaitingStatements: section.awaitingStatements ? 1 : 0,
    timerStartedAt: section.timerStartedAt,
    timerElapsedMs: section.timerElapsedMs,
  };
}

/** A workshop's agenda in order; empty until the run has been started. */
export function listAgenda(db: Db, workshopId: string): AgendaSection[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM agenda_sections WHERE workshop_id = ? ORDER BY position, rowid`,
  ).all(workshopId) as SectionRow[];
  return rows.map(toSection);
}

/**
 * Writes the whole agenda as given: new sections are inserted, known ones updated in place with
 * their new position. Sections are never deleted here, so notes and comments keep their section.
 */
export function saveAgenda(db: Db, workshopId: string, agenda: readonly AgendaSection[]): void {
  const upsert = prepared(
    db,
    `INSERT INTO agenda_sections (id, workshop_id, position, kind, title, prompt, dimensions,
       round, timebox_ms, extra_ms, skipped, awaiting_statements, timer_started_at,
       timer_elapsed_ms)
     VALUES (@id, @workshopId, @position, @kind, @title, @prompt, @dimensions, @round, @timeboxMs,
       @extraMs, @skipped, @awaitingStatements, @timerStartedAt, @timerElapsedMs)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title,
       prompt = excluded.prompt, dimensions = excluded.dimensions, round = excluded.round,
       timebox_ms = excluded.timebox_ms, extra_ms = excluded.extra_ms, skipped = excluded.skipped,
       awaiting_statements = excluded.awaiting_statements,
       timer_started_at = excluded.timer_started_at, timer_elapsed_ms = excluded.timer_elapsed_ms
     WHERE agenda_sections.workshop_id = excluded.workshop_id`,
  );
  agenda.forEach((section, position) => {
    const result = upsert.run(params(workshopId, section, position));
    if (result.changes !== 1) throw new Error(`Section ${section.id} belongs to another workshop`);
  });
}
