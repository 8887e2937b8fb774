import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopDraftInput } from '../../shared/domain/workshop';
import { createHandlers } from '../../src-main/services/create-handlers';
import { dispatch } from '../../src-main/services/dispatch';
import { openStore, type Store } from '../../src-main/store/open-store';
import { ApiCallError, createApi, type Transport } from '../../src-renderer/api/client';
import { createAppStore } from '../../src-renderer/store/create-app-store';

// The store runs against the real services and a real SQLite file, through the same dispatch
// the Electron IPC adapter uses; only the language switch is recorded instead of applied.
let dir: string;
let db: Store;
let transport: Transport;
let languages: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-store-'));
  const dataFile = join(dir, 'workshops.sqlite');
  db = openStore(dataFile);
  const handlers = createHandlers(db, {
    clock: () => new Date(),
    dataFile,
    version: 'test',
    transport: 'ipc',
  });
  transport = async (channel, input) => dispatch(handlers, channel, input);
  languages = [];
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function newStore(wrap: (inner: Transport) => Transport = (inner) => inner) {
  return createAppStore(createApi(wrap(transport)), {
    initialLanguage: 'en',
    applyLanguage: (language) => languages.push(language),
  });
}

const draft = (title: string, client = ''): WorkshopDraftInput => ({
  title,
  client,
  date: '2025-03-14',
});

describe('the renderer store', () => {
  it('lists, creates, duplicates and deletes workshops as the screens show them', async () => {
    const store = newStore();
    await store.getState().loadWorkshops('');
    expect(store.getState().workshopsStatus).toBe('ready');
    expect(store.getState().workshops).toEqual([]);

    const first = await store.getState().createWorkshop(draft('Payments check', 'Northwind'));
    await store.getState().createWorkshop(draft('Retail check', 'Contoso'));
    await store.getState().loadWorkshops('northwind');
    expect(store.getState().workshops.map((w) => w.title)).toEqual(['Payments check']);

    await store.getState().loadWorkshops('');
    const copy = await store.getState().duplicateWorkshop(first.id);
    expect(store.getState().workshops.map((w) => w.id)).toContain(copy.id);
    expect(store.getState().workshops).toHaveLength(3);

    await store.getState().deleteWorkshop(first.id);
    expect(store.getState().workshops.map((w) => w.id)).not.toContain(first.id);
    expect(store.getState().workshopById[first.id]).toBeUndefined();
  });

  it('keeps the participant count of the list and the workshop in step with the participants', async () => {
    const store = newStore();
    const workshop = await store.getState().createWorkshop(draft('Count check'));
    await store.getState().loadWorkshops('');
    const added = await store
      .getState()
      .addParticipants(workshop.id, [{ role: 'product' }, { alias: 'Fox', role: 'engineering' }]);
    expect(added.map((p) => p.alias)).toEqual([expect.stringMatching(/^P[1-5]$/), 'Fox']);
    expect(store.getState().workshopById[workshop.id]?.participantCount).toBe(2);
    expect(store.getState().workshops[0]?.participantCount).toBe(2);

    const p1 = added[0];
    if (!p1) throw new Error('P1 missing');
    await store
      .getState()
      .updateParticipant(workshop.id, { id: p1.id, alias: 'Owl', role: 'leadership', name: 'Sam' });
    await store.getState().removeParticipant(workshop.id, added[1]?.id ?? '');
    expect(store.getState().participantsByWorkshop[workshop.id]).toMatchObject([
      { alias: 'Owl', role: 'leadership', name: 'Sam' },
    ]);
    expect(store.getState().workshops[0]?.participantCount).toBe(1);
  });

  it('passes refusals on with their field issues and stores nothing', async () => {
    const store = newStore();
    const workshop = await store.getState().createWorkshop(draft('Refusal check'));
    await store.getState().addParticipants(workshop.id, [{ alias: 'Fox', role: 'product' }]);
    const refusal = await store
      .getState()
      .addParticipants(workshop.id, [{ alias: 'Fox', role: 'product' }])
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiCallError);
    expect((refusal as ApiCallError).fieldErrors()).toHaveProperty(['participants[0].alias']);
    expect(store.getState().participantsByWorkshop[workshop.id]).toHaveLength(1);

    const badDraft = await store
      .getState()
      .createWorkshop({ title: '', date: '2025-02-30' })
      .catch((e: unknown) => e);
    expect(Object.keys((badDraft as ApiCallError).fieldErrors()).sort()).toEqual(['date', 'title']);
  });

  it('shows the newest search, even when an older one answers last', async () => {
    const store = newStore((inner) => async (channel, input) => {
      // The first search is slow, as on a busy laptop; its answer arrives after the second's.
      if (channel === 'workshop:list' && (input as { query: string }).query === 'p') {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return inner(channel, input);
    });
    await store.getState().createWorkshop(draft('Payments check'));
    await store.getState().createWorkshop(draft('Platform check'));
    await Promise.all([
      store.getState().loadWorkshops('p'),
      store.getState().loadWorkshops('payments'),
    ]);
    expect(store.getState().workshopQuery).toBe('payments');
    expect(store.getState().workshops.map((w) => w.title)).toEqual(['Payments check']);
  });

  it('switches the language once and clears a message written in the old one', () => {
    const store = newStore();
    store.getState().announce('Workshop deleted.');
    store.getState().setLanguage('es');
    store.getState().setLanguage('es');
    expect(languages).toEqual(['es']);
    expect(store.getState().language).toBe('es');
    expect(store.getState().announcement).toBeNull();
  });

  it('loads what the About screen shows', async () => {
    const store = newStore();
    await store.getState().loadAppInfo();
    expect(store.getState().appInfo).toMatchObject({ version: 'test', transport: 'ipc' });
    expect(store.getState().appInfo?.dataFile).toContain('workshops.sqlite');
  });
});
