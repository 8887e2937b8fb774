import { describe, expect, it } from 'vitest';
import { aliasAllowances, ALLOWANCE_MS, REQUEST_MS } from '../../../src-main/room/alias-allowances';
import { humanItems, join, openRoom, send, snapshot, tryJoin, type Room } from './room-fixture';

const [h1, h2] = humanItems;
if (!h1 || !h2) throw new Error('instrument has too few human statements');

function aliasAt(room: Room, index: number): { id: string; alias: string } {
  const participant = room.participants[index];
  if (!participant) throw new Error(`no participant ${index}`);
  return participant;
}

async function answer(room: Room, token: string, itemId: string, value: number, clientId: string) {
  return send(room, 'POST', '/room/answer', {
    token,
    body: { itemId, round: 1, value, clientId },
  });
}

async function ownAnswers(room: Room, token: string): Promise<Record<string, unknown>> {
  const state = await send(room, 'GET', '/room/state', { token });
  expect(state.status).toBe(200);
  return (state.json as { answers: Record<string, unknown> }).answers;
}

function stored(room: Room, participantId: string, itemId: string): unknown {
  return (
    room.db
      .prepare('SELECT value FROM responses WHERE participant_id = ? AND item_id = ? AND round = 1')
      .get(participantId, itemId) as { value: number | null } | undefined
  )?.value;
}

