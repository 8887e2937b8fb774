import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RoomAnswerInput,
  RoomCodeInput,
  RoomCommentInput,
  RoomJoinInput,
  RoomVoteInput,
} from '../../../shared/room/schemas';
import { humanItems, join, openRoom, send, snapshot, type Room } from './room-fixture';

const [h1] = humanItems;
if (!h1) throw new Error('no human statement');

/** Values shaped almost like a valid body, wrong in one place, plus anything at all. */
const nearlyValid = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record(
    {
      code: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.constant('O0I1L0'),
        fc.string({ minLength: 40 }),
      ),
      alias: fc.oneof(fc.string(), fc.constant(''), fc.string({ minLength: 41 }), fc.integer()),
      itemId: fc.oneof(fc.string(), fc.constant(h1.id), fc.constant('x'.repeat(65)), fc.integer()),
      round: fc.oneof(fc.integer(), fc.double(), fc.constant('1'), fc.constant(null)),
      value: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.double(), fc.string(), fc.boolean()),
      clientId: fc.oneof(fc.string(), fc.constant('short'), fc.constant('../../etc/passwd')),
      text: fc.oneof(
        fc.string(),
        fc.constant('   '),
        fc.string({ minLength: 1001, maxLength: 1200 }),
      ),
      actionId: fc.oneof(fc.string(), fc.uuid(), fc.integer()),
      dots: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double(), fc.string()),
      __proto__: fc.object(),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const endpoints = [
  { path: '/room/code', schema: RoomCodeInput },
  { path: '/room/join', schema: RoomJoinInput },
  { path: '/room/answer', schema: RoomAnswerInput },
  { path: '/room/comment', schema: RoomCommentInput },
  { path: '/room/vote', schema: RoomVoteInput },
] as const;

interface Sent {
  status: number;
  json: unknown;
}

function expectClearRefusal(reply: Sent, what: string) {
  if (reply.status < 400 || reply.status >= 500) {
    throw new Error(`${what} answered ${reply.status}: ${JSON.stringify(reply.json)}`);
  }
  const body = reply.json as { code?: unknown; message?: unknown } | null;
  expect(typeof body?.code).toBe('string');
  expect(typeof body?.message).toBe('string');
  expect(String(body?.message).length).toBeGreaterThan(10);
}

async function fuzzRoom(): Promise<{ room: Room; token: string }> {
  // Join limits would answer 429 before the body is even read; here the bodies are the target.
  const room = await openRoom(3, { joinLimitPerMinute: 100_000, requestLimitPerMinute: 100_000 });
  room.gotoStatements();
  const token = await join(room);
  return { room, token };
}

describe('fuzzing every participant endpoint', () => {
  it('answers malformed JSON bodies with a clear 4xx, never a 500, and changes nothing', async () => {
    const { room, token } = await fuzzRoom();
    const before = snapshot(room.db);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), nearlyValid, async (endpoint, body) => {
        // Only inputs the schema refuses are malformed; a valid one is not this test's business.
        fc.pre(!endpoint.schema.safeParse(body).success);
        const raw = JSON.stringify(body);
        fc.pre(raw !== undefined);
        const reply = await send(room, 'POST', endpoint.path, { token, raw });
        expectClearRefusal(reply, `${endpoint.path} ${raw.slice(0, 80)}`);
      }),
      { numRuns: 300 },
    );
    expect(room.controller.status().locked).toBe(false);
    expect(snapshot(room.db)).toEqual(before);
  });

  it('answers raw bytes, odd content types and oversized bodies with a 4xx', async () => {
    const { room, token } = await fuzzRoom();
    const before = snapshot(room.db);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints.map((e) => e.path)),
        fc.oneof(
          fc.string(),
          fc.string({ minLength: 16 * 1024 + 1, maxLength: 20 * 1024 }),
          fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
        ),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=latin1',
          'multipart/form-data',
        ),
        async (path, raw, contentType) => {
          fc.pre(
            !(
              typeof raw === 'string' &&
              raw.trim().startsWith('{') &&
              contentType === 'application/json'
            ),
          );
          const reply = await send(room, 'POST', path, { token, raw, contentType });
          expectClearRefusal(reply, `${path} ${contentType}`);
        },
      ),
      { numRuns: 200 },
    );
    expect(snapshot(room.db)).toEqual(before);
  });

  it('refuses any cookie that is not a joined device on every route, reading nothing', async () => {
    const { room } = await fuzzRoom();
    const before = snapshot(room.db);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          ['GET', '/room/state'],
          ['GET', '/room/events'],
          ['POST', '/room/answer'],
          ['POST', '/room/comment'],
          ['POST', '/room/vote'],
        ),
        fc.oneof(
          fc.string({ unit: 'grapheme-ascii' }).filter((s) => !/[;\r\n]/.test(s)),
          fc.stringMatching(/^[0-9a-f]{32}$/),
          fc.constant('a'.repeat(5000)),
        ),
        async ([method, path], cookie) => {
          const reply = await send(room, method, path, {
            cookie: `edw_device=${cookie}`,
            ...(method === 'POST'
              ? { body: { itemId: h1.id, round: 1, value: 3, clientId: 'attempt-0001', text: 'x' } }
              : {}),
          });
          expectClearRefusal(reply, `${method} ${path}`);
        },
      ),
      { numRuns: 150 },
    );
    expect(snapshot(room.db)).toEqual(before);
  });
});

describe('fuzzing answers on the client statements section', () => {
  it('stores a well-formed answer apart from the responses, or refuses it clearly; never a 500', async () => {
    const room = await openRoom(3, { joinLimitPerMinute: 100_000, requestLimitPerMinute: 100_000 });
    const statements = ['We ship on Fridays.', 'Priorities change every week.'].map((text) =>
      room.h.call('clientStatement:add', { workshopId: room.workshopId, statement: { text } }),
    );
    const section = room.h
      .call('run:get', { workshopId: room.workshopId })
      .agenda.find((s) => s.kind === 'client_statements');
    if (!section) throw new Error('no client statements section');
    room.h.call('run:goto', { workshopId: room.workshopId, sectionId: section.id });
    const token = await join(room);
    const responses = () => room.db.prepare('SELECT * FROM responses').all();
    const before = responses();
    let attempt = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...statements.map((s) => s.id), h1.id), fc.uuid()),
        fc.constantFrom<unknown>(1, 2, 3, 4, 5, null, 'na', 0, 6, 2.5),
        fc.constantFrom(1, 2),
        async (itemId, value, round) => {
          attempt += 1;
          const body = { itemId, round, value, clientId: `fuzz-${attempt}-attempt` };
          const reply = await send(room, 'POST', '/room/answer', { token, body });
          const valid =
            statements.some((s) => s.id === itemId) &&
            round === 1 &&
            [1, 2, 3, 4, 5, null, 'na'].includes(value as number | null | string);
          if (valid) expect(reply.status, JSON.stringify(reply.json)).toBe(200);
          else expectClearRefusal(reply, `/room/answer ${JSON.stringify(body)}`);
        },
      ),
      { numRuns: 150 },
    );
    expect(responses()).toEqual(before);
  });
});
