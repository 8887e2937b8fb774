import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/demo/prng';
import { suppressParts } from '../../../shared/disclosure/suppression';
import { aggregatesCsv, answersByAliasCsv, answersCsv } from '../../../shared/export/csv';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { INSTRUMENT } from '../../../shared/instrument';
import { DIMENSION_PREFIX } from '../../../shared/instrument/types';
import { collectAnswers } from '../../../shared/scoring/answers';
import { withoutStraightLines } from '../../../shared/scoring/response-style';
import { aggregateRound } from '../../../shared/run/aggregate';
import { scoreWorkshop } from '../../../shared/scoring';
import {
  csvRecords,
  matchingSubsets,
  personVectors,
  subtractionAttack,
} from '../../helpers/disclosure-attacks';

const ROLES = ['leadership', 'engineering', 'product', 'design', 'operations'];
const factorOf = (itemId: string): string => {
  const item = INSTRUMENT.items.find((entry) => entry.id === itemId);
  return item ? `${DIMENSION_PREFIX[item.dimension]}.${item.factor}` : '';
};

interface RoomShape {
  k: number;
  groups: number;
  size: number;
  seed: number;
}

/**
 * A random room: people spread unevenly over the role groups (so small groups happen), random
 * answers, and "can't say" on whole factors for some people (the pattern that makes one group's
 * cell smaller than its size). Aliases and ids are tokens no figure could ever print by chance.
 */
function roomFile({ k, groups, size, seed }: RoomShape): WorkshopFile {
  const random = seededRandom(seed);
  const weights = Array.from({ length: groups }, () => 0.2 + random() * 2);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const roleAt = (): string => {
    let draw = random() * total;
    for (let index = 0; index < groups; index++) {
      draw -= weights[index] ?? 0;
      if (draw <= 0) return ROLES[index] ?? 'leadership';
    }
    return ROLES[groups - 1] ?? 'leadership';
  };
  const participants = Array.from({ length: size }, (_, index) => ({
    id: `pid${index}x`,
    alias: `Alias${index}q`,
    role: roleAt(),
  }));
  const responses: WorkshopFile['responses'] = [];
  for (const participant of participants) {
    const silentFactors = new Set(
      INSTRUMENT.items.map((item) => factorOf(item.id)).filter(() => random() < 0.04),
    );
    const lean = random() * 4;
    for (const item of INSTRUMENT.items) {
      const cantSay = silentFactors.has(factorOf(item.id)) || random() < 0.03;
      const value = Math.min(5, Math.max(1, Math.round(1 + lean + (random() - 0.5) * 2)));
      responses.push({
        participant: participant.id,
        item: item.id,
        round: 1,
        value: cantSay ? null : (value as 1 | 2 | 3 | 4 | 5),
      });
    }
  }
  return {
    format: 'edw-workshop',
    version: 3,
    workshop: {
      title: 'Room',
      client: '',
      team: '',
      date: '2026-01-15',
      facilitator: '',
      language: 'en',
      anonymityThreshold: k,
      notes: '',
    },
    participants,
    responses,
    realityCheck: [],
    decisions: [],
  };
}

const roomArb = (maxSize: number) =>
  fc.record({
    k: fc.integer({ min: 3, max: 10 }),
    groups: fc.integer({ min: 1, max: 5 }),
    size: fc.integer({ min: 2, max: maxSize }),
    seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  });

/** Every output a reader may hold, built through the disclosure step as the app builds it. */
function outputsOf(file: WorkshopFile) {
  const result = scoreWorkshop(file, INSTRUMENT);
  const presenter = aggregateRound(
    INSTRUMENT.items,
    file.responses.map((response) => ({
      participantId: response.participant,
      itemId: response.item,
      value: response.value,
    })),
    file.workshop.anonymityThreshold,
  );
  return {
    result,
    shareable: {
      'score JSON': JSON.stringify(result),
      'aggregates CSV': aggregatesCsv(file, result),
      'answers CSV': answersCsv(file, INSTRUMENT, result),
      projector: JSON.stringify(presenter),
    },
  };
}

/**
 * Who is in each role group, and whose answers count on each factor, from the file itself
 * (straight-lined dimensions are left out of every figure, docs/scoring.md).
 */
function truthOf(file: WorkshopFile) {
  const roleOf = new Map(file.participants.map((person) => [person.id, person.role]));
  const table = collectAnswers(
    file,
    new Set(INSTRUMENT.items.map((item) => item.id)),
    new Set(roleOf.keys()),
  )[1];
  const answered = new Map<string, Set<string>>();
  for (const [participant, row] of withoutStraightLines(table, INSTRUMENT)) {
    for (const [item, value] of row) {
      if (value === null) continue;
      const factor = factorOf(item);
      answered.set(factor, (answered.get(factor) ?? new Set()).add(participant));
    }
  }
  return { roleOf, answered };
}