function allow(room: Room, alias: string, allowed = true) {
  const result = room.facilitator('room:allowAlias', {
    workshopId: room.workshopId,
    alias,
    allow: allowed,
  });
  if (!result.ok) throw new Error(`room:allowAlias failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The ways an answer reaches the store other than the phone now asking for the alias. */
const otherChannels: {
  name: string;
  record(room: Room, participant: { id: string; alias: string }): Promise<void>;
}[] = [
  {
    name: "the facilitator's grid",
    async record(room, participant) {
      room.h.call('response:record', {
        workshopId: room.workshopId,
        participantId: participant.id,
        itemId: h1.id,
        round: 1,
        value: 2,
      });
    },
  },
  {
    name: 'pass-the-laptop private mode',
    async record(room, participant) {
      room.h.call('run:lock', { workshopId: room.workshopId, pin: '4321' });
      room.h.call('response:record', {
        workshopId: room.workshopId,
        participantId: participant.id,
        itemId: h1.id,
        round: 1,
        value: 2,
      });
      room.h.call('run:unlock', { workshopId: room.workshopId, pin: '4321' });
    },
  },
  {
    name: 'another phone, since removed',
    async record(room, participant) {
      const token = await join(room, participant.alias);
      expect((await answer(room, token, h1.id, 2, 'earlier-0001')).status).toBe(200);
      const device = room.controller
        .devices(room.workshopId)
        .find((d) => d.alias === participant.alias);
      if (!device) throw new Error('no device');
      room.controller.removeDevice(room.workshopId, device.id);
    },
  },
];

describe('claiming an alias that already has answers', () => {
  it.each(otherChannels)(
    'answers from $name: refused without the facilitator, allowed with it, and never shown',
    async ({ record }) => {
      const room = await openRoom(3);
      room.gotoStatements();
      const p1 = aliasAt(room, 0);
      await record(room, p1);
      expect(stored(room, p1.id, h1.id)).toBe(2);

      const before = snapshot(room.db);
      const refused = await tryJoin(room, p1.alias);
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ code: 'ask_facilitator' });
      expect(refused.headers['set-cookie']).toBeUndefined();
      expect(snapshot(room.db)).toEqual(before);
      // The facilitator sees which alias a phone asked for.
      expect(room.facilitator('room:claims', { workshopId: room.workshopId })).toMatchObject({
        ok: true,
        value: { requests: [{ alias: p1.alias }], allowed: [] },
      });

      expect(allow(room, p1.alias)).toMatchObject({ requests: [], allowed: [{ alias: p1.alias }] });
      const token = await join(room, p1.alias);
      // The allowance admits one phone only.
      expect(allow(room, p1.alias, false)).toEqual({ requests: [], allowed: [] });

      // The new phone sees none of the stored answers…
      expect(await ownAnswers(room, token)).toEqual({});
      // …and, admitted by the facilitator, its own answer replaces the stored one.
      expect((await answer(room, token, h1.id, 5, 'takeover-0001')).status).toBe(200);
      expect(stored(room, p1.id, h1.id)).toBe(5);
      expect(await ownAnswers(room, token)).toEqual({ [h1.id]: 5 });
    },
  );

  it('refuses an allowance that has expired, and forgets requests after a while', () => {
    let now = Date.parse('2026-05-04T10:00:00.000Z');
    const allowances = aliasAllowances(() => new Date(now));
    allowances.requested({ id: 'p1', alias: 'P1' });
    allowances.requested({ id: 'p2', alias: 'P2' });
    allowances.allow({ id: 'p1', alias: 'P1' });
    expect(allowances.list()).toEqual({
      requests: [{ alias: 'P2', askedAt: '2026-05-04T10:00:00.000Z' }],
      allowed: [{ alias: 'P1', until: new Date(now + ALLOWANCE_MS).toISOString() }],
    });
    now += Math.max(ALLOWANCE_MS, REQUEST_MS);
    expect(allowances.has('p1')).toBe(false);
    expect(allowances.list()).toEqual({ requests: [], allowed: [] });
  });

  it('a phone taking over a removed phone sees none of its answers; the old answers stay stored', async () => {
    const room = await openRoom(3);
    room.gotoStatements();
    const p1 = aliasAt(room, 0);
    const first = await join(room, p1.alias);
    await answer(room, first, h1.id, 1, 'first-0001');
    await answer(room, first, h2.id, 2, 'first-0002');
    expect(await ownAnswers(room, first)).toEqual({ [h1.id]: 1, [h2.id]: 2 });
    const [device] = room.controller.devices(room.workshopId);
    if (!device) throw new Error('no device');
    room.controller.removeDevice(room.workshopId, device.id);

    allow(room, p1.alias);
    const second = await join(room, p1.alias);
    expect(await ownAnswers(room, second)).toEqual({});
    await answer(room, second, h1.id, 4, 'second-0001');
    expect(await ownAnswers(room, second)).toEqual({ [h1.id]: 4 });
    // The statement it did not answer keeps the removed phone's answer: nothing is deleted.
    expect(stored(room, p1.id, h1.id)).toBe(4);
    expect(stored(room, p1.id, h2.id)).toBe(2);
    expect((await send(room, 'GET', '/room/state', { token: first })).status).toBe(401);
  });
});

describe('what a device sees and changes', () => {
  it('sees only the answers it recorded; one written since by the grid is neither shown nor changed', async () => {
    const room = await openRoom(3);
    room.gotoStatements();
    const p1 = aliasAt(room, 0);
    const p2 = aliasAt(room, 1);
    const mine = await join(room, p1.alias);
    const theirs = await join(room, p2.alias);
    await answer(room, mine, h1.id, 3, 'mine-00001');
    await answer(room, theirs, h2.id, 5, 'theirs-0001');
    expect(await ownAnswers(room, mine)).toEqual({ [h1.id]: 3 });
    expect(await ownAnswers(room, theirs)).toEqual({ [h2.id]: 5 });

    // The facilitator corrects P1's answer in the grid: it is no longer the phone's.
    room.h.call('response:record', {
      workshopId: room.workshopId,
      participantId: p1.id,
      itemId: h1.id,
      round: 1,
      value: 1,
    });
    expect(await ownAnswers(room, mine)).toEqual({});
    const before = snapshot(room.db);
    const refused = await answer(room, mine, h1.id, 4, 'mine-00002');
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({ code: 'answered_elsewhere' });
    expect(snapshot(room.db)).toEqual(before);
    expect(stored(room, p1.id, h1.id)).toBe(1);
    // Statements nobody else answered stay the phone's to answer and change.
    await answer(room, mine, h2.id, 2, 'mine-00003');
    await answer(room, mine, h2.id, 3, 'mine-00004');
    expect(await ownAnswers(room, mine)).toEqual({ [h2.id]: 3 });
  });

  it('answering the same statement again keeps it the phone’s own', async () => {
    const room = await openRoom(2);
    room.gotoStatements();
    const token = await join(room, aliasAt(room, 0).alias);
    await answer(room, token, h1.id, 3, 'again-0001');
    await answer(room, token, h1.id, 4, 'again-0002');
    expect(await ownAnswers(room, token)).toEqual({ [h1.id]: 4 });
    expect(room.db.prepare('SELECT count(*) AS n FROM room_answer_owners').get()).toEqual({ n: 1 });
  });
});

describe('the free-alias list and the refusals', () => {
  it('lists aliases only after a valid code', async () => {
    const room = await openRoom(3);
    for (const body of [{ code: 'ZZZZZZ' }, {}, { code: room.joinCode, extra: 1 }]) {
      const reply = await send(room, 'POST', '/room/code', { body });
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.text).not.toContain(aliasAt(room, 0).alias);
    }
  });

  it('lists every alias no phone holds, answered or not, and refuses alike whatever the reason', async () => {
    const room = await openRoom(4);
    room.gotoStatements();
    const list = async () =>
      (
        (await send(room, 'POST', '/room/code', { body: { code: room.joinCode } })).json as {
          aliases: string[];
        }
      ).aliases;
    const all = room.participants.map((p) => p.alias);
    expect(await list()).toEqual(all);

    const [p1, p2, p3, p4] = [0, 1, 2, 3].map((i) => aliasAt(room, i));
    if (!p1 || !p2 || !p3 || !p4) throw new Error('four participants expected');
    // P1 answered in the grid; P2 had a phone that answered nothing and was removed.
    room.h.call('response:record', {
      workshopId: room.workshopId,
      participantId: p1.id,
      itemId: h1.id,
      round: 1,
      value: 4,
    });
    await join(room, p2.alias);
    const [device] = room.controller.devices(room.workshopId);
    if (!device) throw new Error('no device');
    room.controller.removeDevice(room.workshopId, device.id);
    // The list is unchanged: it says nothing about who has answered.
    expect(await list()).toEqual(all);

    const answered = await tryJoin(room, p1.alias);
    const hadPhone = await tryJoin(room, p2.alias);
    expect(answered.status).toBe(hadPhone.status);
    const strip = (reply: { json: unknown }, alias: string) =>
      JSON.stringify(reply.json).replaceAll(alias, '<alias>');
    expect(strip(answered, p1.alias)).toBe(strip(hadPhone, p2.alias));

    // A phone that lets the room pick gets an alias that needs nobody's say-so.
    const picked = await tryJoin(room);
    expect([p3.alias, p4.alias]).toContain((picked.json as { alias: string }).alias);
    await tryJoin(room);
    const full = await tryJoin(room);
    expect(full.status).toBe(409);
    expect(full.json).toMatchObject({ code: 'no_free_alias' });
    expect(await list()).toEqual([p1.alias, p2.alias]);
  });

  it('refuses an alias that is not in the workshop, clearly, changing nothing', async () => {
    const room = await openRoom(2);
    const before = snapshot(room.db);
    const unknown = await tryJoin(room, 'P99');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 'unknown_alias', issues: [{ path: 'alias' }] });
    const blank = await tryJoin(room, ' ');
    expect(blank.status).toBe(400);
    expect(blank.json).toMatchObject({ code: 'invalid_input' });
    expect(snapshot(room.db)).toEqual(before);
  });
});

describe('a workshop that is gone', () => {
  it('closes the room for phones with a clear refusal when its workshop is deleted', async () => {
    const room = await openRoom(2);
    const token = await join(room, aliasAt(room, 0).alias);
    room.h.call('workshop:delete', { id: room.workshopId });
    for (const reply of [
      await send(room, 'POST', '/room/code', { body: { code: room.joinCode } }),
      await tryJoin(room, aliasAt(room, 1).alias),
      await tryJoin(room),
    ]) {
      expect(reply.status).toBe(410);
      expect(reply.json).toMatchObject({ code: 'room_closed' });
    }
    // The device went with its workshop: it is no longer in the room.
    expect((await send(room, 'GET', '/room/state', { token })).status).toBe(401);
  });
});

describe("the facilitator's allowance", () => {
  it('refuses bad input with a specific error and changes nothing', async () => {
    const room = await openRoom(2);
    const p1 = aliasAt(room, 0);
    await join(room, aliasAt(room, 1).alias);
    const before = snapshot(room.db);
    const cases: [unknown, string, string][] = [
      [{ workshopId: 'nope', alias: p1.alias, allow: true }, 'not_found', 'workshop'],
      [{ workshopId: room.workshopId, alias: 'P99', allow: true }, 'not_found', 'P99'],
      [{ workshopId: room.workshopId, alias: p1.alias }, 'invalid_input', 'allow'],
      [{ workshopId: room.workshopId, alias: '', allow: true }, 'invalid_input', 'alias'],
      [
        { workshopId: room.workshopId, alias: 'x'.repeat(41), allow: true },
        'invalid_input',
        'alias',
      ],
      // A phone already holds it: a second one would answer as the same person.
      [
        { workshopId: room.workshopId, alias: aliasAt(room, 1).alias, allow: true },
        'conflict',
        'remove',
      ],
    ];
    for (const [input, code, mention] of cases) {
      const result = room.facilitator('room:allowAlias', input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(mention);
    }
    expect(room.facilitator('room:claims', { workshopId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(room.facilitator('room:claims', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(room.controller.claims(room.workshopId)).toEqual({ requests: [], allowed: [] });
    expect(snapshot(room.db)).toEqual(before);

    // With room mode off there is nothing to allow.
    room.controller.close();
    await room.controller.settled();
    const off = room.facilitator('room:allowAlias', {
      workshopId: room.workshopId,
      alias: p1.alias,
      allow: true,
    });
    expect(off).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(room.facilitator('room:claims', { workshopId: room.workshopId })).toEqual({
      ok: true,
      value: { requests: [], allowed: [] },
    });
  });
});
