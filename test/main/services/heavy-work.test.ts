import type { Worker } from 'node:worker_threads';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { dispatchServed, type DispatchResult } from '../../../src-main/services/dispatch';
import { offloadHeavyWork } from '../../../src-main/services/heavy-work';
import type { ServiceDeps } from '../../../src-main/services/service-deps';
import { createHeavyPool, type HeavyPoolOptions } from '../../../src-main/workers/heavy-pool';
import { humanItems, join, openRoom, send } from '../room/room-fixture';

// Ordering, never milliseconds: a report job is held inside the worker (a shared-memory gate the
// test opens), and the room must answer while it is held; with rendering on the main thread no
// answer could be served until the report was done.

function pool(options: Partial<HeavyPoolOptions> = {}) {
  const heavy = createHeavyPool({ fonts: () => loadReportFonts(), ...options });
  onTestFinished(() => heavy.close());
  return heavy;
}

/** [0]: jobs begun in the worker; [1]: 0 holds each job at its start, 1 lets it run. */
function gate(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

async function begun(hold: Int32Array, count: number): Promise<void> {
  // Polled: the main thread must stay free to serve, so it cannot block on the gate itself.
  while (Atomics.load(hold, 0) < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

function release(hold: Int32Array): void {
  Atomics.store(hold, 1, 1);
  Atomics.notify(hold, 1);
}

function base64Head(result: DispatchResult): string {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const { base64 } = result.value as { base64: string };
  return Buffer.from(base64, 'base64').subarray(0, 5).toString('latin1');
}

async function roomWithAnswers() {
  const room = await openRoom(3);
  room.gotoStatements();
  const deps: ServiceDeps = {
    clock: () => new Date('2026-05-04T10:00:00Z'),
    dataFile: room.h.file,
    version: 'test',
    transport: 'http',
  };
  return { room, deps };
}

describe('heavy work on a worker thread', () => {
  it('the room host answers within its budget while a PDF renders', async () => {
    const { room, deps } = await roomWithAnswers();
    const hold = gate();
    const served = offloadHeavyWork(room.db, deps, room.h.handlers, pool({ hold }));
    let reportDone = false;
    const report = dispatchServed(served, 'report:pdf', {
      id: room.workshopId,
      flavour: 'full',
    }).finally(() => {
      reportDone = true;
    });
    await begun(hold, 1);

    // The report is in the worker and cannot finish until the gate opens: every answer below
    // must be served meanwhile.
    const token = await join(room);
    const answered: number[] = [];
    for (const [n, item] of humanItems.entries()) {
      const reply = await send(room, 'POST', '/room/answer', {
        token,
        body: { itemId: item.id, round: 1, value: 1 + (n % 5), clientId: `answer-${1000 + n}` },
      });
      answered.push(reply.status);
    }
    expect(answered).toEqual(humanItems.map(() => 200));
    expect(reportDone).toBe(false);

    release(hold);
    expect(base64Head(await report)).toBe('%PDF-');
    expect(reportDone).toBe(true);
  });

  it('makes the same CSV as the in-process service, and a PDF', async () => {
    const { room, deps } = await roomWithAnswers();
    const served = offloadHeavyWork(room.db, deps, room.h.handlers, pool());
    for (const kind of ['answers', 'aggregates', 'answers-by-alias'] as const) {
      const offThread = await dispatchServed(served, 'export:csv', { id: room.workshopId, kind });
      expect(offThread).toEqual({
        ok: true,
        value: room.h.call('export:csv', { id: room.workshopId, kind }),
      });
    }
    const pdf = await dispatchServed(served, 'report:pdf', {
      id: room.workshopId,
      flavour: 'brief',
    });
    expect(base64Head(pdf)).toBe('%PDF-');
    const missing = await dispatchServed(served, 'report:pdf', {
      id: '00000000-0000-4000-8000-000000000000',
      flavour: 'full',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('gives a clear error when the worker dies mid-job, and serves the next job with a new one', async () => {
    const { room, deps } = await roomWithAnswers();
    const hold = gate();
    const workers: Worker[] = [];
    const served = offloadHeavyWork(
      room.db,
      deps,
      room.h.handlers,
      pool({ hold, onWorkerStart: (worker) => workers.push(worker) }),
    );
    const doomed = dispatchServed(served, 'export:csv', { id: room.workshopId, kind: 'answers' });
    await begun(hold, 1);
    await workers[0]?.terminate();
    const failed = await doomed;
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(failed.ok ? '' : failed.error.message).toMatch(/stopped before it was finished/);

    release(hold);
    const next = await dispatchServed(served, 'export:csv', {
      id: room.workshopId,
      kind: 'answers',
    });
    expect(next.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('starts its worker as the portfolio screen asks for the clients, and builds on that one', async () => {
    const { room, deps } = await roomWithAnswers();
    const workers: Worker[] = [];
    const served = offloadHeavyWork(
      room.db,
      deps,
      room.h.handlers,
      pool({ onWorkerStart: (worker) => workers.push(worker) }),
    );
    const clients = await dispatchServed(served, 'portfolio:clients', {});
    expect(clients).toEqual({ ok: true, value: room.h.call('portfolio:clients', {}) });
    expect(workers).toHaveLength(1);
    const built = await dispatchServed(served, 'portfolio:build', {
      workshopIds: [room.workshopId],
    });
    expect(built.ok).toBe(true);
    expect(workers).toHaveLength(1);
  });

  it('writes an archive on the worker and reads it back into a new workshop', async () => {
    const { room, deps } = await roomWithAnswers();
    const served = offloadHeavyWork(room.db, deps, room.h.handlers, pool());
    const exported = await dispatchServed(served, 'archive:export', {
      id: room.workshopId,
      passphrase: 'correct horse battery',
    });
    if (!exported.ok) throw new Error(JSON.stringify(exported.error));
    const { base64, filename } = exported.value as { base64: string; filename: string };
    expect(filename).toMatch(/\.edw$/);
    const wrong = await dispatchServed(served, 'archive:import', {
      base64,
      passphrase: 'not the passphrase',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'passphrase' }] },
    });
    const duplicate = await dispatchServed(served, 'archive:import', {
      base64,
      passphrase: 'correct horse battery',
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const imported = await dispatchServed(served, 'archive:import', {
      base64,
      passphrase: 'correct horse battery',
      confirmDuplicate: true,
    });
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    const copy = imported.value as { id: string; title: string };
    expect(copy.id).not.toBe(room.workshopId);
    expect(copy.title).toBe('Payments');
    const answers = (id: string) =>
      room.h.call('export:csv', { id, kind: 'answers' }).text.split('\n').slice(1);
    expect(answers(copy.id)).toEqual(answers(room.workshopId));
  });

  it('is closed by private mode like every other facilitator channel', async () => {
    const { room, deps } = await roomWithAnswers();
    const served = offloadHeavyWork(room.db, deps, room.h.handlers, pool());
    room.h.call('run:lock', { workshopId: room.workshopId, pin: '2468' });
    const refused = await dispatchServed(served, 'report:pdf', {
      id: room.workshopId,
      flavour: 'full',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'private_mode' } });
  });
});
