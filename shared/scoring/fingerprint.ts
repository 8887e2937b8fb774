import type { WorkshopFile } from '../format/workshop-file';
import { sha256Hex } from '../hash/sha256';
import type { Instrument } from '../instrument/types';
import {
  CANT_SAY,
  NO_ANSWER,
  collectMatrices,
  itemLayout,
  type AnswerMatrix,
} from './answer-matrix';
import { MODEL_VERSION } from './constants';
import { notApplicableCells } from './not-applicable';
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
  /** Both rounds' answers, rows in the order of the sorted participant ids. */
  round1: AnswerMatrix;
  round2: AnswerMatrix;
  /** Where each round's "not applicable to my role" answers are (`notApplicableCells`). */
  notApplicable: Readonly<Record<1 | 2, Uint8Array>>;
}

// One character per statement in instrument order: '1'–'5', '0' for "can't say", '.' for no answer,
// 'n' for "not applicable". A file without "not applicable" hashes exactly as before it existed.
const CODE_CHAR: readonly string[] = Array.from({ length: 8 }, (_, code) =>
  code === NO_ANSWER ? '.' : code === CANT_SAY ? '0' : String(code),
);

function answerCodes(matrix: AnswerMatrix, notApplicable: Uint8Array, person: number): string {
  let codes = '';
  const start = person * matrix.items;
  for (let column = 0; column < matrix.items; column++) {
    codes +=
      notApplicable[start + column] === 1
        ? 'n'
        : (CODE_CHAR[matrix.cells[start + column] ?? NO_ANSWER] ?? '.');
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
  const participants = data.round1.participants.map((id, person) => [
    id,
    data.roleOf.get(id) ?? '',
    answerCodes(data.round1, data.notApplicable[1], person),
    answerCodes(data.round2, data.notApplicable[2], person),
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
  const participants = [...roleOf.keys()].sort(compareText);
  const layout = itemLayout(instrument);
  const tables = collectMatrices(file, layout, participants);
  return {
    file,
    instrument,
    roleOf,
    round1: tables[1],
    round2: tables[2],
    notApplicable: notApplicableCells(file, layout, tables),
  };
}
