import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Action } from '../../../shared/interventions/schemas';
import { assertChanges, prepared } from './statements';

type Db = Database.Database;

interface ActionRow {
  id: string;
  workshop_id: string;
  intervention_id: string | null;
  title: string;
  description: string;
  owner: string;
  due_date: string | null;
  success_signal: string;
  targets: string;
  selected: number;
  votes: number;
  position: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, workshop_id, intervention_id, title, description, owner, due_date,
  success_signal, targets, selected, votes, position, created_at, updated_at`;

function parseTargets(json: string): string[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`targets is not a list of factor ids: ${json}`);
  }
  return value;
}

function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    interventionId: row.intervention_id,
    title: row.title,
    description: row.description,
    owner: row.owner,
    dueDate: row.due_date,
    successSignal: row.success_signal,
    targets: parseTargets(row.targets),
    selected: row.selected === 1,
    votes: row.votes,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The fields a facilitator edits on an action. */
export interface ActionFields {
  title: string;
  description: string;
  owner: string;
  dueDate: string | null;
  successSignal: string;
  targets: readonly string[];
  selected: boolean;
}

/** A workshop's actions in the room's order. */
export function listActions(db: Db, workshopId: string): Action[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM actions WHERE workshop_id = ? ORDER BY position, rowid`,
  ).all(workshopId) as ActionRow[];
  return rows.map(toAction);
}

/** One action, or undefined when the id is unknown. */
export function getAction(db: Db, id: string): Action | undefined {
  const row = prepared(db, `SELECT ${COLUMNS} FROM actions WHERE id = ?`).get(id) as
    ActionRow | undefined;
  return row ? toAction(row) : undefined;
}

/** The workshop's action for a catalogue intervention, or undefined when the room has none. */
export function actionForIntervention(
  db: Db,
  workshopId: string,
  interventionId: string,
): Action | undefined {
  const row = prepared(
    db,
    `SELECT ${COLUMNS} FROM actions WHERE workshop_id = ? AND intervention_id = ?`,
  ).get(workshopId, interventionId) as ActionRow | undefined;
  return row ? toAction(row) : undefined;
}

/** Appends an action at the end of the workshop's list. */
export function insertAction(
  db: Db,
  input: { workshopId: string; interventionId: string | null; fields: ActionFields; now: string },
): Action {
  const { fields } = input;
  const row = prepared(
    db,
    `INSERT INTO actions (id, workshop_id, intervention_id, title, description, owner, due_date,
       success_signal, targets, selected, votes, position, created_at, updated_at)
     VALUES (@id, @workshopId, @interventionId, @title, @description, @owner, @dueDate,
       @successSignal, @targets, @selected, 0,
       (SELECT coalesce(max(position) + 1, 0) FROM actions WHERE workshop_id = @workshopId),
       @now, @now)
     RETURNING ${COLUMNS}`,
  ).get({
    id: randomUUID(),
    workshopId: input.workshopId,
    interventionId: input.interventionId,
    title: fields.title,
    description: fields.description,
    owner: fields.owner,
    dueDate: fields.dueDate,
    successSignal: fields.successSignal,
    targets: JSON.stringify(fields.targets),
    selected: fields.selected ? 1 : 0,
    now: input.now,
  }) as ActionRow;
  return toAction(row);
}

/** Replaces an action's editable fields; a deselected action shows no votes. */
export function updateAction(db: Db, id: string, fields: ActionFields, now: string): Action {
  const row = prepared(
    db,
    `UPDATE actions SET title = @title, description = @description, owner = @owner,
       due_date = @dueDate, success_signal = @successSignal, targets = @targets,
       selected = @selected, votes = CASE WHEN @selected = 1 THEN votes ELSE 0 END,
       updated_at = @now
     WHERE id = @id
     RETURNING ${COLUMNS}`,
  ).get({
    id,
    title: fields.title,
    description: fields.description,
    owner: fields.owner,
    dueDate: fields.dueDate,
    successSignal: fields.successSignal,
    targets: JSON.stringify(fields.targets),
    selected: fields.selected ? 1 : 0,
    now,
  }) as ActionRow | undefined;
  if (!row) throw new Error(`updateAction: no action ${id}`);
  return toAction(row);
}

/** Deletes an action. */
export function deleteAction(db: Db, id: string): void {
  assertChanges(prepared(db, 'DELETE FROM actions WHERE id = ?').run(id), 1, 'deleteAction');
}

/** The workshop's votes per person, or undefined when the room kept the default. */
export function getVotesPerPerson(db: Db, workshopId: string): number | undefined {
  const row = prepared(
    db,
    'SELECT votes_per_person FROM action_settings WHERE workshop_id = ?',
  ).get(workshopId) as { votes_per_person: number } | undefined;
  return row?.votes_per_person;
}

/** Stores the workshop's votes per person. */
export function setVotesPerPerson(db: Db, workshopId: string, votesPerPerson: number): void {
  prepared(
    db,
    `INSERT INTO action_settings (workshop_id, votes_per_person) VALUES (?, ?)
     ON CONFLICT (workshop_id) DO UPDATE SET votes_per_person = excluded.votes_per_person`,
  ).run(workshopId, votesPerPerson);
}
