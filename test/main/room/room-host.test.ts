import { describe, expect, it } from 'vitest';
import { workshopEvents, type WorkshopEvent } from '../../../src-main/services/events';
import { humanItems, join, openRoom, send, snapshot, tokenOf, tryJoin } from './room-fixture';

const [h1, h2] = humanItems;
if (!h1 || !h2) throw new Error('instrument has too few human statements');

describe('joining the room', () => {
  it('refuses a wrong code and admits the right one with an HttpOnly SameSite=Strict cookie', async () => {
    const room = await openRoom();
    const wrong = await send(room, 'POST', '/room/join', { body: { code: 'ZZZZZZ' } });
    expect(wrong.status).toBe(403);
    expect(wrong.json).toMatchObject({ code: 'wrong_code' });
    expect(wrong.headers['set-cookie']).toBeUndefined();

    // Lower case, spaces and a dash are forgiven: people type what they read.
    const typed = `${room.joinCode.slice(0, 3).toLowerCase()} -${room.joinCode.slice(3)}`;
    const ok = await send(room, 'POST', '/room/join', { body: { code: typed } });
    expect(ok.status).toBe(200);
    const aliases = room.participants.map((p) => p.alias);
    expect(aliases).toContain((ok.json as { alias: string }).alias);
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/^edw_device=[0-9a-f]{32};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/room/);
    const token = tokenOf(ok);
    // The token is never in a body, and the store holds only its hash.
    expect(ok.text).not.toContain(token);
    expect(JSON.stringify(snapshot(room.db))).not.toContain(token);
  });

  it('lets a participant pick a free alias, and never offers one a device already has', async () => {
    const room = await openRoom(3);
    const [a, b, c] = room.participants.map((p) => p.alias);
    const offered = await send(room, 'POST', '/room/code', { body: { code: room.joinCode } });
    expect(offered.json).toEqual({ aliases: [a, b, c] });
    await join(room, b);
    const again = await send(room, 'POST', '/room/join', {
      body: { code: room.joinCode, alias: b },
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ code: 'alias_taken' });
    const left = await send(room, 'POST', '/room/code', { body: { code: room.joinCode } });
    expect(left.json).toEqual({ aliases: [a, c] });
    // A free one is given when none is picked; then the room is full.
    await join(room);
    await join(room);
    const full = await send(room, 'POST', '/room/join', { body: { code: room.joinCode } });
    expect(full.status).toBe(409);
    expect(full.json).toMatchObject({ code: 'no_free_alias' });
    // Names are never part of what a phone sees.
    expect(JSON.stringify(left.json)).not.toMatch(/engineering/);
  });

  it('refuses the old code after a rotation, keeps devices already in', async () => {
    const room = await openRoom();
    const token = await join(room);
    const rotated = room.controller.rotateCode();
    expect(rotated.joinCode).not.toBe(room.joinCode);
    expect(rotated.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const old = await send(room, 'POST', '/room/join', { body: { code: room.joinCode } });
    expect(old.status).toBe(403);
    expect((await send(room, 'GET', '/room/state', { token })).status).toBe(200);
  });
});

