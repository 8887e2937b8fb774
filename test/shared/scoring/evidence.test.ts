import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import {
  WorkshopFile,
  type FileDecisionEntry,
  type FileRealityCheckEntry,
} from '../../../shared/format/workshop-file';
import { getInstrument, INSTRUMENT } from '../../../shared/instrument';
import { MODEL_VERSION, scoreWorkshop } from '../../../shared/scoring';
import { fileArb, makeFile } from './fixtures';

// Evidence protocol: a field nobody assessed is not a failure. Only what the room looked at
// counts, in either direction; everything else about the scores must be untouched by it.

const participants = Array.from({ length: 6 }, (_, i) => ({
  id: `p${i}`,
  alias: `P${i}`,
  role: 'engineering',
}));
/** A healthy room: everyone at the healthy end of every statement. */
const healthy = participants.flatMap((participant) =>
  INSTRUMENT.items.map((item) => ({
    participant: participant.id,
    item: item.id,
    round: 1 as const,
    value: (item.keyed === 'debt' ? 1 : 5) as 1 | 5,
  })),
);

const titleOnly = (title: string): FileRealityCheckEntry => ({
  title,
  reported: 'done',
  verified: null,
  ownerClear: null,
  decisionTraceable: null,
});
const decisionTitleOnly = (title: string): FileDecisionEntry => ({
  title,
  deciderKnown: null,
  inputsKnown: null,
  recorded: null,
  recordedNote: '',
  replayable: null,
});

const score = (realityCheck: FileRealityCheckEntry[], decisions: FileDecisionEntry[] = []) =>
  scoreWorkshop(
    makeFile({ k: 5, participants, responses: healthy, realityCheck, decisions }),
    INSTRUMENT,
  );

describe('evidence fields left unset are "not assessed"', () => {
  it('a Reality Check row with only a title adds no gap and changes no figure', () => {
    const without = score([]);
    const withRow = score([titleOnly('Ledger live')], [decisionTitleOnly('Freeze hiring')]);
    expect(withRow.evidence.realityCheck).toMatchObject({ entries: 1, assessed: 0, gap: null });
    expect(withRow.evidence.decisions).toMatchObject({ entries: 1, assessed: 0, gap: null });
    expect(withRow.indices).toEqual(without.indices);
    expect(withRow.findings).toEqual(without.findings);
  });

  it('an entry counts only the fields that were assessed', () => {
    const result = score(
      [{ ...titleOnly('Half checked'), verified: 'not_verified' }],
      [{ ...decisionTitleOnly('Recorded nowhere'), recorded: 'nowhere' }],
    );
    // The one assessed field of each entry is all its gap is made of.
    expect(result.evidence.realityCheck).toMatchObject({
      assessed: 1,
      notVerified: 1,
      ownerClear: 0,
      ownerNone: 0,
      traceable: 0,
      untraceable: 0,
      unverifiedShare: 100,
      gap: 100,
    });
    expect(result.evidence.decisions).toMatchObject({
      assessed: 1,
      recorded: 0,
      notRecorded: 1,
      deciderKnown: 0,
      deciderUnknown: 0,
      gap: 100,
    });
  });

  it('over random workshops, adding an unassessed entry anywhere changes no figure', () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), fc.nat(), (file, rcAt, dsAt) => {
        const realityCheck = [...file.realityCheck];
        realityCheck.splice(rcAt % (realityCheck.length + 1), 0, titleOnly('Not looked at'));
        const decisions = [...file.decisions];
        decisions.splice(dsAt % (decisions.length + 1), 0, decisionTitleOnly('Not looked at'));
        const before = scoreWorkshop(file, INSTRUMENT);
        const after = scoreWorkshop({ ...file, realityCheck, decisions }, INSTRUMENT);
        expect(after.indices).toEqual(before.indices);
        expect(after.evidence.realityCheck.gap).toBe(before.evidence.realityCheck.gap);
        expect(after.evidence.decisions.gap).toBe(before.evidence.decisions.gap);
        expect(after.findings.map((finding) => [finding.id, finding.severity])).toEqual(
          before.findings.map((finding) => [finding.id, finding.severity]),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('assessing a field as failing never lowers the headline', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const rc = file.realityCheck.findIndex((entry) => entry.verified === null);
        fc.pre(rc >= 0);
        const realityCheck = file.realityCheck.map((entry, index) =>
          index === rc ? { ...entry, verified: 'not_verified' as const } : entry,
        );
        const before = scoreWorkshop(file, INSTRUMENT).indices.executionDebtIndex;
        const after = scoreWorkshop({ ...file, realityCheck }, INSTRUMENT).indices
          .executionDebtIndex;
        if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('unassessed items neither set nor lift the "nothing verifiable" floor', () => {
    const failing = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...titleOnly(`Item ${i}`),
        verified: 'not_verified' as const,
        ownerClear: 'yes' as const,
        decisionTraceable: true,
      }));
    const unassessed = Array.from({ length: 5 }, (_, i) => titleOnly(`Unchecked ${i}`));
    // Three checked, all failing: the floor holds even beside five items nobody looked at.
    expect(score([...failing(3), ...unassessed]).indices.executionDebtIndex).toBeGreaterThanOrEqual(
      50,
    );
    // Two checked are too few to overrule the room, however many were left unchecked.
    expect(score([...failing(2), ...unassessed]).indices.executionDebtIndex).toBeLessThan(50);
  });
});

