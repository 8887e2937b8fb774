import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { scoreWorkshop } from '../../../shared/scoring';
import { fileArb, permute, SMALL_INSTRUMENT, SMALL_ITEM_IDS } from './fixtures';

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
          expect(withoutNotApplicable(after)).toEqual(withoutNotApplicable(before));
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
        expect(withoutNotApplicable(scoreWorkshop(allNa, SMALL_INSTRUMENT))).toEqual(
          withoutNotApplicable(scoreWorkshop(silent, SMALL_INSTRUMENT)),
        );
      }),
      { numRuns: 30 },
    );
  });
});
