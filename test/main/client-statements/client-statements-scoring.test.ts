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
import { randomUUID } from 'node:crypto';
import { roomParticipants } from '../../../src-main/room/room-participants';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import { insertRoomDevice } from '../../../src-main/store/repositories/room-devices';

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

  it('holds whichever way the room answered: the grid, private mode or a phone', () => {
    const { db, file } = openTempStore();
    const clock = steppingClock();
    const deps = { clock, dataFile: file, version: 'test', transport: 'http' as const };
    const handlers = createHandlers(db, deps);
    const phones = roomParticipants(db, deps);
    const call = (channel: string, input: unknown) => {
      const result = dispatch(handlers, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    const instrument = getInstrument(INSTRUMENT.version);
    if (!instrument) throw new Error('current instrument missing');
    const route = fc.constantFrom<'grid' | 'private' | 'phone'>('grid', 'private', 'phone');
    let stored = 0;
    let byPhone = 0;
    fc.assert(
      fc.property(
        workshopArb,
        clientAnswersArb,
        fc.array(route, { minLength: 90, maxLength: 90 }),
        (file, client, routes) => {
          const workshop = storeFromWorkshopFile(db, file, clock);
          const workshopId = workshop.id;
          const statements = client.statements
            .filter((statement) => statement.text.trim().length > 0)
            .map((statement) => addClientStatement(db, clock, { workshopId, statement }));
          // The run on the client statements section, where every route takes answers.
          const view = call('run:start', { workshopId }) as {
            agenda: { id: string; kind: string }[];
          };
          const section = view.agenda.find((s) => s.kind === 'client_statements');
          if (statements.length > 0 && !section) throw new Error('no client statements section');
          if (section) call('run:goto', { workshopId, sectionId: section.id });
          const fileBefore = workshopFileFrom(db, workshopId);
          const scoredBefore = { ...fileBefore };
          delete scoredBefore.clientStatements;
          const scoreBefore = scoreWorkshop(scoredBefore, instrument);

          const participants = listParticipants(db, workshopId);
          // One phone per participant, admitted by the facilitator so it may replace answers.
          const devices = participants.map((p) =>
            insertRoomDevice(db, {
              tokenHash: randomUUID(),
              workshopId,
              participantId: p.id,
              now: clock().toISOString(),
              allowed: true,
            }),
          );
          client.answers.forEach(({ statement, participant, value }, i) => {
            const s = statements[statement % Math.max(1, statements.length)];
            const index = participant % participants.length;
            const p = participants[index];
            const device = devices[index];
            if (!s || !p || !device) return;
            const input = { workshopId, statementId: s.id, participantId: p.id, value };
            const how = routes[i] ?? 'grid';
            if (how === 'grid') call('clientStatement:answer', input);
            else if (how === 'private') {
              call('run:lock', { workshopId, pin: '4821' });
              call('clientStatement:answer', input);
              call('run:unlock', { workshopId, pin: '4821' });
            } else {
              byPhone += 1;
              phones.answer(device, {
                itemId: s.id,
                round: 1,
                value,
                clientId: `c${randomUUID()}`,
              });
            }
          });

          stored += listClientAnswers(db, workshopId).length;
          const { clientStatements, ...fileAfter } = workshopFileFrom(db, workshopId);
          expect(clientStatements ?? []).toHaveLength(statements.length);
          expect(fileAfter).toEqual(scoredBefore);
          expect(scoreWorkshop({ ...fileAfter, clientStatements }, instrument)).toEqual(
            scoreBefore,
          );
        },
      ),
      { numRuns: 15 },
    );
    expect(stored).toBeGreaterThan(0);
    expect(byPhone).toBeGreaterThan(0);
  });
});
