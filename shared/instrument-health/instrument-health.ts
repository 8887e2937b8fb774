import type { FileResponse } from '../format/workshop-file';
import { INSTRUMENTS, itemsOf, type FactorInfo, type Instrument } from '../instrument';
import {
  CANT_SAY,
  NO_ANSWER,
  collectMatrices,
  itemLayout,
  withoutStraightLinedCells,
  type ItemLayout,
} from '../scoring/answer-matrix';
import { compareText, round2 } from '../scoring/stats';
import { reliabilityOf } from './reliability';
import type { FactorHealth, InstrumentHealth, VersionHealth } from './schema';

/**
 * Complete answer sets a factor needs before its figures are shown. Even with 30 people an alpha
 * of .70 over three to five statements has a 95 % interval of about .45–.85 (Feldt), and an
 * item–rest correlation near .30 a standard error of about .17: with fewer, a factor or a
 * statement would be judged on noise. Pooled figures also never rest on fewer people than any
 * pooled workshop's k.
 */
export const MIN_HEALTH_PEOPLE = 30;

/** One stored workshop as instrument health reads it: its round-1 answers and who gave them. */
export interface HealthWorkshop {
  id: string;
  instrumentVersion: string;
  anonymityThreshold: number;
  /** Demonstration data: counted as left out, its answers never read. */
  demo: boolean;
  participants: readonly string[];
  responses: readonly FileResponse[];
}

/** One person's round-1 answers (the cell codes of `AnswerMatrix`) and the workshop they were in. */
interface Person {
  workshop: string;
  cells: Uint8Array;
}

const answered = (code: number): boolean => code !== NO_ANSWER && code !== CANT_SAY;

/**
 * Internal consistency of every factor of every released instrument version, pooled over the
 * workshops' round-1 answers (docs/scoring.md, "Instrument health"). Answers are read as the
 * scorer reads them: health-keyed statements reversed into debt scores, "can't say" and "not
 * applicable" missing, a participant's straight-lined dimension left out. Alpha and the item–rest
 * correlations use the people who answered every statement of the factor.
 */
export function instrumentHealth(
  workshops: readonly HealthWorkshop[],
  instruments: readonly Instrument[] = INSTRUMENTS,
): InstrumentHealth {
  const known = new Set(instruments.map((instrument) => instrument.version));
  const real = workshops.filter((workshop) => !workshop.demo);
  return {
    // Newest first: the version a facilitator runs today is the one they look for.
    versions: [...instruments].reverse().map((instrument) =>
      versionHealth(
        instrument,
        real.filter((workshop) => workshop.instrumentVersion === instrument.version),
      ),
    ),
    demoWorkshopsLeftOut: workshops.length - real.length,
    unknownVersionWorkshops: real.filter((workshop) => !known.has(workshop.instrumentVersion))
      .length,
  };
}

function versionHealth(
  instrument: Instrument,
  workshops: readonly HealthWorkshop[],
): VersionHealth {
  const layout = itemLayout(instrument);
  const people: Person[] = [];
  let straightLined = 0;
  let largestK = 0;
  const counted = new Set<string>();
  // Workshops and people in code-unit order, so the same store gives byte-identical figures.
  for (const workshop of [...workshops].sort((a, b) => compareText(a.id, b.id))) {
    const ids = [...new Set(workshop.participants)].sort(compareText);
    const matrix = collectMatrices(workshop, layout, ids)[1];
    const kept = withoutStraightLinedCells(matrix, layout);
    straightLined += kept.straightLiners;
    for (let row = 0; row < ids.length; row++) {
      const cells = kept.matrix.cells.subarray(row * matrix.items, (row + 1) * matrix.items);
      if (!cells.some(answered)) continue;
      people.push({ workshop: workshop.id, cells });
      counted.add(workshop.id);
    }
    if (ids.length > 0 && counted.has(workshop.id)) {
      largestK = Math.max(largestK, workshop.anonymityThreshold);
    }
  }
  const minPeople = Math.max(MIN_HEALTH_PEOPLE, largestK);
  return {
    version: instrument.version,
    workshops: counted.size,
    people: people.length,
    minPeople,
    straightLined,
    factors: instrument.factors.map((factor) =>
      factorHealth(instrument, layout, factor, people, minPeople),
    ),
  };
}

function factorHealth(
  instrument: Instrument,
  layout: ItemLayout,
  { dimension, id: factor }: FactorInfo,
  people: readonly Person[],
  minPeople: number,
): FactorHealth {
  const items = itemsOf(instrument, { dimension, factor });
  const columns = items.map((item) => layout.column.get(item.id) ?? 0);
  let someAnswer = 0;
  const rows: number[][] = [];
  const behind = new Set<string>();
  for (const person of people) {
    const codes = columns.map((column) => person.cells[column] ?? NO_ANSWER);
    if (!codes.some(answered)) continue;
    someAnswer += 1;
    if (!codes.every(answered)) continue;
    // The scorer's own debt score of each answer: health-keyed statements come out reversed.
    rows.push(codes.map((code, c) => layout.debt[(columns[c] ?? 0) * 8 + code] ?? 0));
    behind.add(person.workshop);
  }
  const n = rows.length;
  const base = {
    dimension,
    factor,
    statements: items.length,
    answered: someAnswer,
    n,
    workshops: behind.size,
  };
  const withheld = (reason: FactorHealth['withheld'], more = 0): FactorHealth => ({
    ...base,
    alpha: null,
    withheld: reason,
    morePeopleNeeded: more,
    items: items.map((item) => ({
      id: item.id,
      keyed: item.keyed,
      n,
      itemRest: null,
      alphaIfDeleted: null,
    })),
  });
  if (items.length < 2) return withheld('too_few_statements');
  if (n < minPeople) return withheld('too_few_people', minPeople - n);
  const figures = reliabilityOf(rows);
  if (!figures.ok) return withheld(figures.reason);
  return {
    ...base,
    alpha: round2(figures.alpha),
    withheld: null,
    morePeopleNeeded: 0,
    items: items.map((item, index) => {
      const statement = figures.statements[index];
      return {
        id: item.id,
        keyed: item.keyed,
        n,
        itemRest: nullableRound2(statement?.itemRest ?? null),
        alphaIfDeleted: nullableRound2(statement?.alphaIfDeleted ?? null),
      };
    }),
  };
}

const nullableRound2 = (value: number | null): number | null =>
  value === null ? null : round2(value);
