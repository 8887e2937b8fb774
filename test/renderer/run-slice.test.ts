import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INSTRUMENT } from '../../shared/instrument';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { openStore, type Store } from '../../src-main/store/open-store';
import { createApi, type Transport } from '../../src-renderer/api/client';
import { createAppStore } from '../../src-renderer/store/create-app-store';
import { answersKey, cellKey } from '../../src-renderer/store/run-slice';

// The run slice against the real services and a real SQLite file; a transport wrapper holds
// or fails calls so the cell's state can be seen before and after the host answers.
let dir: string;
let db: Store;
let transport: Transport;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-run-slice-'));
  const dataFile = join(dir, 'workshops.sqlite');
  db = openStore(dataFile);
  const handlers = createHandlers(db, {
    clock: () => new Date(),
    dataFile,
    version: 't',
    transport: 'ipc',
  });
  transport = async (channel, input) => dispatch(handlers, channel, input);
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const item = INSTRUMENT.items[0]?.id ?? '';

async function setUp(wrap: (inner: Transport) => Transport) {
  const store = createAppStore(createApi(wrap(transport)), {
    initialLanguage: 'en',
    applyLanguage: () => undefined,
  });
  const api = createApi(transport);
  const workshop = await api.call('workshop:create', { title: 'W', date: '2026-05-04' });
  const [participant] = await api.call('participant:add', {
    workshopId: workshop.id,
    participants: [{ role: 'engineering' }],
  });
  if (!participant) throw new Error('no participant');
  const cell = () =>
    store.getState().runAnswers[answersKey(workshop.id, 1)]?.[cellKey(participant.id, item)];
  return { store, api, workshopId: workshop.id, participantId: participant.id, cell };
}

describe('run slice: answers in the grid', () => {
  it('a cell reads saved only once the host has answered', async () => {
    let release: () => void = () => undefined;
    const { store, workshopId, participantId, cell } = await setUp(
      (inner) => async (channel, input) => {
        if (channel === 'response:record')
          await new Promise<void>((resolve) => (release = resolve));
        return inner(channel, input);
      },
    );
    const pending = store.getState().setAnswer(workshopId, participantId, item, 1, 4);
    expect(cell()).toMatchObject({ value: 4, status: 'saving' });
    release();
    expect(await pending).toBe(true);
    expect(cell()).toMatchObject({ value: 4, status: 'saved' });
  });

  it('a failed write shows an error and keeps the old value; undo restores the one before', async () => {
    let failNext = false;
    const { store, api, workshopId, participantId, cell } = await setUp(
      (inner) => async (channel, input) => {
        if (channel === 'response:record' && failNext) {
          return { ok: false, error: { code: 'internal', message: 'disk full' } };
        }
        return inner(channel, input);
      },
    );
    await store.getState().setAnswer(workshopId, participantId, item, 1, 2);
    failNext = true;
    expect(await store.getState().setAnswer(workshopId, participantId, item, 1, 5)).toBe(false);
    expect(cell()).toMatchObject({ value: 2, status: 'error', error: 'disk full' });
    failNext = false;

    await store.getState().setAnswer(workshopId, participantId, item, 1, 3);
    expect(await store.getState().undoAnswer()).toBe(true);
    expect(cell()).toMatchObject({ value: 2, status: 'saved' });
    expect(await store.getState().undoAnswer()).toBe(true);
    expect(cell()).toMatchObject({ value: undefined, status: 'saved' });
    expect(await api.call('responses:list', { workshopId, round: 1 })).toEqual([]);
  });
});
