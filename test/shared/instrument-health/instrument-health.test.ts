import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileResponse } from '../../../shared/format/workshop-file';
import {
  instrumentHealth,
  MIN_HEALTH_PEOPLE,
  reliabilityOf,
  type HealthWorkshop,
} from '../../../shared/instrument-health';
import type { Instrument, InstrumentItem, Keyed } from '../../../shared/instrument/types';

const text = (en: string) => ({ en, es: en, de: en, fr: en });
const item = (
  id: string,
  factor: 'load' | 'speakup' | 'pipeline',
  keyed: Keyed,
): InstrumentItem => ({
  id,
  dimension: factor === 'pipeline' ? 'technical' : 'human',
  factor,
  keyed,
  text: text(id),
  note: text(''),
});

/** hd.load: three statements, the second health-keyed; hd.speakup: one; td.pipeline: two. */
function testInstrument(version = 'h-1'): Instrument {
  return {
    version,
    dimensions: [
      { id: 'human', label: text('Human') },
      { id: 'technical', label: text('Technical') },
    ],
    factors: [
      { id: 'load', dimension: 'human', label: text('Load'), prompt: text('') },
      { id: 'speakup', dimension: 'human', label: text('Speak up'), prompt: text('') },
      { id: 'pipeline', dimension: 'technical', label: text('Pipeline'), prompt: text('') },
    ],
    items: [
      item('hd.load.1', 'load', 'debt'),
      item('hd.load.2', 'load', 'health'),
      item('hd.load.3', 'load', 'debt'),
      item('hd.speakup.1', 'speakup', 'debt'),
      item('td.pipeline.1', 'pipeline', 'debt'),
      item('td.pipeline.2', 'pipeline', 'health'),
    ],
  };
}
const INSTRUMENT = testInstrument();

/**
 * The hand-worked example (debt-side answers of five people to three statements):
 *   item variances (n − 1) 2.5, 1.8, 1.3 → 5.6; totals 5, 7, 10, 13, 14 → variance 14.7;
 *   alpha = 3/2 × (1 − 5.6 / 14.7) = 13/14 = 0.9286.
 * Item 1 against the rest (4, 5, 7, 9, 9): cross-products 14, squares 10 and 20.8 → r = .97;
 * item 2: 12.2 / √(7.2 × 27.2) = .87; item 3: 10.2 / √(5.2 × 33.2) = .78.
 * Alpha without item 1: 2 × (1 − (1.8 + 1.3) / 5.2) = 21/26 = .81; without 2: 15/17 = .88;
 * without 3: 80/83 = .96.
 */
const HAND = [
  [1, 2, 2],
  [2, 2, 3],
  [3, 4, 3],
  [4, 4, 5],
  [5, 5, 4],
] as const;

type Value = 1 | 2 | 3 | 4 | 5 | null | 'na';

/** A workshop whose people gave `answers` (statement id → value) in round 1. */
function workshop(
  id: string,
  answers: readonly Record<string, Value>[],
  extra: Partial<HealthWorkshop> = {},
): HealthWorkshop {
  const participants = answers.map((_, index) => `${id}-p${String(index).padStart(3, '0')}`);
  const responses: FileResponse[] = answers.flatMap((row, index) =>
    Object.entries(row).map(([itemId, value]) => ({
      participant: participants[index] ?? '',
      item: itemId,
      round: 1 as const,
      value,
    })),
  );
  return {
    id,
    instrumentVersion: INSTRUMENT.version,
    anonymityThreshold: 5,
    demo: false,
    participants,
    responses,
    ...extra,
  };
}

/** The hand example on hd.load as given answers: statement 2 is health-keyed, so it is 6 − v. */
function handPeople(times: number): Record<string, Value>[] {
  return Array.from({ length: times }, () =>
    HAND.map(([a, b, c]) => ({
      'hd.load.1': a,
      'hd.load.2': (6 - b) as Value,
      'hd.load.3': c,
    })),
  ).flat();
}

const load = (health: ReturnType<typeof instrumentHealth>, version = INSTRUMENT.version) => {
  const factor = health.versions
    .find((entry) => entry.version === version)
    ?.factors.find((entry) => entry.factor === 'load');
  if (!factor) throw new Error('no hd.load figures');
  return factor;
};