describe('answering', () => {
  it('records an answer through the run service: the facilitator sees it and is told at once', async () => {
    const room = await openRoom();
    const sectionId = room.gotoStatements();
    const token = await join(room, room.participants[0]?.alias);
    const events: WorkshopEvent[] = [];
    const stop = workshopEvents.subscribe((event) => events.push(event));
    try {
      const state = await send(room, 'GET', '/room/state', { token });
      expect(state.status).toBe(200);
      expect(state.json).toMatchObject({
        alias: room.participants[0]?.alias,
        language: 'es',
        section: { id: sectionId, kind: 'statements', round: 1, open: true },
        answers: {},
      });
      const statements = (state.json as { section: { statements: { id: string; text: string }[] } })
        .section.statements;
      expect(statements.map((s) => s.id)).toEqual(humanItems.map((item) => item.id));
      expect(statements[0]?.text).toBe(h1.text.es);

      const saved = await send(room, 'POST', '/room/answer', {
        token,
        body: { itemId: h1.id, round: 1, value: 4, clientId: 'attempt-0001' },
      });
      expect(saved.status).toBe(200);
      expect(saved.json).toEqual({ itemId: h1.id, round: 1, value: 4, clientId: 'attempt-0001' });
      expect(events).toContainEqual({ type: 'response', workshopId: room.workshopId });
      expect(room.h.call('responses:list', { workshopId: room.workshopId, round: 1 })).toEqual([
        expect.objectContaining({
          participantId: room.participants[0]?.id,
          itemId: h1.id,
          value: 4,
        }),
      ]);
      const after = await send(room, 'GET', '/room/state', { token });
      expect((after.json as { answers: unknown }).answers).toEqual({ [h1.id]: 4 });
    } finally {
      stop();
    }
  });

  it('applies a retried attempt once; a later change replaces the answer, never duplicates it', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room);
    const body = { itemId: h1.id, round: 1, value: 2, clientId: 'attempt-0001' };
    for (let i = 0; i < 3; i++) {
      expect((await send(room, 'POST', '/room/answer', { token, body })).status).toBe(200);
    }
    await send(room, 'POST', '/room/answer', {
      token,
      body: { ...body, value: 5, clientId: 'attempt-0002' },
    });
    // A late copy of the first attempt must not undo the change.
    await send(room, 'POST', '/room/answer', { token, body });
    const rows = room.db.prepare('SELECT value FROM responses').all();
    expect(rows).toEqual([{ value: 5 }]);
    const reused = await send(room, 'POST', '/room/answer', {
      token,
      body: { ...body, itemId: h2.id },
    });
    expect(reused.status).toBe(400);
  });

  it('takes answers only for the current section, its round, and until the facilitator reveals', async () => {
    const room = await openRoom();
    const token = await join(room);
    const answer = (itemId: string, round: number, clientId: string) =>
      send(room, 'POST', '/room/answer', { token, body: { itemId, round, value: 3, clientId } });
    // Framing: nothing to answer yet.
    expect((await answer(h1.id, 1, 'attempt-0001')).status).toBe(409);
    room.gotoStatements();
    const technical = 'td.pipeline.1';
    const wrongItem = await answer(technical, 1, 'attempt-0002');
    expect(wrongItem.status).toBe(400);
    expect(wrongItem.json).toMatchObject({ code: 'invalid_input' });
    expect((await answer(h1.id, 2, 'attempt-0003')).status).toBe(409);
    room.h.call('run:reveal', { workshopId: room.workshopId, revealed: true });
    const closed = await answer(h1.id, 1, 'attempt-0004');
    expect(closed.status).toBe(409);
    expect(closed.json).toMatchObject({ code: 'section_closed' });
    const state = await send(room, 'GET', '/room/state', { token });
    expect(state.json).toMatchObject({ section: { open: false } });
    expect(room.db.prepare('SELECT count(*) AS n FROM responses').get()).toEqual({ n: 0 });
  });

  it('stores an anonymous comment once however often it is retried', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room);
    const body = { text: '  Nobody owns the release train  ', clientId: 'comment-0001' };
    for (let i = 0; i < 2; i++) {
      expect((await send(room, 'POST', '/room/comment', { token, body })).status).toBe(200);
    }
    const comments = room.h.call('comment:list', { workshopId: room.workshopId });
    expect(comments.map((c) => c.text)).toEqual(['Nobody owns the release train']);
    // Nothing stored ties the comment to the device or its participant.
    const receipts = JSON.stringify(room.db.prepare('SELECT * FROM room_comment_receipts').all());
    expect(receipts).not.toContain(room.participants[0]?.id ?? '?');
    expect(receipts).not.toContain('comment-0001');
  });
});

