import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  OwnerClear,
  RecordPlace,
  Replayable,
  VerifiedStatus,
  type FileDecisionEntry,
  type FileRealityCheckEntry,
} from '../../../shared/format/workshop-file';
import { prepared } from './statements';

type Db = Database.Database;

/** The fields of a Reality Check entry as the room records them. */
export type RealityCheckFields = FileRealityCheckEntry;
/** The fields of a Decision Replay entry as the room records them. */
export type DecisionFields = FileDecisionEntry;

export interface RealityCheckEntry extends RealityCheckFields {
  id: string;
  workshopId: string;
  position: number;
}

export interface DecisionEntry extends DecisionFields {
  id: string;
  workshopId: string;
  position: number;
}

interface RealityCheckRow {
  id: string;
  workshop_id: string;
  position: number;
  title: string;
  reported: string;
  verified: string | null;
  owner_clear: string | null;
  decision_traceable: number | null;
}

interface DecisionRow {
  id: string;
  workshop_id: string;
  position: number;
  title: string;
  decider_known: number | null;
  inputs_known: number | null;
  recorded_place: string | null;
  recorded_note: string;
  replayable: string | null;
}

const REALITY_COLUMNS =
  'id, workshop_id, position, title, reported, verified, owner_clear, decision_traceable';
const DECISION_COLUMNS =
  'id, workshop_id, position, title, decider_known, inputs_known, recorded_place, recorded_note, replayable';

/** An optional stored value through its parser; NULL is "not assessed". */
function optional<T>(value: string | null, parse: (raw: string) => T): T | null {
  return value === null ? null : parse(value);
}

/** SQLite's 0/1/NULL for a yes/no/not-assessed field, and back. */
function flagOf(value: number | null): boolean | null {
  return value === null ? null : value === 1;
}
function flagParam(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

function toRealityCheckEntry(row: RealityCheckRow): RealityCheckEntry {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    title: row.title,
    reported: row.reported,
    verified: optional(row.verified, (raw) => VerifiedStatus.parse(raw)),
    ownerClear: optional(row.owner_clear, (raw) => OwnerClear.parse(raw)),
    decisionTraceable: flagOf(row.decision_traceable),
  };
}

function toDecisionEntry(row: DecisionRow): DecisionEntry {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    title: row.title,
    deciderKnown: flagOf(row.decider_known),
    inputsKnown: flagOf(row.inputs_known),
    recorded: optional(row.recorded_place, (raw) => RecordPlace.parse(raw)),
    recordedNote: row.recorded_note,
    replayable: optional(row.replayable, (raw) => Replayable.parse(raw)),
  };
}

function realityParams(fields: RealityCheckFields) {
  return {
    title: fields.title,
    reported: fields.reported,
    verified: fields.verified,
    ownerClear: fields.ownerClear,
    decisionTraceable: flagParam(fields.decisionTraceable),
  };
}

function decisionParams(fields: DecisionFields) {
  return {
    title: fields.title,
    deciderKnown: flagParam(fields.deciderKnown),
    inputsKnown: flagParam(fields.inputsKnown),
    recordedPlace: fields.recorded,
    recordedNote: fields.recordedNote,
    replayable: fields.replayable,
  };
}

/** Appends a Reality Check entry after the workshop's last one. */
export function insertRealityCheckEntry(
  db: Db,
  workshopId: string,
  fields: RealityCheckFields,
): RealityCheckEntry {
  const row = prepared(
    db,
    `INSERT INTO reality_check_entries
       (id, workshop_id, position, title, reported, verified, owner_clear, decision_traceable)
     VALUES (@id, @workshopId,
       (SELECT coalesce(max(position) + 1, 0) FROM reality_check_entries WHERE workshop_id = @workshopId),
       @title, @reported, @verified, @ownerClear, @decisionTraceable)
     RETURNING ${REALITY_COLUMNS}`,
  ).get({ id: randomUUID(), workshopId, ...realityParams(fields) }) as RealityCheckRow;
  return toRealityCheckEntry(row);
}

/** A workshop's Reality Check entries in the order they were listed. */
export function listRealityCheckEntries(db: Db, workshopId: string): RealityCheckEntry[] {
  const rows = prepared(
    db,
    `SELECT ${REALITY_COLUMNS} FROM reality_check_entries WHERE workshop_id = ? ORDER BY position, rowid`,
  ).all(workshopId) as RealityCheckRow[];
  return rows.map(toRealityCheckEntry);
}

/** Replaces an entry's fields, keeping its place; undefined when the id is unknown. */
export function updateRealityCheckEntry(
  db: Db,
  id: string,
  fields: RealityCheckFields,
): RealityCheckEntry | undefined {
  const row = prepared(
    db,
    `UPDATE reality_check_entries SET title = @title, reported = @reported, verified = @verified,
       owner_clear = @ownerClear, decision_traceable = @decisionTraceable
     WHERE id = @id RETURNING ${REALITY_COLUMNS}`,
  ).get({ id, ...realityParams(fields) }) as RealityCheckRow | undefined;
  return row && toRealityCheckEntry(row);
}

/** Removes one Reality Check entry; false when the id is unknown. */
export function deleteRealityCheckEntry(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM reality_check_entries WHERE id = ?').run(id).changes === 1;
}

/** Appends a Decision Replay entry after the workshop's last one. */
export function insertDecisionEntry(
  db: Db,
  workshopId: string,
  fields: DecisionFields,
): DecisionEntry {
  const row = prepared(
    db,
    `INSERT INTO decision_entries
       (id, workshop_id, position, title, decider_known, inputs_known, recorded_place,
        recorded_note, replayable)
     VALUES (@id, @workshopId,
       (SELECT coalesce(max(position) + 1, 0) FROM decision_entries WHERE workshop_id = @workshopId),
       @title, @deciderKnown, @inputsKnown, @recordedPlace, @recordedNote, @replayable)
     RETURNING ${DECISION_COLUMNS}`,
  ).get({ id: randomUUID(), workshopId, ...decisionParams(fields) }) as DecisionRow;
  return toDecisionEntry(row);
}

/** A workshop's Decision Replay entries in the order they were listed. */
export function listDecisionEntries(db: Db, workshopId: string): DecisionEntry[] {
  const rows = prepared(
    db,
    `SELECT ${DECISION_COLUMNS} FROM decision_entries WHERE workshop_id = ? ORDER BY position, rowid`,
  ).all(workshopId) as DecisionRow[];
  return rows.map(toDecisionEntry);
}

/** Replaces an entry's fields, keeping its place; undefined when the id is unknown. */
export function updateDecisionEntry(
  db: Db,
  id: string,
  fields: DecisionFields,
): DecisionEntry | undefined {
  const row = prepared(
    db,
    `UPDATE decision_entries SET title = @title, decider_known = @deciderKnown,
       inputs_known = @inputsKnown, recorded_place = @recordedPlace, recorded_note = @recordedNote,
       replayable = @replayable
     WHERE id = @id RETURNING ${DECISION_COLUMNS}`,
  ).get({ id, ...decisionParams(fields) }) as DecisionRow | undefined;
  return row && toDecisionEntry(row);
}

/** Removes one Decision Replay entry; false when the id is unknown. */
export function deleteDecisionEntry(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM decision_entries WHERE id = ?').run(id).changes === 1;
}