/** Alpha straight from its textbook definition, with sample variances: a second path to the figure. */
function textbookAlpha(rows: readonly (readonly number[])[]): number {
  const variance = (values: number[]) => {
    const m = values.reduce((sum, value) => sum + value, 0) / values.length;
    return values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1);
  };
  const k = rows[0]?.length ?? 0;
  const items = Array.from({ length: k }, (_, i) => variance(rows.map((row) => row[i] ?? 0)));
  const totals = variance(rows.map((row) => row.reduce((sum, value) => sum + value, 0)));
  return (k / (k - 1)) * (1 - items.reduce((sum, value) => sum + value, 0) / totals);
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  x.forEach((value, i) => {
    sxy += (value - mx) * ((y[i] ?? 0) - my);
    sxx += (value - mx) ** 2;
    syy += ((y[i] ?? 0) - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

const matrixArb = fc.integer({ min: 2, max: 6 }).chain((k) =>
  fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: k, maxLength: k }), {
    minLength: 3,
    maxLength: 40,
  }),
);

describe('reliability arithmetic', () => {
  it('gives the hand-worked figures: alpha 13/14, item–rest .97 .87 .78, alpha without each .81 .88 .96', () => {
    const figures = reliabilityOf(HAND);
    if (!figures.ok) throw new Error('expected figures');
    expect(figures.alpha).toBeCloseTo(13 / 14, 12);
    expect(figures.statements.map((s) => s.itemRest)).toEqual([
      expect.closeTo(14 / Math.sqrt(10 * 20.8), 12),
      expect.closeTo(12.2 / Math.sqrt(7.2 * 27.2), 12),
      expect.closeTo(10.2 / Math.sqrt(5.2 * 33.2), 12),
    ]);
    expect(figures.statements.map((s) => s.alphaIfDeleted)).toEqual([
      expect.closeTo(21 / 26, 12),
      expect.closeTo(15 / 17, 12),
      expect.closeTo(80 / 83, 12),
    ]);
  });

  it("gives the worked example's two-statement figure (.74, as the instrument script always has)", () => {
    const rows = [
      [100, 75],
      [75, 75],
      [75, 50],
      [75, 25],
      [50, 25],
      [75, 25],
    ];
    const figures = reliabilityOf(rows);
    expect(figures.ok && Math.round(figures.alpha * 100) / 100).toBe(0.74);
    // Two statements: leaving one out leaves no alpha.
    expect(figures.ok && figures.statements.map((s) => s.alphaIfDeleted)).toEqual([null, null]);
  });

  it('matches the textbook definition and a direct Pearson correlation on any matrix', () => {
    fc.assert(
      fc.property(matrixArb, (rows) => {
        const figures = reliabilityOf(rows);
        const totals = rows.map((row) => row.reduce((sum, value) => sum + value, 0));
        if (new Set(totals).size === 1) {
          expect(figures).toEqual({ ok: false, reason: 'no_variance' });
          return;
        }
        if (!figures.ok) throw new Error('expected figures');
        expect(figures.alpha).toBeCloseTo(Math.min(1, textbookAlpha(rows)), 9);
        figures.statements.forEach((statement, i) => {
          const own = rows.map((row) => row[i] ?? 0);
          const rest = rows.map((row, r) => (totals[r] ?? 0) - (row[i] ?? 0));
          if (statement.itemRest === null) {
            expect(new Set(own).size === 1 || new Set(rest).size === 1).toBe(true);
          } else {
            expect(statement.itemRest).toBeCloseTo(pearson(own, rest), 9);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('is never above 1, whatever the answers', () => {
    fc.assert(
      fc.property(matrixArb, (rows) => {
        const figures = reliabilityOf(rows);
        if (!figures.ok) return;
        expect(figures.alpha).toBeLessThanOrEqual(1);
        for (const statement of figures.statements) {
          if (statement.alphaIfDeleted !== null)
            expect(statement.alphaIfDeleted).toBeLessThanOrEqual(1);
          if (statement.itemRest !== null)
            expect(Math.abs(statement.itemRest)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('is exactly 1 for perfectly parallel statements, and 0 / 0 is no figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 40 }),
        fc.integer({ min: 2, max: 6 }),
        (values, k) => {
          fc.pre(new Set(values).size > 1);
          const figures = reliabilityOf(values.map((value) => Array<number>(k).fill(value)));
          if (!figures.ok) throw new Error('expected figures');
          expect(figures.alpha).toBeCloseTo(1, 12);
          for (const statement of figures.statements) expect(statement.itemRest).toBeCloseTo(1, 12);
        },
      ),
    );
    expect(
      reliabilityOf([
        [3, 3],
        [3, 3],
        [3, 3],
      ]),
    ).toEqual({ ok: false, reason: 'no_variance' });
  });

  it('reads totals that never vary as no figure, even when the statements do', () => {
    // Every total is 11: summing the covariance matrix's cells once left 1e-16 here, and an alpha
    // of about −7.6 × 10¹⁵.
    const rows = [
      [1, 2, 3, 5],
      [1, 5, 1, 4],
      [1, 1, 4, 5],
    ];
    expect(reliabilityOf(rows)).toEqual({ ok: false, reason: 'no_variance' });
  });

  it('refuses a set of answer sets it cannot read, saying why', () => {
    expect(() => reliabilityOf([[1], [2]])).toThrow('at least two statements');
    expect(() => reliabilityOf([[1, 2], [3]])).toThrow('one value per statement');
  });
});

describe('instrument health across workshops', () => {
  it('pools workshops into the hand-worked figures, reading the health-keyed statement reversed', () => {
    // 30 people: the hand example six times over (alpha is unchanged by repeating every row).
    const people = handPeople(6);
    const health = instrumentHealth(
      [workshop('w-a', people.slice(0, 15)), workshop('w-b', people.slice(15))],
      [INSTRUMENT],
    );
    const factor = load(health);
    expect(factor).toMatchObject({
      statements: 3,
      answered: 30,
      n: 30,
      workshops: 2,
      alpha: 0.93,
      withheld: null,
      morePeopleNeeded: 0,
    });
    expect(factor.items).toEqual([
      { id: 'hd.load.1', keyed: 'debt', n: 30, itemRest: 0.97, alphaIfDeleted: 0.81 },
      { id: 'hd.load.2', keyed: 'health', n: 30, itemRest: 0.87, alphaIfDeleted: 0.88 },
      { id: 'hd.load.3', keyed: 'debt', n: 30, itemRest: 0.78, alphaIfDeleted: 0.96 },
    ]);
    expect(health.versions[0]).toMatchObject({ workshops: 2, people: 30, minPeople: 30 });
  });

  it('reverses keying: a health statement that mirrors a debt one is parallel (alpha 1); read unreversed it is not', () => {
    const mirrored = Array.from({ length: 30 }, (_, i) => {
      const v = ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5;
      return { 'td.pipeline.1': v, 'td.pipeline.2': (6 - v) as Value };
    });
    const pipeline = (instrument: Instrument) =>
      instrumentHealth(
        [workshop('w', mirrored, { instrumentVersion: instrument.version })],
        [instrument],
      ).versions[0]?.factors.find((f) => f.factor === 'pipeline');
    expect(pipeline(INSTRUMENT)?.alpha).toBe(1);
    // The same answers with both statements taken as debt-keyed cancel out: every total is the
    // same, so there is nothing to measure consistency on.
    const unkeyed = testInstrument('h-unkeyed');
    unkeyed.items = unkeyed.items.map((entry) => ({ ...entry, keyed: 'debt' }));
    expect(pipeline(unkeyed)).toMatchObject({ alpha: null, withheld: 'no_variance' });
    // And the hand example read without reversing its health-keyed statement is far from .93.
    const hand = testInstrument('h-hand');
    hand.items = hand.items.map((entry) => ({ ...entry, keyed: 'debt' }));
    const unreversed = instrumentHealth(
      [workshop('w', handPeople(6), { instrumentVersion: 'h-hand' })],
      [hand],
    );
    expect(load(unreversed, 'h-hand').alpha).toBeLessThan(0.5);
  });

  it('withholds figures below the minimum of people, saying how many more are needed', () => {
    const short = instrumentHealth([workshop('w', handPeople(6).slice(0, 29))], [INSTRUMENT]);
    expect(load(short)).toMatchObject({
      n: 29,
      alpha: null,
      withheld: 'too_few_people',
      morePeopleNeeded: 1,
    });
    expect(load(short).items.every((s) => s.itemRest === null && s.n === 29)).toBe(true);
    expect(MIN_HEALTH_PEOPLE).toBe(30);
    // Never fewer people than a pooled workshop's k.
    const strict = instrumentHealth(
      [workshop('w', handPeople(6), { anonymityThreshold: 40 })],
      [INSTRUMENT],
    );
    expect(load(strict)).toMatchObject({ withheld: 'too_few_people', morePeopleNeeded: 10 });
  });

  it('counts only people who answered every statement: "can\'t say", "not applicable" and gaps are missing', () => {
    const people = handPeople(6);
    const gaps: Record<string, Value>[] = [
      { 'hd.load.1': 4, 'hd.load.2': null, 'hd.load.3': 4 },
      { 'hd.load.1': 4, 'hd.load.2': 'na', 'hd.load.3': 4 },
      { 'hd.load.1': 4, 'hd.load.3': 4 },
    ];
    const factor = load(instrumentHealth([workshop('w', [...people, ...gaps])], [INSTRUMENT]));
    expect(factor).toMatchObject({ answered: 33, n: 30, alpha: 0.93 });
  });

  it('has no figure for a one-statement factor or a factor nobody varied on', () => {
    const same = Array.from({ length: 40 }, () => ({
      'hd.speakup.1': 4 as Value,
      'td.pipeline.1': 2 as Value,
      'td.pipeline.2': 4 as Value,
    }));
    const factors = instrumentHealth([workshop('w', same)], [INSTRUMENT]).versions[0]?.factors;
    expect(factors?.find((f) => f.factor === 'speakup')).toMatchObject({
      withheld: 'too_few_statements',
      alpha: null,
      n: 40,
    });
    expect(factors?.find((f) => f.factor === 'pipeline')).toMatchObject({
      withheld: 'no_variance',
      alpha: null,
    });
  });

  it('leaves demonstration workshops out, whatever they hold, and counts them', () => {
    const real = [workshop('w', handPeople(6))];
    const noise = Array.from({ length: 50 }, (_, i) => ({
      'hd.load.1': ((i % 5) + 1) as Value,
      'hd.load.2': (((i * 3) % 5) + 1) as Value,
      'hd.load.3': (((i * 7) % 5) + 1) as Value,
    }));
    const withDemo = instrumentHealth(
      [...real, workshop('demo', noise, { demo: true })],
      [INSTRUMENT],
    );
    const without = instrumentHealth(real, [INSTRUMENT]);
    expect(withDemo.versions).toEqual(without.versions);
    expect(withDemo.demoWorkshopsLeftOut).toBe(1);
    expect(without.demoWorkshopsLeftOut).toBe(0);
  });

  it('keeps each instrument version apart, newest first, and counts unknown versions', () => {
    const older = testInstrument('h-0');
    const health = instrumentHealth(
      [
        workshop('w-new', handPeople(6)),
        workshop('w-old', handPeople(1), { instrumentVersion: 'h-0' }),
        workshop('w-future', handPeople(6), { instrumentVersion: '9.9.9' }),
      ],
      [older, INSTRUMENT],
    );
    expect(health.versions.map((v) => [v.version, v.people, v.workshops])).toEqual([
      ['h-1', 30, 1],
      ['h-0', 5, 1],
    ]);
    expect(load(health, 'h-1').alpha).toBe(0.93);
    expect(load(health, 'h-0').withheld).toBe('too_few_people');
    expect(health.unknownVersionWorkshops).toBe(1);
  });

  it("leaves a participant's straight-lined dimension out, as the scorer does, and counts them", () => {
    const straight = { 'hd.load.1': 5, 'hd.load.2': 5, 'hd.load.3': 5, 'hd.speakup.1': 5 } as const;
    const health = instrumentHealth([workshop('w', [...handPeople(6), straight])], [INSTRUMENT]);
    expect(health.versions[0]?.straightLined).toBe(1);
    expect(load(health)).toMatchObject({ answered: 30, n: 30, alpha: 0.93 });
  });

  it('gives byte-identical figures whatever order workshops, people and answers come in', () => {
    const a = workshop('w-a', handPeople(4));
    const b = workshop('w-b', handPeople(3));
    const reversed = (w: HealthWorkshop): HealthWorkshop => ({
      ...w,
      participants: [...w.participants].reverse(),
      responses: [...w.responses].reverse(),
    });
    expect(JSON.stringify(instrumentHealth([b, a], [INSTRUMENT]))).toBe(
      JSON.stringify(instrumentHealth([reversed(a), reversed(b)], [INSTRUMENT])),
    );
  });

  it('describes no fewer people than the minimum: every figure shown rests on at least minPeople', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom<Value>(1, 2, 3, 4, 5, null, 'na'), {
            minLength: 3,
            maxLength: 3,
          }),
          { maxLength: 60 },
        ),
        (rows) => {
          const people = rows.map(([a, b, c]) => ({
            'hd.load.1': a ?? null,
            'hd.load.2': b ?? null,
            'hd.load.3': c ?? null,
          }));
          const version = instrumentHealth([workshop('w', people)], [INSTRUMENT]).versions[0];
          for (const factor of version?.factors ?? []) {
            if (factor.alpha !== null)
              expect(factor.n).toBeGreaterThanOrEqual(version?.minPeople ?? 0);
            for (const statement of factor.items) {
              if (statement.itemRest !== null) expect(statement.n).toBeGreaterThanOrEqual(30);
            }
          }
        },
      ),
    );
  });
});
