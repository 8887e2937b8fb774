import { describe, expect, it } from 'vitest';
import { humanItems, join, openRoom, send, snapshot, tryJoin, type Room } from './room-fixture';

// Phones answering the client's own statements: the same ownership rules as the instrument's
// answers (a phone sees and changes only what it recorded itself) and no figure of any kind.

const PIN = '4321';

function setUpClientSection(
  room: Room,
  texts = ['Sabemos quién decide.', 'Las prioridades cambian cada semana.'],
) {
  const statements = texts.map((text, i) =>
    room.h.call('clientStatement:add', {
      workshopId: room.workshopId,
      statement: { text, reversed: i === 1 },
    }),
  );
  const section = room.h
    .call('run:get', { workshopId: room.workshopId })
    .agenda.find((s) => s.kind === 'client_statements');
  if (!section) throw new Error('no client statements section');
  room.h.call('run:goto', { workshopId: room.workshopId, sectionId: section.id });
  return { statements, sectionId: section.id };
}

function aliasAt(room: Room, index: number) {
  const participant = room.participants[index];
  if (!participant) throw new Error(`no participant ${index}`);
  return participant;
}

async function answer(room: Room, token: string, itemId: string, value: unknown, clientId: string) {
  return send(room, 'POST', '/room/answer', { token, body: { itemId, round: 1, value, clientId } });
}

async function state(room: Room, token: string) {
  const reply = await send(room, 'GET', '/room/state', { token });
  expect(reply.status).toBe(200);
  return reply.json as {
    section: { kind: string; statements: { id: string; text: string }[]; open: boolean } | null;
    answers: Record<string, unknown>;
  };
}

const storedClient = (room: Room, statementId: string, participantId: string) =>
  room.db
    .prepare(
      `SELECT value, not_applicable AS na FROM client_statement_answers
       WHERE statement_id = ? AND participant_id = ?`,
    )
    .get(statementId, participantId) as { value: number | null; na: number } | undefined;

