import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { NOT_APPLICABLE_FLAG_SHARE, scoreWorkshop } from '../../../shared/scoring';
import { computeFingerprint } from '../../../shared/scoring/fingerprint';
import { fileArb, makeFile, permute, SMALL_INSTRUMENT, SMALL_ITEM_IDS } from './fixtures';

const RUNS = { numRuns: 100 };

/** Every field of a result but the not-applicable counts and flags, which exist to change. */
function withoutNotApplicable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNotApplicable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'notApplicable' && key !== 'mostlyNotApplicable')
      .map(([key, inner]) => [key, withoutNotApplicable(inner)]),
  );
}

/** The statements a participant left unanswered in a round, where a "na" could go. */
function emptyCells(file: WorkshopFile): WorkshopFile['responses'] {
  const given = new Set(file.responses.map((r) => `${r.participant}|${r.item}|${r.round}`));
  const cells: WorkshopFile['responses'] = [];
  for (const participant of file.participants) {
    for (const round of [1, 2] as const) {
      for (const item of SMALL_ITEM_IDS) {
        if (!given.has(`${participant.id}|${item}|${round}`)) {
          cells.push({ participant: participant.id, item, round, value: 'na' });
        }
      }
    }
  }
  return cells;
}

describe('"not applicable" adds nothing to any figure', () => {
  it('adding "na" answers anywhere, in any order, changes no index, factor, dimension, statement figure or finding', () => {
    fc.assert(
      fc.property(
        fileArb,
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        fc.array(fc.nat(), { minLength: 400, maxLength: 400 }),
        (file, picks, order) => {
          const added = emptyCells(file).filter((_, index) => picks[index % picks.length]);
          const withNa: WorkshopFile = {
            ...file,
            responses: permute([...file.responses, ...added], order),
          };
          const before = scoreWorkshop(file, SMALL_INSTRUMENT);
          const after = scoreWorkshop(withNa, SMALL_INSTRUMENT);
          expect(after.indices).toEqual(before.indices);
          // The fingerprint names the data, "not applicable" included; everything else is equal.
          // A statement only marked "not applicable" is listed, with no figure, to be flagged.
          const { fingerprint: _a, items, ...rest } = after;
          const { fingerprint: _b, ...was } = before;
          const listed = items.filter((item) => item.n > 0 || item.distribution.cantSay > 0);
          expect(
            items.filter((item) => !listed.includes(item)).every((item) => item.mean === null),
          ).toBe(true);
          expect(withoutNotApplicable({ ...rest, items: listed })).toEqual(
            withoutNotApplicable(was),
          );
        },
      ),
      RUNS,
    );
  });

  it('a room that marks everything not applicable has no figure at all, as a room that said nothing', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const silent: WorkshopFile = { ...file, responses: [] };
        const allNa: WorkshopFile = { ...file, responses: emptyCells(silent) };
        const { fingerprint: _a, items, ...rest } = scoreWorkshop(allNa, SMALL_INSTRUMENT);
        const { fingerprint: _b, ...was } = scoreWorkshop(silent, SMALL_INSTRUMENT);
        // The statements are listed, each with no figure and all its marks "not applicable".
        expect(items.every((item) => item.n === 0 && item.mostlyNotApplicable)).toBe(true);
        expect(withoutNotApplicable({ ...rest, items: [] })).toEqual(withoutNotApplicable(was));
      }),
      { numRuns: 30 },
    );
  });
});

/** Ten people in one role; `answer(person)` is what each gave the first statement in round 1. */
function roomOf(answer: (person: number) => WorkshopFile['responses'][number]['value']) {
  const participants = Array.from({ length: 10 }, (_, index) => ({
    id: `p${index + 1}`,
    alias: `Alias ${index + 1}`,
    role: 'engineering',
  }));
  const item = SMALL_ITEM_IDS[0] ?? '';
  return makeFile({
    k: 3,
    participants,
    responses: participants.map((participant, person) => ({
      participant: participant.id,
      item,
      round: 1 as const,
      value: answer(person),
    })),
    realityCheck: [],
    decisions: [],
  });
}

describe('"not applicable" is counted and flagged on its own', () => {
  const first = SMALL_ITEM_IDS[0];

  it('counts it per statement and in all, never as an answer or as "can\'t say"', () => {
    const result = scoreWorkshop(
      roomOf((person) => (person < 3 ? 'na' : person < 6 ? null : 4)),
      SMALL_INSTRUMENT,
    );
    expect(result.n).toMatchObject({ responses: 4, cantSay: 3, notApplicable: 3 });
    expect(result.items.find((item) => item.id === first)).toMatchObject({
      n: 4,
      notApplicable: 3,
      // 3 of the 7 who answered or could not say: "not applicable" is in neither side.
      distribution: { values: [0, 0, 0, 4, 0], cantSay: 3 },
      mostlyCantSay: true,
      mostlyNotApplicable: false,
    });
  });

  it(`flags a statement when more than ${NOT_APPLICABLE_FLAG_SHARE * 100} % of those who responded said it is not for their role`, () => {
    const flagged = (marked: number) =>
      scoreWorkshop(
        roomOf((person) => (person < marked ? 'na' : 3)),
        SMALL_INSTRUMENT,
      ).items.find((item) => item.id === first)?.mostlyNotApplicable;
    expect(flagged(5)).toBe(false);
    expect(flagged(6)).toBe(true);
    // Everyone: the statement is still listed, flagged, with no figure.
    const all = scoreWorkshop(
      roomOf(() => 'na'),
      SMALL_INSTRUMENT,
    ).items.find((item) => item.id === first);
    expect(all).toMatchObject({ n: 0, mean: null, notApplicable: 10, mostlyNotApplicable: true });
  });

  it('hashes it into the fingerprint, and a file without it hashes as before', () => {
    const none = roomOf(() => 3);
    const some = roomOf((person) => (person === 0 ? 'na' : 3));
    const skipped: WorkshopFile = { ...some, responses: some.responses.slice(1) };
    expect(computeFingerprint(some, SMALL_INSTRUMENT).dataHash).not.toBe(
      computeFingerprint(skipped, SMALL_INSTRUMENT).dataHash,
    );
    expect(computeFingerprint(some, SMALL_INSTRUMENT).dataHash).not.toBe(
      computeFingerprint(none, SMALL_INSTRUMENT).dataHash,
    );
    expect(scoreWorkshop(some, SMALL_INSTRUMENT).fingerprint).toEqual(
      computeFingerprint(some, SMALL_INSTRUMENT),
    );
  });
});
