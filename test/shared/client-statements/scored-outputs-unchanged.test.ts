import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_STATEMENTS } from '../../../shared/client-statements/client-statements';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { aggregatesCsv, answersByAliasCsv, answersCsv } from '../../../shared/export/csv';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { instrumentOf } from '../../../shared/instrument';
import { buildReportModel } from '../../../shared/report/model';
import { scoreWorkshop } from '../../../shared/scoring';
import type { ScoreResult } from '../../../shared/scoring/result';
import { csvRecords } from '../../helpers/csv-reader';

// The client's own statements never move a scored figure in any output: whatever statements and
// answers a workshop file carries, the instrument's rows of every CSV kind and every section of
// the report but their own stay exactly as they were without them. (The stored file and the
// score itself are checked in test/main/client-statements/client-statements-scoring.test.ts.)
// Their own rows, meanwhile, show a figure only with at least k people behind it.

const demo = demoWorkshopFile();
const instrument = instrumentOf(demo.workshop.instrumentVersion);

const roomArb = fc.record({
  k: fc.integer({ min: 3, max: 6 }),
  people: fc.integer({ min: 2, max: demo.participants.length }),
});

const clientArb = fc.record({
  statements: fc.array(
    fc.record({ text: fc.string({ minLength: 1, maxLength: 80 }), reversed: fc.boolean() }),
    { minLength: 1, maxLength: MAX_CLIENT_STATEMENTS },
  ),
  answers: fc.array(
    fc.record({
      statement: fc.nat(),
      participant: fc.nat(),
      value: fc.constantFrom<1 | 2 | 3 | 4 | 5 | null | 'na'>(1, 2, 3, 4, 5, null, 'na'),
    }),
    { maxLength: 120 },
  ),
});

function room({ k, people }: { k: number; people: number }): WorkshopFile {
  const kept = new Set(demo.participants.slice(0, people).map((person) => person.id));
  return {
    ...demo,
    workshop: { ...demo.workshop, anonymityThreshold: k },
    participants: demo.participants.filter((person) => kept.has(person.id)),
    responses: demo.responses.filter((answer) => kept.has(answer.participant)),
  };
}

type Client = typeof clientArb extends fc.Arbitrary<infer T> ? T : never;

function withClient(file: WorkshopFile, client: Client): WorkshopFile {
  const clientStatements = client.statements.map((statement, index) => ({
    id: `c${index + 1}`,
    text: statement.text,
    reversed: statement.reversed,
    answers: [] as { participant: string; value: 1 | 2 | 3 | 4 | 5 | null | 'na' }[],
  }));
  for (const { statement, participant, value } of client.answers) {
    const target = clientStatements[statement % clientStatements.length];
    const person = file.participants[participant % file.participants.length];
    if (!target || !person) continue;
    // At most one answer per participant and statement, as the store keeps them.
    target.answers = target.answers.filter((answer) => answer.participant !== person.id);
    target.answers.push({ participant: person.id, value });
  }
  return { ...file, clientStatements };
}

/** The instrument's rows of a CSV, as a spreadsheet reads them. */
const instrumentRows = (text: string) =>
  csvRecords(text).filter((record) => record.source === 'instrument');

function outputs(file: WorkshopFile) {
  const result = scoreWorkshop(file, instrument);
  const model = buildReportModel({
    file,
    result,
    instrument,
    language: file.workshop.language,
    flavour: 'full',
    generatedAt: '2026-11-21T10:00:00.000Z',
  });
  return {
    scored: {
      result,
      answers: instrumentRows(answersCsv(file, instrument, result)),
      aggregates: instrumentRows(aggregatesCsv(file, result)),
      byAlias: instrumentRows(answersByAliasCsv(file, instrument, result)),
      sections: model.sections.filter((section) => section.id !== 'client'),
      embedded: model.embedded,
    },
    clientSection: model.sections.some((section) => section.id === 'client'),
  };
}

/**
 * The client statements' own rows in the CSVs: a figure only with at least k people behind it and
 * never in a room below k; a withheld row carries no figure at all, not even n.
 */
function expectClientRowsHeldToK(file: WorkshopFile, result: ScoreResult): void {
  const k = file.workshop.anonymityThreshold;
  const figures = ['n', 'answered_1', 'answered_2', 'answered_3', 'answered_4', 'answered_5'];
  const rows = [
    ...csvRecords(answersCsv(file, instrument, result)),
    ...csvRecords(aggregatesCsv(file, result)),
  ].filter((record) => record.source === 'client');
  expect(rows).toHaveLength(2 * (file.clientStatements ?? []).length);
  for (const row of rows) {
    if (row.n === '') {
      const empty = [...figures, 'cant_say', 'not_applicable', 'mean'].filter((key) => key in row);
      expect(empty.map((key) => row[key])).toEqual(empty.map(() => ''));
      expect(row.note).not.toBe('');
    } else {
      expect(result.roomWithheld).toBe(false);
      expect(Number(row.n)).toBeGreaterThanOrEqual(k);
    }
  }
}

describe('client statements and every scored output', () => {
  it('leave the score, the CSVs’ instrument rows and the scored report sections unchanged', () => {
    let withSection = 0;
    fc.assert(
      fc.property(roomArb, clientArb, (shape, client) => {
        const plain = room(shape);
        const before = outputs(plain);
        const file = withClient(plain, client);
        const after = outputs(file);
        expect(after.scored).toEqual(before.scored);
        if (after.clientSection) withSection += 1;
        expectClientRowsHeldToK(file, after.scored.result);
      }),
      { numRuns: 15 },
    );
    // The property held with the client section really printed, not vacuously.
    expect(withSection).toBeGreaterThan(0);
  });
});