describe('the disclosure algorithm', () => {
  it('hides parts below k, then the smallest shown parts until the hidden hold at least k', () => {
    const decide = (parts: [string, number][], k: number) =>
      Object.fromEntries(
        [
          ...suppressParts(
            parts.map(([key, n]) => ({ key, n })),
            k,
          ),
        ].map(([key, d]) => [key, d.shown ? 'shown' : d.reason]),
      );
    // 2 leaders alone would be found by subtraction: the smaller of the others goes too.
    expect(
      decide(
        [
          ['leadership', 2],
          ['engineering', 8],
          ['product', 5],
        ],
        5,
      ),
    ).toEqual({ leadership: 'below_threshold', engineering: 'shown', product: 'complementary' });
    // Two small groups together already hold k: nothing more is hidden.
    expect(
      decide(
        [
          ['a', 3],
          ['b', 3],
          ['c', 9],
        ],
        5,
      ),
    ).toEqual({ a: 'below_threshold', b: 'below_threshold', c: 'shown' });
    // A part nobody is in has nothing to protect.
    expect(
      decide(
        [
          ['a', 0],
          ['b', 6],
        ],
        5,
      ),
    ).toEqual({ a: 'below_threshold', b: 'shown' });
  });

  it('for any parts and k: shown parts hold at least k, hidden ones 0 or at least k, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 3, max: 10 }),
        (sizes, k) => {
          const parts = sizes.map((n, index) => ({ key: `g${index}`, n }));
          const decision = suppressParts(parts, k);
          let hidden = 0;
          for (const part of parts) {
            const d = decision.get(part.key);
            if (d?.shown) expect(part.n).toBeGreaterThanOrEqual(k);
            else hidden += part.n;
          }
          const total = sizes.reduce((sum, n) => sum + n, 0);
          if (total >= k) expect(hidden === 0 || hidden >= k).toBe(true);
          const reversed = suppressParts([...parts].reverse(), k);
          expect([...reversed].sort()).toEqual([...decision].sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('anonymity holds for every output, alone and combined (random rooms)', () => {
  it('no shareable output names a participant, by alias or by id', () => {
    fc.assert(
      fc.property(roomArb(40), (shape) => {
        const file = roomFile(shape);
        const { shareable } = outputsOf(file);
        for (const [name, text] of Object.entries(shareable)) {
          expect(text, name).not.toMatch(/Alias\d+q|pid\d+x/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('subtracting shown figures from the room leaves nothing about fewer than k people', () => {
    fc.assert(
      fc.property(roomArb(40), (shape) => {
        const file = roomFile(shape);
        const k = shape.k;
        const { result, shareable } = outputsOf(file);
        const { shown, remainders } = subtractionAttack(shareable['aggregates CSV']);
        for (const figure of [...shown, ...remainders]) {
          expect(figure.n, `${figure.factor} ${figure.about}`).toBeGreaterThanOrEqual(k);
        }
        // The same from the score JSON: groups' sizes never give a hidden group's size. (A room
        // below k shows no group at all; only its count of respondents.)
        if (result.roomWithheld) return;
        const shownSizes = result.groups.reduce((sum, g) => sum + (g.suppressed ? 0 : g.n), 0);
        const hiddenPeople = result.n.respondents - shownSizes;
        expect(hiddenPeople === 0 || hiddenPeople >= k).toBe(true);
        for (const group of result.groups) {
          if (group.suppressed)
            expect(Object.keys(group).sort()).toEqual(['reason', 'role', 'suppressed']);
        }
        // And every figure the projector shows counts at least k people.
        const projector = JSON.parse(shareable.projector) as {
          statements: { suppressed: boolean; n: number }[];
          factors: { suppressed: boolean; n: number }[];
        };
        for (const entry of [...projector.statements, ...projector.factors]) {
          if (!entry.suppressed) expect(entry.n).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a room below k gets no index, figure, group or finding in any output', () => {
    fc.assert(
      fc.property(
        roomArb(9).filter((shape) => shape.size < shape.k),
        (shape) => {
          const file = roomFile(shape);
          const { result, shareable } = outputsOf(file);
          expect(result.roomWithheld).toBe(true);
          expect(Object.values(result.indices).every((value) => value === null)).toBe(true);
          expect(result.factors.every((factor) => factor.mean === null)).toBe(true);
          expect(result.items.every((item) => item.distribution.values.every((v) => v === 0))).toBe(
            true,
          );
          expect(result.groups).toEqual([]);
          expect(result.findings).toEqual([]);
          for (const row of csvRecords(shareable['aggregates CSV'])) {
            expect([row.n, row.mean, row.sd]).toEqual(['', '', '']);
          }
          for (const row of csvRecords(shareable['answers CSV'])) {
            expect(row.answered_1).toBe('');
            expect(row.note).toContain('whole room');
          }
          expect(shareable.projector).not.toContain('"suppressed":false');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('even beside the identifying export, no figure splits the hidden people, so no search can', () => {
    // The per-alias export names a role only for shown groups, so the hidden people are known as a
    // pool. A subset search can only place pool members in a group if some figure describes part
    // of the pool: a figure about a hidden group, or a remainder that leaves some of them out.
    fc.assert(
      fc.property(roomArb(40), (shape) => {
        const file = roomFile(shape);
        const { result, shareable } = outputsOf(file);
        const { roleOf, answered } = truthOf(file);
        const people = personVectors(answersByAliasCsv(file, INSTRUMENT, result), INSTRUMENT);
        const idOf = new Map(file.participants.map((p) => [p.alias, p.id]));
        const pool = [...people]
          .filter(([, person]) => !ROLES.includes(person.role))
          .map(([alias]) => idOf.get(alias) ?? '');
        const hiddenRoles = new Set(pool.map((id) => roleOf.get(id) ?? ''));
        const { shown, remainders } = subtractionAttack(shareable['aggregates CSV']);
        for (const figure of shown) {
          expect(hiddenRoles.has(figure.about.slice('role:'.length)), figure.about).toBe(false);
        }
        for (const remainder of remainders) {
          // The remainder holds every pool member who answered the factor, never only some.
          const poolAnswering = pool.filter((id) => answered.get(remainder.factor)?.has(id));
          const labelledHidden = file.participants.filter((person) => {
            if (hiddenRoles.has(person.role)) return false;
            const cell = csvRecords(shareable['aggregates CSV']).find(
              (row) => row.role === person.role && row.factor === remainder.factor,
            );
            return cell?.mean === '' && answered.get(remainder.factor)?.has(person.id);
          }).length;
          expect(remainder.n, remainder.factor).toBe(poolAnswering.length + labelledHidden);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the attack the first version fell to', () => {
  // Roles 2 leadership, 5 engineering, 5 product, k = 5; one product member says "can't say" on
  // every statement of one factor (hd.load).
  function scenario(): WorkshopFile {
    const file = roomFile({ k: 5, groups: 3, size: 12, seed: 7 });
    file.participants = file.participants.map((person, index) => ({
      ...person,
      role: index < 2 ? 'leadership' : index < 7 ? 'engineering' : 'product',
    }));
    file.responses = file.responses.map((response) =>
      response.participant === 'pid7x' && factorOf(response.item) === 'hd.load'
        ? { ...response, value: null }
        : response,
    );
    return file;
  }

  it('finds the leaders when an engineering figure is shown beside hidden roles (the old leak)', () => {
    const file = scenario();
    const result = scoreWorkshop(file, INSTRUMENT);
    const people = personVectors(answersByAliasCsv(file, INSTRUMENT, result), INSTRUMENT);
    const hidden = new Map(
      [...people]
        .filter(([alias]) => Number(/\d+/.exec(alias)?.[0]) < 7)
        .map(([alias, person]) => [alias, person.factors]),
    );
    // What the first version's aggregates CSV printed for engineering, on a factor all answered.
    const engineers = [...people].filter(([alias]) => {
      const index = Number(/\d+/.exec(alias)?.[0]);
      return index >= 2 && index < 7;
    });
    const factor =
      [...(people.get('Alias0q')?.factors.keys() ?? [])].find((id) =>
        [...hidden.values()].every((factors) => factors.has(id)),
      ) ?? '';
    const engineering = engineers.map(([, person]) => person.factors.get(factor) ?? 0);
    const mean = engineering.reduce((sum, value) => sum + value, 0) / engineering.length;
    const sd = Math.sqrt(
      engineering.reduce((sum, value) => sum + (value - mean) ** 2, 0) / engineering.length,
    );
    const matches = matchingSubsets(hidden, {
      factor,
      about: 'role:engineering',
      n: 5,
      mean: Math.round(mean * 10) / 10,
      sd: Math.round(sd * 10) / 10,
    });
    expect(
      matches?.some((subset) => subset.join() === 'Alias2q,Alias3q,Alias4q,Alias5q,Alias6q'),
    ).toBe(true);
  });

  it('now hides engineering as a whole group, so its figure is never printed to match', () => {
    const file = scenario();
    const result = scoreWorkshop(file, INSTRUMENT);
    expect(result.groups.map((g) => [g.role, g.suppressed ? g.reason : 'shown'])).toEqual([
      ['engineering', 'complementary'],
      ['leadership', 'below_threshold'],
      ['product', 'shown'],
    ]);
    const aggregates = csvRecords(aggregatesCsv(file, result));
    expect(aggregates.filter((row) => row.role === 'engineering' && row.mean !== '').length).toBe(
      0,
    );
    expect(aggregates.find((row) => row.role === 'engineering')?.note).toBe(
      'hidden so that a smaller group cannot be worked out',
    );
    // Product's hd.load cell has 4 answers: hidden, and says why (not "n<5" for a group of 5).
    expect(aggregates.find((row) => row.role === 'product' && row.factor === 'hd.load')?.note).toBe(
      'hidden: fewer than 5 people',
    );
    // The default answers export has no alias to match at all.
    expect(personVectors(answersCsv(file, INSTRUMENT, result), INSTRUMENT).size).toBe(0);
  });
});
