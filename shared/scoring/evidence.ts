import type {
  FileDecisionEntry,
  FileRealityCheckEntry,
  WorkshopFile,
} from '../format/workshop-file';
import {
  MISMATCH_POINTS,
  OWNER_GAP,
  RECORD_GAP,
  REPLAYABLE_GAP,
  UNVERIFIED_FLOOR,
  UNVERIFIED_FLOOR_ENTRIES,
  VERIFIED_GAP,
} from './constants';
import type { Evidence } from './result';
import { mean, round1 } from './stats';

/*
 * The evidence exercises as gaps (0 = proven, 1 = disproven). A field left unset was not assessed:
 * it adds no gap and no count, so a row with only a title says nothing at all. An entry's gap is the
 * weighted mean of its assessed fields; an exercise's gap the mean over entries with any assessed.
 */

/** Gap of a Reality Check item's verification, or null when it was not assessed. */
export function verificationGap(entry: FileRealityCheckEntry): number | null {
  return entry.verified === null ? null : VERIFIED_GAP[entry.verified];
}

/** Gap of a Reality Check item's owner, or null when it was not assessed. */
export function ownerGap(entry: FileRealityCheckEntry): number | null {
  return entry.ownerClear === null ? null : OWNER_GAP[entry.ownerClear];
}

/** 1 when a known condition fails, 0 when it holds, null when it was not assessed. */
export function unknownGap(known: boolean | null): number | null {
  return known === null ? null : known ? 0 : 1;
}

/** Gap of where a decision is written down, or null when nobody said. */
export function recordGap(entry: FileDecisionEntry): number | null {
  return entry.recorded === null ? null : RECORD_GAP[entry.recorded];
}

/** Gap of whether a decision would come out the same today, or null when it was not assessed. */
export function replayGap(entry: FileDecisionEntry): number | null {
  return entry.replayable === null ? null : REPLAYABLE_GAP[entry.replayable];
}

/** Weighted mean of the parts that were assessed, or null when none was. */
function weightedGap(parts: readonly (readonly [number | null, number])[]): number | null {
  let total = 0;
  let weight = 0;
  for (const [gap, partWeight] of parts) {
    if (gap === null) continue;
    total += gap * partWeight;
    weight += partWeight;
  }
  return weight === 0 ? null : total / weight;
}

/** A Reality Check item's gap: verification counts twice, owner and traceability once. */
export function realityEntryGap(entry: FileRealityCheckEntry): number | null {
  return weightedGap([
    [verificationGap(entry), 2],
    [ownerGap(entry), 1],
    [unknownGap(entry.decisionTraceable), 1],
  ]);
}

/** A Decision Replay entry's gap: decider, inputs, record and replay count once each. */
export function decisionEntryGap(entry: FileDecisionEntry): number | null {
  return weightedGap([
    [unknownGap(entry.deciderKnown), 1],
    [unknownGap(entry.inputsKnown), 1],
    [recordGap(entry), 1],
    [replayGap(entry), 1],
  ]);
}

/** The assessed values of a list, with the unassessed (null) left out. */
export function assessedOnly(values: readonly (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

/** 100 × the mean of the assessed gaps, or null when nothing was assessed. */
function percentGap(values: readonly (number | null)[]): number | null {
  const assessed = assessedOnly(values);
  return assessed.length === 0 ? null : round1(100 * mean(assessed));
}

/**
 * The headline's minimum from the Reality Check ("reported green, really red"): UNVERIFIED_FLOOR
 * when at least UNVERIFIED_FLOOR_ENTRIES items had their verification assessed and none of them
 * could be verified (each not verified or unknown). Unassessed items neither count nor save it.
 */
export function unverifiedFloor(realityCheck: WorkshopFile['realityCheck']): number {
  const checked = realityCheck.filter((entry) => entry.verified !== null);
  const failing = checked.filter(
    (entry) => entry.verified === 'not_verified' || entry.verified === 'unknown',
  ).length;
  return checked.length >= UNVERIFIED_FLOOR_ENTRIES && failing === checked.length
    ? UNVERIFIED_FLOOR
    : 0;
}

/** What the two evidence exercises observed, set against what the room perceived. */
export function evidenceOf(
  file: WorkshopFile,
  perceivedProgress: number | null,
  perceivedVisibility: number | null,
): Evidence {
  const rc = file.realityCheck;
  const ds = file.decisions;
  const count = <T>(list: readonly T[], test: (entry: T) => boolean): number =>
    list.filter(test).length;
  const unverifiedShare = percentGap(rc.map(verificationGap));
  const decisionGap = percentGap(ds.map(decisionEntryGap));
  return {
    realityCheck: {
      entries: rc.length,
      assessed: count(rc, (entry) => realityEntryGap(entry) !== null),
      verified: count(rc, (entry) => entry.verified === 'verified'),
      partly: count(rc, (entry) => entry.verified === 'partly'),
      notVerified: count(rc, (entry) => entry.verified === 'not_verified'),
      unknown: count(rc, (entry) => entry.verified === 'unknown'),
      ownerClear: count(rc, (entry) => entry.ownerClear === 'yes'),
      ownerUnclear: count(rc, (entry) => entry.ownerClear === 'unclear'),
      ownerNone: count(rc, (entry) => entry.ownerClear === 'no'),
      traceable: count(rc, (entry) => entry.decisionTraceable === true),
      untraceable: count(rc, (entry) => entry.decisionTraceable === false),
      unverifiedShare,
      gap: percentGap(rc.map(realityEntryGap)),
    },
    decisions: {
      entries: ds.length,
      assessed: count(ds, (entry) => decisionEntryGap(entry) !== null),
      deciderKnown: count(ds, (entry) => entry.deciderKnown === true),
      deciderUnknown: count(ds, (entry) => entry.deciderKnown === false),
      inputsKnown: count(ds, (entry) => entry.inputsKnown === true),
      inputsUnknown: count(ds, (entry) => entry.inputsKnown === false),
      recorded: count(ds, (entry) => entry.recorded !== null && entry.recorded !== 'nowhere'),
      notRecorded: count(ds, (entry) => entry.recorded === 'nowhere'),
      replayable: count(ds, (entry) => entry.replayable === 'yes'),
      replayUnsure: count(ds, (entry) => entry.replayable === 'unsure'),
      notReplayable: count(ds, (entry) => entry.replayable === 'no'),
      gap: decisionGap,
    },
    progressMismatch: mismatch(perceivedProgress, unverifiedShare),
    visibilityMismatch: mismatch(perceivedVisibility, decisionGap),
  };
}

function mismatch(perceived: number | null, observed: number | null): Evidence['progressMismatch'] {
  if (perceived === null || observed === null) return null;
  const difference = round1(perceived - observed);
  return { perceived, observed, difference, flagged: Math.abs(difference) >= MISMATCH_POINTS };
}

/** The observed execution gap: the mean of the Reality Check and Decision Replay gaps that exist. */
export function executionGapOf(evidence: Evidence): number | null {
  const parts = [evidence.realityCheck.gap, evidence.decisions.gap].filter(
    (value): value is number => value !== null,
  );
  return parts.length === 0 ? null : round1(mean(parts));
}
