import type { WorkshopFile } from '../format/workshop-file';
import { sha256Hex } from '../hash/sha256';
import type { Instrument } from '../instrument/types';
import { collectAnswers, type AnswerTable } from './answers';
import { MODEL_VERSION } from './constants';
import type { Fingerprint } from './result';
import { compareText } from './stats';

/** Data format tag inside the hashed text, so a change of canonical form never collides with an old hash. */
const CANONICAL_TAG = 'edw-scoring-data/2';

/** What the canonical text is built from: exactly the data the scores are computed from. */
export interface ScoringData {
  file: WorkshopFile;
  instrument: Instrument;
  /** Participant id → role, one entry per id. */
  roleOf: ReadonlyMap<string, string>;
  round1: AnswerTable;
  round2: AnswerTable;
}

// One character per statement in instrument order: '1'–'5', '0' for "can't say", '.' for no answer.
function answerCodes(
  row: ReadonlyMap<string, 1 | 2 | 3 | 4 | 5 | null> | undefined,
  instrument: Instrument,
): string {
  let codes = '';
  for (const item of instrument.items) {
    const value = row?.get(item.id);
    codes += value === undefined ? '.' : value === null ? '0' : String(value);
  }
  return codes;
}

/**
 * The scoring-relevant data as one canonical JSON text: participants sorted by id (their order
 * never matters), each with role and a code per statement (answers are positional in instrument
 * order, which the instrument version pins); Reality Check and Decision Replay entries in file
 * order, since findings cite them by position. Titles, aliases and notes change no figure and
 * are left out, as are answers scoring ignores (unknown statements or participants).
 */
export function encodeScoringData(data: ScoringData): string {
  const participants = [...data.roleOf.keys()]
    .sort(compareText)
    .map((id) => [
      id,
      data.roleOf.get(id) ?? '',
      answerCodes(data.round1.get(id), data.instrument),
      answerCodes(data.round2.get(id), data.instrument),
    ]);
  return JSON.stringify({
    format: CANONICAL_TAG,
    anonymityThreshold: data.file.workshop.anonymityThreshold,
    participants,
    realityCheck: data.file.realityCheck.map((entry) => [
      entry.verified,
      entry.ownerClear,
      entry.decisionTraceable,
    ]),
    decisions: data.file.decisions.map((entry) => [
      entry.deciderKnown,
      entry.inputsKnown,
      entry.recorded,
      entry.replayable,
    ]),
  });
}

/** Roles by participant id; a repeated id keeps the role that sorts first, so file order never matters. */
export function rolesById(file: WorkshopFile): Map<string, string> {
  const roleOf = new Map<string, string>();
  const sorted = [...file.participants].sort(
    (a, b) => compareText(a.id, b.id) || compareText(a.role, b.role),
  );
  for (const participant of sorted) {
    if (!roleOf.has(participant.id)) roleOf.set(participant.id, participant.role);
  }
  return roleOf;
}

/** The canonical text of a file's scoring-relevant data (what `dataHash` hashes). */
export function canonicalScoringData(file: WorkshopFile, instrument: Instrument): string {
  return encodeScoringData(scoringDataOf(file, instrument));
}

/** Data hash + instrument version + model version: enough to replay and verify every figure. */
export function fingerprintOf(data: ScoringData): Fingerprint {
  const dataHash = sha256Hex(encodeScoringData(data));
  const instrumentVersion = data.instrument.version;
  return {
    dataHash,
    instrumentVersion,
    modelVersion: MODEL_VERSION,
    value: `edw:${instrumentVersion}:${MODEL_VERSION}:${dataHash}`,
  };
}

/** The fingerprint of a file scored with an instrument. */
export function computeFingerprint(file: WorkshopFile, instrument: Instrument): Fingerprint {
  return fingerprintOf(scoringDataOf(file, instrument));
}

function scoringDataOf(file: WorkshopFile, instrument: Instrument): ScoringData {
  const roleOf = rolesById(file);
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const tables = collectAnswers(file, itemIds, new Set(roleOf.keys()));
  return { file, instrument, roleOf, round1: tables[1], round2: tables[2] };
}