describe('phones on the client statements section', () => {
  it("show the client's statements as typed and record the phone's own answers apart from the score", async () => {
    const room = await openRoom(3);
    const { statements } = setUpClientSection(room);
    const [first, second] = statements;
    if (!first || !second) throw new Error('no statements');
    const p1 = aliasAt(room, 0);
    const token = await join(room, p1.alias);
    const view = await state(room, token);
    expect(view.section).toMatchObject({
      kind: 'client_statements',
      open: true,
      statements: [
        { id: first.id, text: first.text },
        { id: second.id, text: second.text },
      ],
    });
    expect(view.answers).toEqual({});

    expect((await answer(room, token, first.id, 4, 'client-0001')).status).toBe(200);
    expect((await answer(room, token, second.id, 'na', 'client-0002')).status).toBe(200);
    expect(storedClient(room, first.id, p1.id)).toEqual({ value: 4, na: 0 });
    expect(storedClient(room, second.id, p1.id)).toEqual({ value: null, na: 1 });
    // Nothing reaches the responses everything that scores reads.
    expect(room.db.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 0 });
    expect((await state(room, token)).answers).toEqual({ [first.id]: 4, [second.id]: 'na' });

    // A retried attempt is acknowledged, not applied again; its id cannot serve another statement.
    const before = snapshot(room.db);
    expect((await answer(room, token, first.id, 4, 'client-0001')).status).toBe(200);
    expect(snapshot(room.db)).toEqual(before);
    const reused = await answer(room, token, second.id, 2, 'client-0001');
    expect(reused.status).toBe(400);
    expect(snapshot(room.db)).toEqual(before);
  });

  it("never shows or overwrites the grid's, private mode's or another phone's answers", async () => {
    const room = await openRoom(3);
    const { statements, sectionId } = setUpClientSection(room);
    const [first, second] = statements;
    if (!first || !second) throw new Error('no statements');
    const p1 = aliasAt(room, 0);
    const p2 = aliasAt(room, 1);
    const phone1 = await join(room, p1.alias);
    const phone2 = await join(room, p2.alias);
    expect((await answer(room, phone2, first.id, 1, 'other-0001')).status).toBe(200);

    // The facilitator's grid answers for p1 after the phone joined.
    room.h.call('clientStatement:answer', {
      workshopId: room.workshopId,
      statementId: first.id,
      participantId: p1.id,
      value: 2,
    });
    // Private mode answers p1's second statement.
    room.h.call('run:lock', { workshopId: room.workshopId, pin: PIN });
    room.h.call('clientStatement:answer', {
      workshopId: room.workshopId,
      statementId: second.id,
      participantId: p1.id,
      value: 3,
    });
    room.h.call('run:unlock', { workshopId: room.workshopId, pin: PIN });
    expect(room.h.call('run:get', { workshopId: room.workshopId }).state.currentSectionId).toBe(
      sectionId,
    );

    // p1's phone sees none of them, nor p2's answer.
    expect((await state(room, phone1)).answers).toEqual({});
    const before = snapshot(room.db);
    for (const [statement, clientId] of [
      [first, 'mine-0001'],
      [second, 'mine-0002'],
    ] as const) {
      const refused = await answer(room, phone1, statement.id, 5, clientId);
      expect(refused.status).toBe(409);
      expect(refused.json).toMatchObject({ code: 'answered_elsewhere' });
    }
    expect(snapshot(room.db)).toEqual(before);
    expect(storedClient(room, first.id, p1.id)?.value).toBe(2);
    expect(storedClient(room, second.id, p1.id)?.value).toBe(3);

    // The phone's own answer, once the grid corrects it, is no longer its own.
    expect((await state(room, phone2)).answers).toEqual({ [first.id]: 1 });
    room.h.call('clientStatement:answer', {
      workshopId: room.workshopId,
      statementId: first.id,
      participantId: p2.id,
      value: 4,
    });
    expect((await state(room, phone2)).answers).toEqual({});
  });

  it('makes an alias with client answers from another channel need the facilitator', async () => {
    const room = await openRoom(3);
    const { statements } = setUpClientSection(room);
    const p3 = aliasAt(room, 2);
    room.h.call('clientStatement:answer', {
      workshopId: room.workshopId,
      statementId: statements[0]?.id ?? '',
      participantId: p3.id,
      value: null,
    });
    const refused = await tryJoin(room, p3.alias);
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({ code: 'ask_facilitator' });
  });

  it('gives phones no figure at all, whatever k and however many answered', async () => {
    const room = await openRoom(4);
    const { statements } = setUpClientSection(room);
    const tokens = await Promise.all(room.participants.map((p) => join(room, p.alias)));
    for (const [i, token] of tokens.entries()) {
      for (const [j, statement] of statements.entries()) {
        expect(
          (await answer(room, token, statement.id, 1 + ((i + j) % 5), `all-${i}-${j}-x`)).status,
        ).toBe(200);
      }
    }
    // Four people answered, k is 3: the results show figures, and no phone sees any of them.
    const results = room.h.call('clientStatement:results', { workshopId: room.workshopId });
    expect(results.every((r) => r.summary.shown)).toBe(true);
    for (const [i, token] of tokens.entries()) {
      const view = await state(room, token);
      // What a phone's view may hold at all; none of it is a count, mean or distribution.
      const allowed = [
        'alias',
        'answers',
        'language',
        'section',
        'vote',
        'workshopLanguage',
        'workshopTitle',
      ];
      expect(allowed).toEqual(expect.arrayContaining(Object.keys(view)));
      expect(Object.keys(view.section ?? {}).sort()).toEqual(
        ['dimensions', 'id', 'kind', 'open', 'prompt', 'round', 'statements', 'title'].sort(),
      );
      for (const statement of view.section?.statements ?? []) {
        expect(Object.keys(statement).sort()).toEqual(['id', 'text']);
      }
      // Its own answers, and nothing else.
      expect(view.answers).toEqual(
        Object.fromEntries(statements.map((s, j) => [s.id, 1 + ((i + j) % 5)])),
      );
    }
  });

  it('refuses a statement of another section and answers once the section is over, changing nothing', async () => {
    const room = await openRoom(3);
    const { statements } = setUpClientSection(room);
    const token = await join(room, aliasAt(room, 0).alias);
    const before = snapshot(room.db);
    const human = humanItems[0];
    if (!human) throw new Error('no human statement');
    const wrong = await answer(room, token, human.id, 3, 'wrong-0001');
    expect(wrong.status).toBe(400);
    expect(wrong.json).toMatchObject({ code: 'invalid_input' });
    const unknown = await answer(room, token, 'not-a-statement', 3, 'wrong-0002');
    expect(unknown.status).toBe(400);
    const badValue = await answer(room, token, statements[0]?.id ?? '', 7, 'wrong-0003');
    expect(badValue.status).toBe(400);
    expect(snapshot(room.db)).toEqual(before);

    // On the instrument's section, a client statement is not one of the section's.
    room.gotoStatements();
    const closed = await answer(room, token, statements[0]?.id ?? '', 3, 'late-0001');
    expect(closed.status).toBe(400);
    expect(closed.json).toMatchObject({ code: 'invalid_input' });
    expect(storedClient(room, statements[0]?.id ?? '', aliasAt(room, 0).id)).toBeUndefined();
  });
});
