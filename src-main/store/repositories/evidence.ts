import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import {
  OwnerClear,
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
  verified: string;
  owner_clear: string;
  decision_traceable: number;
}

interface DecisionRow {
  id: string;
  workshop_id: string;
  position: number;
  title: string;
  decider_known: number;
  inputs_known: number;
  recorded: string;
  replayable: string;
}

const REALITY_COLUMNS =
  'id, workshop_id, position, title, reported, verified, owner_clear, decision_traceable';
const DECISION_COLUMNS =
  'id, workshop_id, position, title, decider_known, inputs_known, recorded, replayable';

function toRealityCheckEntry(row: RealityCheckRow): RealityCheckEntry {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    title: row.title,
    reported: row.reported,
    verified: VerifiedStatus.parse(row.verified),
    ownerClear: OwnerClear.parse(row.owner_clear),
    decisionTraceable: row.decision_traceable === 1,
  };
}

function toDecisionEntry(row: DecisionRow): DecisionEntry {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    title: row.title,
    deciderKnown: row.decider_known === 1,
    inputsKnown: row.inputs_known === 1,
    recorded: row.recorded,
    replayable: Replayable.parse(row.replayable),
  };
}

function realityParams(fields: RealityCheckFields) {
  return {
    title: fields.title,
    reported: fields.reported,
    verified: fields.verified,
    ownerClear: fields.ownerClear,
    decisionTraceable: fields.decisionTraceable ? 1 : 0,
  };
}

function decisionParams(fields: DecisionFields) {
  return {
    title: fields.title,
    deciderKnown: fields.deciderKnown ? 1 : 0,
    inputsKnown: fields.inputsKnown ? 1 : 0,
    recorded: fields.recorded,
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
       (id, workshop_id, position, title, decider_known, inputs_known, recorded, replayable)
     VALUES (@id, @workshopId,
       (SELECT coalesce(max(position) + 1, 0) FROM decision_entries WHERE workshop_id = @workshopId),
       @title, @deciderKnown, @inputsKnown, @recorded, @replayable)
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
       inputs_known = @inputsKnown, recorded = @recorded, replayable = @replayable
     WHERE id = @id RETURNING ${DECISION_COLUMNS}`,
  ).get({ id, ...decisionParams(fields) }) as DecisionRow | undefined;
  return row && toDecisionEntry(row);
}

/** Removes one Decision Replay entry; false when the id is unknown. */
export function deleteDecisionEntry(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM decision_entries WHERE id = ?').run(id).changes === 1;
}