describe('where a decision is recorded is a choice', () => {
  it('ranks the places from a decision log (no gap) to nowhere (full gap)', () => {
    const gapOf = (recorded: FileDecisionEntry['recorded']) =>
      score([], [{ ...decisionTitleOnly('D'), recorded }]).evidence.decisions.gap;
    expect(gapOf('decision_log')).toBe(0);
    expect(gapOf('ticket')).toBe(25);
    expect(gapOf('meeting_minutes')).toBe(25);
    expect(gapOf('team_chat')).toBe(50);
    expect(gapOf('personal_notes')).toBe(75);
    expect(gapOf('nowhere')).toBe(100);
    expect(gapOf(null)).toBeNull();
  });

  it('refuses a place that is not one of the choices, naming the field', () => {
    const result = validateWorkshopFile(
      {
        ...makeFile({ k: 3, participants: [], responses: [], realityCheck: [], decisions: [] }),
        decisions: [{ ...decisionTitleOnly('D'), recorded: 'the wiki' }],
      },
      getInstrument,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('decisions[0].recorded');
  });
});

describe('a version-1 workshop file', () => {
  const v1: unknown = JSON.parse(readFileSync('test/fixtures/workshop-v1.json', 'utf8'));

  it('still validates and scores with the current model', () => {
    const validation = validateWorkshopFile(v1, getInstrument);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.file.version).toBe(3);
    const result = scoreWorkshop(validation.file, INSTRUMENT);
    expect(result.modelVersion).toBe(MODEL_VERSION);
    expect(result.indices.executionDebtIndex).not.toBeNull();
  });

  it('maps its free-text record: empty or "nowhere" to nowhere, any other text to "other" with a note', () => {
    const file = WorkshopFile.parse(v1);
    expect(file.decisions.map((entry) => [entry.recorded, entry.recordedNote])).toEqual([
      ['nowhere', ''],
      ['other', 'Product wiki, decision log'],
      ['nowhere', ''],
    ]);
    const saysNowhere = WorkshopFile.parse({
      ...(v1 as Record<string, unknown>),
      decisions: [
        {
          title: 'A',
          deciderKnown: true,
          inputsKnown: true,
          recorded: 'Nowhere',
          replayable: 'yes',
        },
        {
          title: 'B',
          deciderKnown: true,
          inputsKnown: true,
          recorded: 'en ningún sitio',
          replayable: 'yes',
        },
      ],
    });
    expect(saysNowhere.decisions.map((entry) => entry.recorded)).toEqual(['nowhere', 'nowhere']);
  });

  it('keeps every Reality Check value it gave', () => {
    const file = WorkshopFile.parse(v1);
    const raw = (v1 as { realityCheck: unknown[] }).realityCheck;
    expect(file.realityCheck).toEqual(raw);
  });
});
