import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { loopbackPost } from '../../helpers/loopback-post';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { getInstrument } from '../../../shared/instrument';
import { createHost, LARGE_BODY_BYTES } from '../../../src-main/host/create-host';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { dispatchServed } from '../../../src-main/services/dispatch';
import { largeBodyReader, offloadHeavyWork } from '../../../src-main/services/heavy-work';
import type { ServiceDeps } from '../../../src-main/services/service-deps';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';
import { join, openRoom, send, type Room } from '../room/room-fixture';

// Ordering, never milliseconds: the import's job is held at its start inside the worker (a
// shared-memory gate the test opens), and the room must answer while it is held. Parsing,
// checking or storing the file on the main thread would leave no worker job to hold.

const PEOPLE = 500;

function gate(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

async function begun(hold: Int32Array, count: number, unless: () => boolean): Promise<void> {
  while (Atomics.load(hold, 0) < count) {
    if (unless()) throw new Error('the import finished without any work on the worker thread');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function release(hold: Int32Array): void {
  Atomics.store(hold, 1, 1);
  Atomics.notify(hold, 1);
}

/** A workshop file of `people` participants who answered every statement in both rounds. */
function largeFile(room: Room, people: number): WorkshopFile {
  const file = room.h.call('workshop:exportFile', { id: room.workshopId });
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) throw new Error('the room workshop has no known instrument');
  const items = instrument.items.map((item) => item.id);
  const participants = Array.from({ length: people }, (_, i) => ({
    id: `p${i + 1}`,
    alias: `Person ${i + 1}`,
    role: ['engineering', 'product', 'leadership'][i % 3] ?? 'engineering',
  }));
  const responses: WorkshopFile['responses'] = participants.flatMap((participant, p) =>
    ([1, 2] as const).flatMap((round) =>
      [...items].sort().map((item, i) => ({
        participant: participant.id,
        item,
        round,
        value: (1 + ((p + i + round) % 5)) as 1 | 2 | 3 | 4 | 5,
      })),
    ),
  );
  return {
    ...file,
    workshop: { ...file.workshop, title: 'Imported room' },
    participants,
    responses,
  };
}

interface HttpReply {
  status: number;
  json: unknown;
}

async function postJson(
  host: FastifyInstance,
  path: string,
  payload: string | Buffer,
): Promise<HttpReply> {
  const { port } = host.server.address() as { port: number };
  const reply = await loopbackPost(port, path, payload);
  return { status: reply.status, json: JSON.parse(reply.text) as unknown };
}

/**
 * Each test's own temporary folder, where its scratch stores go: the worker reads TMPDIR when it
 * starts, and a shared /tmp may hold other runs' imports at the same moment.
 */
let scratchRoot = '';
function ownTemporaryFolder(): void {
  const previous = process.env.TMPDIR;
  scratchRoot = mkdtempSync(joinPath(tmpdir(), 'edw-large-import-test-'));
  process.env.TMPDIR = scratchRoot;
  onTestFinished(() => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(scratchRoot, { recursive: true, force: true });
  });
}

async function hosts(room: Room, hold?: Int32Array) {
  ownTemporaryFolder();
  const deps: ServiceDeps = {
    clock: () => new Date('2026-05-04T10:00:00Z'),
    dataFile: room.h.file,
    version: 'test',
    transport: 'http',
  };
  const pool = createHeavyPool({ fonts: () => loadReportFonts(), ...(hold ? { hold } : {}) });
  const served = offloadHeavyWork(room.db, deps, room.h.handlers, pool);
  const offloaded = await createHost({
    handlers: served,
    largeBodies: largeBodyReader(deps, pool),
  });
  // The same store served as before the worker: every body parsed and stored on this thread.
  const inProcess = await createHost({ handlers: room.h.handlers });
  await offloaded.listen({ host: '127.0.0.1', port: 0 });
  await inProcess.listen({ host: '127.0.0.1', port: 0 });
  onTestFinished(async () => {
    await offloaded.close();
    await inProcess.close();
    await pool.close();
  });
  return { offloaded, inProcess, served };
}

/** The open section's statement ids as the phone with `token` is shown them. */
async function openStatements(room: Room, token: string): Promise<string[]> {
  const state = await send(room, 'GET', '/room/state', { token });
  const { section } = state.json as { section: { statements: { id: string }[] } | null };
  if (!section) throw new Error('no section is open in the room');
  return section.statements.map((statement) => statement.id);
}

/** Read from the store itself: private mode closes `workshop:list` too. */
function workshopCount(room: Room): number {
  return room.db.prepare('SELECT count(*) FROM workshops').pluck().get() as number;
}

function scratchFolders(): string[] {
  return readdirSync(scratchRoot).filter((name) => name.startsWith('edw-import-'));
}

describe('importing a large workshop file off the main thread', () => {
  it('keeps the room answering while a 500-person file is read, checked and stored', async () => {
    const room = await openRoom(3);
    room.gotoStatements();
    const hold = gate();
    const { offloaded } = await hosts(room, hold);
    const file = largeFile(room, PEOPLE);
    const payload = JSON.stringify({ file });
    expect(Buffer.byteLength(payload)).toBeGreaterThan(LARGE_BODY_BYTES);

    let importDone = false;
    const imported = postJson(offloaded, '/api/workshop:importFile', payload).finally(() => {
      importDone = true;
    });
    // Awaited below; a failure before that must not also surface as an unhandled rejection.
    imported.catch(() => undefined);
    await begun(hold, 1, () => importDone);

    // The file is being read on the worker and cannot be stored before the gate opens: every
    // answer below is served meanwhile.
    const token = await join(room);
    const statements = (await openStatements(room, token)).slice(0, 8);
    const answered: number[] = [];
    for (const [n, itemId] of statements.entries()) {
      const reply = await send(room, 'POST', '/room/answer', {
        token,
        body: { itemId, round: 1, value: 1 + (n % 5), clientId: `answer-${2000 + n}` },
      });
      answered.push(reply.status);
    }
    expect(answered).toEqual(statements.map(() => 200));
    expect(importDone).toBe(false);

    release(hold);
    const reply = await imported;
    expect(reply.status).toBe(200);
    const workshop = reply.json as { id: string; title: string };
    expect(workshop.title).toBe('Imported room');
    // Stored exactly as the in-process import stores it: the same file comes back out.
    const back = room.h.call('workshop:exportFile', { id: workshop.id });
    const again = room.h.call('workshop:importFile', { file, confirmDuplicate: true });
    expect(back).toEqual(room.h.call('workshop:exportFile', { id: again.id }));
    expect(back.participants).toHaveLength(PEOPLE);
    expect(back.responses).toHaveLength(file.responses.length);
    expect(scratchFolders()).toEqual([]);
  });

  it('refuses bad large bodies with the same errors as before and changes nothing', async () => {
    const room = await openRoom(3);
    const { offloaded, inProcess } = await hosts(room);
    const good = largeFile(room, PEOPLE);
    const duplicate = {
      ...good,
      participants: [...good.participants.slice(0, -1), { ...good.participants[0] }],
    };
    const tooManyRoles = {
      ...good,
      participants: good.participants.map((p, i) => ({ ...p, role: `role-${i}` })),
    };
    const text = JSON.stringify({ file: good });
    const badByteAt = text.indexOf('Person 250');
    const badUtf8 = Buffer.from(text, 'utf8');
    badUtf8[badByteAt] = 0xff;
    const bodies: [string, string | Buffer][] = [
      ['duplicate participant', JSON.stringify({ file: duplicate })],
      ['more role groups than allowed', JSON.stringify({ file: tooManyRoles })],
      ['not a workshop file', JSON.stringify({ file: { ...good, format: 'other' } })],
      ['invalid UTF-8', badUtf8],
      ['not JSON', `${text.slice(0, -1)},]`],
      [
        'nested too deep',
        `{"file":${'['.repeat(70)}${' '.repeat(LARGE_BODY_BYTES)}${']'.repeat(70)}}`,
      ],
      ['prototype key', `{"file":{"__proto__":{"x":1},"pad":"${'a'.repeat(LARGE_BODY_BYTES)}"}}`],
      ['an array, not an object', `[${JSON.stringify(good)}]`],
    ];
    const before = workshopCount(room);
    for (const [what, payload] of bodies) {
      expect(Buffer.byteLength(payload), what).toBeGreaterThan(LARGE_BODY_BYTES);
      const viaWorker = await postJson(offloaded, '/api/workshop:importFile', payload);
      const onThisThread = await postJson(inProcess, '/api/workshop:importFile', payload);
      expect(viaWorker.status, what).toBeGreaterThanOrEqual(400);
      expect(viaWorker, what).toEqual(onThisThread);
    }
    expect(workshopCount(room)).toBe(before);
    expect(scratchFolders()).toEqual([]);
    // A large body for another channel is read on the worker too, and answered as before.
    const padded = JSON.stringify({ id: room.workshopId, pad: 'x'.repeat(LARGE_BODY_BYTES) });
    expect(await postJson(offloaded, '/api/workshop:get', padded)).toEqual(
      await postJson(inProcess, '/api/workshop:get', padded),
    );
  });

  it('refuses a large import in private mode as before, leaving no scratch store', async () => {
    const room = await openRoom(3);
    const { offloaded, inProcess } = await hosts(room);
    const payload = JSON.stringify({ file: largeFile(room, PEOPLE) });
    room.h.call('run:lock', { workshopId: room.workshopId, pin: '2468' });
    const before = workshopCount(room);
    const viaWorker = await postJson(offloaded, '/api/workshop:importFile', payload);
    expect(viaWorker).toMatchObject({ status: 423, json: { code: 'private_mode' } });
    expect(viaWorker).toEqual(await postJson(inProcess, '/api/workshop:importFile', payload));
    expect(workshopCount(room)).toBe(before);
    expect(scratchFolders()).toEqual([]);
  });

  it('reads a 120-person archive on the worker while the room answers, and stores it the same', async () => {
    const room = await openRoom(3);
    room.gotoStatements();
    const hold = gate();
    const { served } = await hosts(room, hold);
    // 120 people: from about 220 an archive is larger than an archive:import request may carry.
    const original = room.h.call('workshop:importFile', { file: largeFile(room, 120) });
    const { base64 } = room.h.call('archive:export', { id: original.id });

    let importDone = false;
    const imported = dispatchServed(served, 'archive:import', {
      base64,
      confirmDuplicate: true,
    }).finally(() => {
      importDone = true;
    });
    await begun(hold, 1, () => importDone);
    const token = await join(room);
    for (const [n, itemId] of (await openStatements(room, token)).slice(0, 4).entries()) {
      const reply = await send(room, 'POST', '/room/answer', {
        token,
        body: { itemId, round: 1, value: 1 + (n % 5), clientId: `answer-${3000 + n}` },
      });
      expect(reply.status).toBe(200);
    }
    expect(importDone).toBe(false);
    release(hold);
    const result = await imported;
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { id } = result.value as { id: string };
    expect(room.h.call('workshop:exportFile', { id })).toEqual(
      room.h.call('workshop:exportFile', { id: original.id }),
    );

    // A look-alike still needs confirming, and refusing it leaves no scratch store behind.
    const before = workshopCount(room);
    const refused = await dispatchServed(served, 'archive:import', { base64 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(workshopCount(room)).toBe(before);
    expect(scratchFolders()).toEqual([]);
  });

  it('imports a file handed over as an object (IPC, small bodies) on the worker, same result', async () => {
    const room = await openRoom(3);
    const { served } = await hosts(room);
    const file = largeFile(room, 12);
    const result = await dispatchServed(served, 'workshop:importFile', { file });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { id } = result.value as { id: string };
    const again = room.h.call('workshop:importFile', { file, confirmDuplicate: true });
    expect(room.h.call('workshop:exportFile', { id })).toEqual(
      room.h.call('workshop:exportFile', { id: again.id }),
    );
    const before = workshopCount(room);
    const bad = { ...file, responses: [...file.responses, { ...file.responses[0] }] };
    const refused = await dispatchServed(served, 'workshop:importFile', { file: bad });
    expect(refused).toEqual(
      await dispatchServed(room.h.handlers, 'workshop:importFile', { file: bad }),
    );
    expect(refused.ok).toBe(false);
    expect(workshopCount(room)).toBe(before);
    expect(scratchFolders()).toEqual([]);
  });
});
