import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { openStore, type Store } from '../../src-main/store/open-store';
import { createApi, type Transport } from '../../src-renderer/api/client';
import { createAppStore } from '../../src-renderer/store/create-app-store';
import { answersKey, cellKey } from '../../src-renderer/store/run-slice';

// The client statements in the renderer's store against the real services and a real SQLite
// file: the set-up panel's list, and the grid and private mode writing their answers through
// the client statement channels, never the instrument's.

let dir: string;
let db: Store;
let calls: string[];
let transport: Transport;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-client-slice-'));
  const dataFile = join(dir, 'workshops.sqlite');
  db = openStore(dataFile);
  const handlers = createHandlers(db, {
    clock: () => new Date(),
    dataFile,
    version: 't',
    transport: 'ipc',
  });
  calls = [];
  transport = async (channel, input) => {
    calls.push(channel);
    return dispatch(handlers, channel, input);
  };
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function setUp() {
  const store = createAppStore(createApi(transport), {
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
  return { store, api, workshopId: workshop.id, participantId: participant.id };
}

describe('client statements in the store', () => {
  it('adds, lists with answer counts and removes', async () => {
    const { store, api, workshopId, participantId } = await setUp();
    await store.getState().addClientStatement(workshopId, { text: 'We ship on Fridays' });
    const [statement] = store.getState().clientStatementsByWorkshop[workshopId] ?? [];
    expect(statement).toMatchObject({ text: 'We ship on Fridays', reversed: false, answers: 0 });
    if (!statement) throw new Error('no statement');
    await api.call('clientStatement:answer', {
      workshopId,
      statementId: statement.id,
      participantId,
      value: 3,
    });
    await store.getState().loadClientStatements(workshopId);
    expect(store.getState().clientStatementsByWorkshop[workshopId]?.[0]?.answers).toBe(1);
    await expect(store.getState().addClientStatement(workshopId, { text: '  ' })).rejects.toThrow(
      /text/,
    );
    await store.getState().removeClientStatement(workshopId, statement.id);
    expect(store.getState().clientStatementsByWorkshop[workshopId]).toEqual([]);
  });

  it('the grid writes, clears, undoes and reloads client answers through their own channels', async () => {
    const { store, api, workshopId, participantId } = await setUp();
    const statement = await api.call('clientStatement:add', {
      workshopId,
      statement: { text: 'We ship on Fridays' },
    });
    const cell = () =>
      store.getState().runAnswers[answersKey(workshopId, 'client')]?.[
        cellKey(participantId, statement.id)
      ];
    calls = [];
    expect(
      await store.getState().setAnswer(workshopId, participantId, statement.id, 'client', 'na'),
    ).toBe(true);
    expect(cell()).toMatchObject({ value: 'na', status: 'saved' });
    expect(
      await store.getState().setAnswer(workshopId, participantId, statement.id, 'client', 5),
    ).toBe(true);
    expect(await store.getState().undoAnswer()).toBe(true);
    expect(cell()).toMatchObject({ value: 'na', status: 'saved' });
    expect(
      await store
        .getState()
        .setAnswer(workshopId, participantId, statement.id, 'client', undefined),
    ).toBe(true);
    expect(await api.call('clientStatement:answers', { workshopId })).toEqual([]);
    expect(calls).not.toContain('response:record');
    expect(calls).not.toContain('response:clear');
    expect(calls).toContain('clientStatement:clear');

    await api.call('clientStatement:answer', {
      workshopId,
      statementId: statement.id,
      participantId,
      value: null,
    });
    await store.getState().loadAnswers(workshopId, 'client');
    expect(cell()).toMatchObject({ value: null, status: 'saved' });
    expect(await api.call('responses:list', { workshopId, round: 1 })).toEqual([]);
  });

  it('private mode records a client answer through clientStatement:answer and drops the grid’s copy', async () => {
    const { store, api, workshopId, participantId } = await setUp();
    const statement = await api.call('clientStatement:add', {
      workshopId,
      statement: { text: 'We ship on Fridays' },
    });
    const view = await api.call('run:start', { workshopId });
    const section = view.agenda.find((s) => s.kind === 'client_statements');
    if (!section) throw new Error('no client statements section');
    await api.call('run:goto', { workshopId, sectionId: section.id });
    await store.getState().setAnswer(workshopId, participantId, statement.id, 'client', 2);
    await store.getState().runCommand('run:lock', { workshopId, pin: '4821' });
    const lock = store.getState().privateLock;
    expect(lock?.source).toBe('client');
    expect(store.getState().runAnswers[answersKey(workshopId, 'client')]).toBeUndefined();
    await store
      .getState()
      .recordPrivateAnswer(workshopId, participantId, statement.id, 1, 4, lock?.source);
    await store.getState().runCommand('run:unlock', { workshopId, pin: '4821' });
    expect(await api.call('clientStatement:answers', { workshopId })).toEqual([
      { statementId: statement.id, participantId, value: 4 },
    ]);
  });
});
