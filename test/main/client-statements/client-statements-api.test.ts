import { describe, expect, it } from 'vitest';
import { serviceHarness } from '../../helpers/service-harness';
import { dumpTables } from '../../helpers/temp-db';

// The client statements' channels as the app and the HTTP host call them (contract + dispatch).

function setUp() {
  const h = serviceHarness();
  const workshop = h.call('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    anonymityThreshold: 3,
  });
  const participants = h.call('participant:add', {
    workshopId: workshop.id,
    participants: [{ role: 'engineering' }, { role: 'engineering' }, { role: 'product' }],
  });
  return { h, workshopId: workshop.id, participants };
}

const clientRows = (h: ReturnType<typeof setUp>['h']) => ({
  statements: h.db.prepare('SELECT * FROM client_statements ORDER BY id').all(),
  answers: h.db.prepare('SELECT * FROM client_statement_answers ORDER BY 1, 2').all(),
});

describe('clientStatement channels', () => {
  it('add, answer and show figures once k people gave a value, leaving the score alone', () => {
    const { h, workshopId, participants } = setUp();
    const scoredBefore = h.call('workshop:results', { id: workshopId });
    const statement = h.call('clientStatement:add', {
      workshopId,
      statement: { text: 'We know who decides the budget.' },
    });
    expect(h.call('clientStatement:list', { workshopId })).toEqual([{ ...statement, answers: 0 }]);
    participants.forEach((participant, index) =>
      h.call('clientStatement:answer', {
        workshopId,
        statementId: statement.id,
        participantId: participant.id,
        value: [2, 4, 5][index] as 2 | 4 | 5,
      }),
    );
    expect(h.call('clientStatement:results', { workshopId })).toEqual([
      {
        statement,
        summary: {
          statementId: statement.id,
          shown: true,
          n: 3,
          mean: 11 / 3,
          distribution: [0, 1, 0, 1, 1],
          cantSay: 0,
          notApplicable: 0,
        },
      },
    ]);
    expect(h.call('workshop:results', { id: workshopId })).toEqual(scoredBefore);
  });

  it('refuses bad input by path and stores nothing', () => {
    const { h, workshopId, participants } = setUp();
    const statement = h.call('clientStatement:add', {
      workshopId,
      statement: { text: 'Decisions are written down.' },
    });
    const before = { tables: dumpTables(h.db), client: clientRows(h) };
    expect(
      h.fail('clientStatement:add', { workshopId, statement: { text: '' } }).issues?.[0],
    ).toMatchObject({ path: 'statement.text', message: 'is required' });
    const [participant] = participants;
    expect(
      h.fail('clientStatement:answer', {
        workshopId,
        statementId: statement.id,
        participantId: participant?.id,
        value: 7,
      }).issues?.[0],
    ).toMatchObject({ path: 'value', message: 'expected 1..5, null or "na", got 7' });
    expect(
      h.fail('clientStatement:answer', {
        workshopId,
        statementId: 'nope',
        participantId: participant?.id,
        value: 3,
      }),
    ).toMatchObject({ code: 'not_found', message: 'No client statement with id nope' });
    expect({ tables: dumpTables(h.db), client: clientRows(h) }).toEqual(before);
  });
});
