import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import {
  MAX_CLIENT_STATEMENT_LENGTH,
  MAX_CLIENT_STATEMENTS,
} from '../../../shared/client-statements/client-statements';
import {
  addClientStatement,
  answerClientStatement,
  clientStatementResults,
  removeClientStatement,
} from '../../../src-main/services/client-statement-service';
import { insertParticipant } from '../../../src-main/store/repositories/participants';
import {
  listClientAnswers,
  listClientStatements,
} from '../../../src-main/store/repositories/client-statements';
import { insertWorkshop } from '../../../src-main/store/repositories/workshops';
import { openStore, closeStore } from '../../../src-main/store/open-store';
import { openTempStore, steppingClock, tempDbFile } from '../../helpers/temp-db';

const NOW = '2026-05-04T09:00:00.000Z';

function workshopWith(db: Database.Database, people: number, k = 3) {
  const workshop = insertWorkshop(db, {
    draft: {
      title: 'Room',
      client: '',
      team: '',
      date: '2026-05-04',
      facilitator: '',
      language: 'de',
      anonymityThreshold: k,
      notes: '',
      roleGroups: ['engineering'],
    },
    status: 'running',
    instrumentVersion: '2.0.0',
    now: NOW,
  });
  const participants = Array.from({ length: people }, (_, index) =>
    insertParticipant(db, {
      workshopId: workshop.id,
      alias: `P${index + 1}`,
      role: 'engineering',
      name: null,
      position: index,
    }),
  );
  return { workshop, participants };
}

/** Every row of the client-statement tables, to show a refusal changed nothing. */
function clientRows(db: Database.Database) {
  return {
    statements: db.prepare('SELECT * FROM client_statements ORDER BY id').all(),
    answers: db
      .prepare('SELECT * FROM client_statement_answers ORDER BY statement_id, participant_id')
      .all(),
  };
}

