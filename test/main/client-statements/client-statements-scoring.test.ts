import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_STATEMENTS } from '../../../shared/client-statements/client-statements';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { getInstrument, INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import {
  addClientStatement,
  answerClientStatement,
} from '../../../src-main/services/client-statement-service';
import {
  storeFromWorkshopFile,
  workshopFileFrom,
} from '../../../src-main/services/workshop-file-service';
import { listClientAnswers } from '../../../src-main/store/repositories/client-statements';
import { listParticipants } from '../../../src-main/store/repositories/participants';
import { openTempStore, steppingClock } from '../../helpers/temp-db';

// Results, the report and the CLI all score the file `workshopFileFrom` writes: if that file (its
// client statements aside) and its score stay the same whatever client answers are added, no
// index, factor or finding can move.

const ITEM_IDS = INSTRUMENT.items.map((item) => item.id);
const answer = fc.constantFrom<1 | 2 | 3 | 4 | 5 | null | 'na' | 'skip'>(
  1,
  2,
  3,
  4,
  5,
  null,
  'na',
  'skip',
);

const workshopArb: fc.Arbitrary<WorkshopFile> = fc
  .record({
    k: fc.integer({ min: 3, max: 5 }),
    roles: fc.array(fc.constantFrom('engineering', 'product', 'leadership'), {
      minLength: 1,
      maxLength: 9,
    }),
    answers: fc.array(answer, { minLength: 9 * ITEM_IDS.length, maxLength: 9 * ITEM_IDS.length }),
  })
  .map(({ k, roles, answers }) => {
    const participants = roles.map((role, index) => ({
      id: `p${index + 1}`,
      alias: `P${index + 1}`,
      role,
    }));
    const responses: WorkshopFile['responses'] = [];
    participants.forEach((participant, p) =>
      ITEM_IDS.forEach((item, i) => {
        const value = answers[p * ITEM_IDS.length + i] ?? 'skip';
        if (value !== 'skip')
          responses.push({ participant: participant.id, item, round: 1, value });
      }),
    );
    return {
      format: 'edw-workshop',
      version: 3,
      workshop: {
        title: 'Random room',
        client: '',
        team: '',
        date: '2026-05-04',
        facilitator: '',
        language: 'en',
        anonymityThreshold: k,
        notes: '',
        instrumentVersion: INSTRUMENT.version,
      },
      participants,
      responses,
      realityCheck: [],
      decisions: [],
    } satisfies WorkshopFile;
  });

const clientAnswersArb = fc.record({
  statements: fc.array(
    fc.record({ text: fc.string({ minLength: 1, maxLength: 60 }), reversed: fc.boolean() }),
    { minLength: 1, maxLength: MAX_CLIENT_STATEMENTS },
  ),
  answers: fc.array(
    fc.record({
      statement: fc.nat(),
      participant: fc.nat(),
      value: fc.constantFrom<1 | 2 | 3 | 4 | 5 | null | 'na'>(1, 2, 3, 4, 5, null, 'na'),
    }),
    { maxLength: 90 },
  ),
});

describe('client statements and scoring', () => {
  it('adding any client statements and answers changes no index, factor or finding', () => {
    const { db } = openTempStore();
    const clock = steppingClock();
    const instrument = getInstrument(INSTRUMENT.version);
    if (!instrument) throw new Error('current instrument missing');
    let stored = 0;
    fc.assert(
      fc.property(workshopArb, clientAnswersArb, (file, client) => {
        const workshop = storeFromWorkshopFile(db, file, clock);
        const fileBefore = workshopFileFrom(db, workshop.id);
        const scoreBefore = scoreWorkshop(fileBefore, instrument);

        const statements = client.statements
          .filter((statement) => statement.text.trim().length > 0)
          .map((statement) =>
            addClientStatement(db, clock, { workshopId: workshop.id, statement }),
          );
        const participants = listParticipants(db, workshop.id);
        for (const { statement, participant, value } of client.answers) {
          const s = statements[statement % Math.max(1, statements.length)];
          const p = participants[participant % participants.length];
          if (!s || !p) continue;
          answerClientStatement(db, clock, {
            workshopId: workshop.id,
            statementId: s.id,
            participantId: p.id,
            value,
          });
        }

        stored += listClientAnswers(db, workshop.id).length;
        const { clientStatements, ...fileAfter } = workshopFileFrom(db, workshop.id);
        expect(clientStatements ?? []).toHaveLength(statements.length);
        expect(fileAfter).toEqual(fileBefore);
        expect(scoreWorkshop({ ...fileAfter, clientStatements }, instrument)).toEqual(scoreBefore);
      }),
      { numRuns: 40 },
    );
    // The property held with answers really stored, not vacuously.
    expect(stored).toBeGreaterThan(0);
  });
});