describe('what a participant can never reach', () => {
  it("reads only its own answers, never another's nor any aggregate, even after the reveal", async () => {
    const room = await openRoom(3);
    room.gotoStatements();
    const alice = await join(room, room.participants[0]?.alias);
    const bob = await join(room, room.participants[1]?.alias);
    await send(room, 'POST', '/room/answer', {
      token: alice,
      body: { itemId: h1.id, round: 1, value: 1, clientId: 'alice-0001' },
    });
    await send(room, 'POST', '/room/answer', {
      token: bob,
      body: { itemId: h2.id, round: 1, value: 5, clientId: 'bob-00001' },
    });
    const seen = await send(room, 'GET', '/room/state', { token: bob });
    expect((seen.json as { answers: unknown }).answers).toEqual({ [h2.id]: 5 });
    room.h.call('run:reveal', { workshopId: room.workshopId, revealed: true });
    const revealed = await send(room, 'GET', '/room/state', { token: bob });
    expect((revealed.json as { answers: unknown }).answers).toEqual({ [h2.id]: 5 });
    expect(revealed.text).not.toMatch(/counts|mean|participantId|progress|result/);
    expect(revealed.text).not.toContain(room.participants[0]?.alias ?? '?');
  });

  it('answers no facilitator channel: every /api route is absent on the room host', async () => {
    const room = await openRoom();
    room.gotoStatements();
    const token = await join(room);
    for (const channel of [
      'responses:list',
      'presenter:state',
      'room:status',
      'participant:list',
      'workshop:exportFile',
    ]) {
      const reply = await send(room, 'POST', `/api/${channel}`, {
        token,
        body: { workshopId: room.workshopId, id: room.workshopId, round: 1 },
      });
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain(room.participants[1]?.id ?? '?');
    }
    expect(
      (await send(room, 'GET', `/api/events?workshop=${room.workshopId}`, { token })).status,
    ).toBe(404);
  });

  it('refuses a device without a cookie, with a forged one, and once the facilitator removes it', async () => {
    const room = await openRoom();
    room.gotoStatements();
    expect((await send(room, 'GET', '/room/state')).status).toBe(401);
    const forged = await send(room, 'GET', '/room/state', { token: 'a'.repeat(32) });
    expect(forged.status).toBe(401);
    expect(forged.json).toMatchObject({ code: 'not_joined' });
    const token = await join(room);
    const [device] = room.controller.devices(room.workshopId);
    if (!device) throw new Error('no device');
    room.controller.removeDevice(room.workshopId, device.id);
    const removed = await send(room, 'POST', '/room/answer', {
      token,
      body: { itemId: h1.id, round: 1, value: 3, clientId: 'attempt-0001' },
    });
    expect(removed.status).toBe(401);
    expect(room.controller.devices(room.workshopId)).toEqual([]);
    // Its alias is listed again, but the next phone needs the facilitator's allowance.
    const listed = await send(room, 'POST', '/room/code', { body: { code: room.joinCode } });
    expect((listed.json as { aliases: string[] }).aliases).toContain(device.alias);
    expect((await tryJoin(room, device.alias)).json).toMatchObject({ code: 'ask_facilitator' });
    room.controller.allowAlias(room.workshopId, device.alias, true);
    expect(await join(room, device.alias)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers only requests addressed to its own address and port', async () => {
    const room = await openRoom();
    for (const host of ['evil.example', `localhost:${room.port}`, '127.0.0.1', `127.0.0.1:1`]) {
      const reply = await send(room, 'GET', '/room', { host });
      expect(reply.status).toBe(421);
      expect(reply.json).toMatchObject({ code: 'wrong_host' });
    }
  });

  it('refuses a body over 16 KiB with 413, and a body it cannot read with 400', async () => {
    const room = await openRoom();
    const token = await join(room);
    const big = await send(room, 'POST', '/room/comment', {
      token,
      raw: JSON.stringify({ text: 'x'.repeat(17 * 1024), clientId: 'comment-0001' }),
    });
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ code: 'too_large' });
    const broken = await send(room, 'POST', '/room/answer', { token, raw: '{"itemId":' });
    expect(broken.status).toBe(400);
    const form = await send(room, 'POST', '/room/answer', {
      token,
      raw: 'a=1',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });

  it('sends the same strict Content-Security-Policy as the app, and no-store on its data', async () => {
    const room = await openRoom();
    const reply = await send(room, 'GET', '/room/state');
    expect(String(reply.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(reply.headers['cache-control']).toBe('no-store');
  });
});