function refusal(act: () => unknown): ApiError {
  try {
    act();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('client statements in the store', () => {
  it('keeps statements in order and every kind of answer, across closing and reopening the file', () => {
    const file = tempDbFile();
    const clock = steppingClock();
    let db = openStore(file);
    const { workshop, participants } = workshopWith(db, 4);
    const first = addClientStatement(db, clock, {
      workshopId: workshop.id,
      statement: { text: '  Wir wissen, wer über das Budget entscheidet.  ' },
    });
    const second = addClientStatement(db, clock, {
      workshopId: workshop.id,
      statement: { text: 'Prioritäten ändern sich jede Woche.', reversed: true },
    });
    const values = [5, null, 'na', 2] as const;
    participants.forEach((participant, index) =>
      answerClientStatement(db, clock, {
        workshopId: workshop.id,
        statementId: first.id,
        participantId: participant.id,
        value: values[index],
      }),
    );
    // A later answer replaces the earlier one.
    const [p1] = participants;
    if (!p1) throw new Error('no participant');
    answerClientStatement(db, clock, {
      workshopId: workshop.id,
      statementId: second.id,
      participantId: p1.id,
      value: 'na',
    });
    answerClientStatement(db, clock, {
      workshopId: workshop.id,
      statementId: second.id,
      participantId: p1.id,
      value: 4,
    });
    closeStore(db);

    db = openStore(file);
    try {
      expect(listClientStatements(db, workshop.id)).toEqual([
        { ...first, text: 'Wir wissen, wer über das Budget entscheidet.', reversed: false },
        { ...second, reversed: true },
      ]);
      expect(listClientAnswers(db, workshop.id).map((a) => [a.statementId, a.value])).toEqual([
        ...participants
          .map((p, index) => ({ id: p.id, value: values[index] }))
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map(({ value }) => [first.id, value]),
        [second.id, 4],
      ]);
      removeClientStatement(db, { id: first.id });
      expect(listClientStatements(db, workshop.id)).toHaveLength(1);
      expect(listClientAnswers(db, workshop.id)).toHaveLength(1);
    } finally {
      closeStore(db);
    }
  });

  it('withholds a statement answered with a value by fewer than k people', () => {
    const { db } = openTempStore();
    const clock = steppingClock();
    const { workshop, participants } = workshopWith(db, 4, 3);
    const statement = addClientStatement(db, clock, {
      workshopId: workshop.id,
      statement: { text: 'Decisions are written down.' },
    });
    const answer = (index: number, value: unknown) => {
      const participant = participants[index];
      if (!participant) throw new Error('no participant');
      answerClientStatement(db, clock, {
        workshopId: workshop.id,
        statementId: statement.id,
        participantId: participant.id,
        value,
      });
    };
    answer(0, 4);
    answer(1, 5);
    answer(2, null);
    answer(3, 'na');
    expect(clientStatementResults(db, workshop.id)[0]?.summary).toEqual({
      statementId: statement.id,
      shown: false,
    });
    answer(2, 3);
    expect(clientStatementResults(db, workshop.id)[0]?.summary).toEqual({
      statementId: statement.id,
      shown: true,
      n: 3,
      mean: 4,
      distribution: [0, 0, 1, 1, 1],
      cantSay: 0,
      notApplicable: 1,
    });
  });
});

describe('bad input is refused by name and changes nothing', () => {
  function setUp() {
    const { db } = openTempStore();
    const clock = steppingClock();
    const { workshop, participants } = workshopWith(db, 2);
    const other = workshopWith(db, 1);
    const statement = addClientStatement(db, clock, {
      workshopId: workshop.id,
      statement: { text: 'Decisions are written down.' },
    });
    const [participant] = participants;
    if (!participant) throw new Error('no participant');
    answerClientStatement(db, clock, {
      workshopId: workshop.id,
      statementId: statement.id,
      participantId: participant.id,
      value: 3,
    });
    return { db, clock, workshop, participant, statement, other };
  }

  it('refuses an 11th statement', () => {
    const { db, clock, workshop } = setUp();
    for (let i = 1; i < MAX_CLIENT_STATEMENTS; i += 1) {
      addClientStatement(db, clock, {
        workshopId: workshop.id,
        statement: { text: `Statement ${i}` },
      });
    }
    const before = clientRows(db);
    const error = refusal(() =>
      addClientStatement(db, clock, {
        workshopId: workshop.id,
        statement: { text: 'One too many' },
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('at most 10 client statements');
    expect(clientRows(db)).toEqual(before);
  });

  it.each([
    ['empty text', '   ', 'statement.text: is required'],
    [
      'text too long',
      'x'.repeat(MAX_CLIENT_STATEMENT_LENGTH + 1),
      `statement.text: must be at most ${MAX_CLIENT_STATEMENT_LENGTH} characters`,
    ],
  ])('refuses %s', (_, text, message) => {
    const { db, clock, workshop } = setUp();
    const before = clientRows(db);
    const error = refusal(() =>
      addClientStatement(db, clock, { workshopId: workshop.id, statement: { text } }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain(message);
    expect(clientRows(db)).toEqual(before);
  });

  it.each([6, 0, 2.5, '3', 'maybe', undefined])('refuses the answer %p', (value) => {
    const { db, clock, workshop, participant, statement } = setUp();
    const before = clientRows(db);
    const error = refusal(() =>
      answerClientStatement(db, clock, {
        workshopId: workshop.id,
        statementId: statement.id,
        participantId: participant.id,
        value,
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('value: expected 1..5, null or "na"');
    expect(clientRows(db)).toEqual(before);
  });

  it("refuses an unknown statement id, and another workshop's statement or participant", () => {
    const { db, clock, workshop, participant, statement, other } = setUp();
    const before = clientRows(db);
    const unknown = refusal(() =>
      answerClientStatement(db, clock, {
        workshopId: workshop.id,
        statementId: 'no-such-statement',
        participantId: participant.id,
        value: 3,
      }),
    );
    expect(unknown.code).toBe('not_found');
    expect(unknown.message).toBe('No client statement with id no-such-statement');
    const [stranger] = other.participants;
    if (!stranger) throw new Error('no participant');
    const foreign = refusal(() =>
      answerClientStatement(db, clock, {
        workshopId: workshop.id,
        statementId: statement.id,
        participantId: stranger.id,
        value: 3,
      }),
    );
    expect(foreign.message).toBe(`No participant with id ${stranger.id}`);
    const wrongWorkshop = refusal(() =>
      answerClientStatement(db, clock, {
        workshopId: other.workshop.id,
        statementId: statement.id,
        participantId: stranger.id,
        value: 3,
      }),
    );
    expect(wrongWorkshop.message).toBe(`No client statement with id ${statement.id}`);
    expect(refusal(() => removeClientStatement(db, { id: 'nope' })).code).toBe('not_found');
    expect(clientRows(db)).toEqual(before);
  });
});
