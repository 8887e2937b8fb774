import { describe, expect, it } from 'vitest';
import { RoomStatus } from '../../../shared/room/schemas';
import { join, openRoom, send, type Room } from './room-fixture';

/** The guard's clock: tests move it by hand, so no assertion depends on how fast the machine is. */
function fakeClock() {
  let t = Date.parse('2026-05-04T09:00:00Z');
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

/** A code of the right shape that is not the room's. */
function wrongCode(room: Room): string {
  return room.controller.status().joinCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
}

function guess(room: Room, localAddress: string, code = wrongCode(room), token?: string) {
  return send(room, 'POST', '/room/join', {
    body: { code },
    localAddress,
    ...(token ? { token } : {}),
  });
}

function currentCode(room: Room): string {
  const code = room.controller.status().joinCode;
  if (!code) throw new Error('the room has no code');
  return code;
}

describe('guessing the join code', () => {
  it('slows down each guessing address alone: after 2000 wrong codes from 250 addresses a right code joins at once', async () => {
    const clock = fakeClock();
    const room = await openRoom(3, { joinGuard: { now: clock.now } });
    const addresses = Array.from({ length: 250 }, (_, i) => `127.0.3.${i + 1}`);
    const seen = new Map<string, number[]>();
    for (let round = 0; round < 8; round++) {
      const replies = await Promise.all(addresses.map((address) => guess(room, address)));
      replies.forEach((reply, i) => {
        const address = addresses[i] ?? '';
        seen.set(address, [...(seen.get(address) ?? []), reply.status]);
        if (reply.status === 429) {
          expect(reply.headers['retry-after']).toBe('1');
          expect(reply.json).toMatchObject({ code: 'too_many_attempts' });
        }
      });
    }
    // Three free mistakes, a fourth that earns a wait, then refusals that check nothing.
    for (const statuses of seen.values()) {
      expect(statuses).toEqual([403, 403, 403, 403, 429, 429, 429, 429]);
    }
    expect(room.controller.status()).toMatchObject({
      locked: false,
      failedJoins: 1000,
      slowedAddresses: 250,
    });

    // A phone on another address, with the code from the screen, is not held up at all.
    const phone = await guess(room, '127.0.4.1', currentCode(room));
    expect(phone.status).toBe(200);
    const aliases = await send(room, 'POST', '/room/code', {
      body: { code: currentCode(room) },
      localAddress: '127.0.4.2',
    });
    expect(aliases.status).toBe(200);

    // A guessing address must wait even with the right code: the code is not checked at all.
    const guesser = await guess(room, '127.0.3.1', currentCode(room));
    expect(guesser.status).toBe(429);
    clock.advance(1_000);
    expect((await guess(room, '127.0.3.1', currentCode(room))).status).toBe(200);
  });

  it('makes one address wait longer after each wrong code, with Retry-After, up to 5 minutes', async () => {
    const clock = fakeClock();
    const room = await openRoom(3, { joinGuard: { now: clock.now } });
    const address = '127.0.5.1';
    for (let i = 0; i < 3; i++) expect((await guess(room, address)).status).toBe(403);
    const waits: string[] = [];
    for (let i = 0; i < 11; i++) {
      expect((await guess(room, address)).status).toBe(403);
      const refused = await guess(room, address);
      expect(refused.status).toBe(429);
      const wait = String(refused.headers['retry-after']);
      waits.push(wait);
      // Meanwhile a phone elsewhere joins at once.
      if (i === 10) expect((await guess(room, '127.0.5.2', currentCode(room))).status).toBe(200);
      clock.advance(Number(wait) * 1000);
    }
    expect(waits).toEqual(['1', '2', '4', '8', '16', '32', '64', '128', '256', '300', '300']);
    expect(room.controller.status().locked).toBe(false);
  });

  it('counts wrong codes against the device cookie too, on whatever address it comes from', async () => {
    const clock = fakeClock();
    const room = await openRoom(3, { joinGuard: { now: clock.now } });
    const token = await join(room, undefined, '127.0.6.1');
    for (let i = 0; i < 4; i++) {
      expect((await guess(room, '127.0.6.2', wrongCode(room), token)).status).toBe(403);
    }
    expect((await guess(room, '127.0.6.3', wrongCode(room), token)).status).toBe(429);
    // The address alone owes nothing: without that cookie it is answered as usual.
    expect((await guess(room, '127.0.6.3')).status).toBe(403);
  });

  it('allows about 10 attempts a minute per address, right or wrong, and no fewer to others', async () => {
    const clock = fakeClock();
    const room = await openRoom(3, { joinGuard: { now: clock.now } });
    const code = () => ({ code: currentCode(room) });
    const ask = (localAddress: string) =>
      send(room, 'POST', '/room/code', { body: code(), localAddress });
    for (let i = 0; i < 10; i++) expect((await ask('127.0.7.1')).status).toBe(200);
    const eleventh = await ask('127.0.7.1');
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers['retry-after']).toBe('6');
    expect((await ask('127.0.7.2')).status).toBe(200);
    clock.advance(6_000);
    expect((await ask('127.0.7.1')).status).toBe(200);
  });
});

describe('what the facilitator sees and decides', () => {
  it('shows the wrong codes and the slowed addresses; rotates the code; only their own lock gives 423', async () => {
    const clock = fakeClock();
    const room = await openRoom(3, { joinGuard: { now: clock.now } });
    for (const address of ['127.0.8.1', '127.0.8.2']) {
      for (let i = 0; i < 5; i++) await guess(room, address);
    }
    const status = room.facilitator('room:status', {});
    if (!status.ok) throw new Error(JSON.stringify(status.error));
    // The reply is what the Room mode panel reads: it must fit the contract's schema.
    expect(RoomStatus.parse(status.value)).toMatchObject({
      locked: false,
      failedJoins: 8,
      slowedAddresses: 2,
    });

    const old = currentCode(room);
    const rotated = room.facilitator('room:rotateCode', {});
    if (!rotated.ok) throw new Error(JSON.stringify(rotated.error));
    const fresh = RoomStatus.parse(rotated.value);
    expect(fresh.joinCode).not.toBe(old);
    expect(fresh.failedJoins).toBe(0);
    expect((await guess(room, '127.0.8.3', old)).status).toBe(403);
    expect((await guess(room, '127.0.8.4', currentCode(room))).status).toBe(200);

    expect(room.facilitator('room:lock', { locked: true }).ok).toBe(true);
    const locked = await guess(room, '127.0.8.5', currentCode(room));
    expect(locked.status).toBe(423);
    expect(locked.json).toMatchObject({ code: 'room_locked' });
    // A refusal for the lock checks no code, so it costs the phone nothing.
    expect(room.facilitator('room:lock', { locked: false }).ok).toBe(true);
    expect((await guess(room, '127.0.8.5', currentCode(room))).status).toBe(200);
  });
});
