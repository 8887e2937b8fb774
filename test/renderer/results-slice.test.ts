import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiCallError, createApi } from '../../src-renderer/api/client';
import { createAppStore } from '../../src-renderer/store/create-app-store';
import { dispatch } from '../../src-main/services/dispatch';
import { serviceHarness } from '../helpers/service-harness';

const sample: unknown = JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8'));

/** The renderer's real store over the real handlers and a temp SQLite file. */
function storeOverRealHost() {
  const harness = serviceHarness();
  const api = createApi(async (channel, input) => dispatch(harness.handlers, channel, input));
  const store = createAppStore(api, { initialLanguage: 'en', applyLanguage: () => undefined });
  return { harness, store };
}

describe('results slice', () => {
  it('imports a workshop file, lists it first and scores it as the CLI does', async () => {
    const { store } = storeOverRealHost();
    const workshop = await store.getState().importWorkshopFile(sample);
    expect(store.getState().workshops[0]?.id).toBe(workshop.id);
    expect(store.getState().workshopById[workshop.id]?.title).toBe(
      'Sample: Payments platform team',
    );

    const results = await store.getState().loadResults(workshop.id);
    expect(results.result.indices.executionDebtIndex).toBe(63);
    expect(results.result.indices.band).toBe('compounding');
    // Findings cite evidence by index; the slice keeps the entries so the screen can name them.
    expect(results.realityCheck.map((entry) => entry.title)).toContain('Checkout redesign');
    expect(results.decisions).toHaveLength(results.result.evidence.decisions.entries);
    expect(store.getState().resultsByWorkshop[workshop.id]).toEqual(results);
  });

  it('exports the same answers it imported', async () => {
    const { store } = storeOverRealHost();
    const workshop = await store.getState().importWorkshopFile(sample);
    const file = await store.getState().exportWorkshopFile(workshop.id);
    expect(file.responses).toHaveLength((sample as { responses: unknown[] }).responses.length);
    expect(file.workshop.date).toBe('2025-11-20');
  });

  it('refuses an invalid file by JSON path and stores nothing', async () => {
    const { harness, store } = storeOverRealHost();
    const broken = structuredClone(sample) as { responses: { value: unknown }[] };
    broken.responses[0] = { ...broken.responses[0], value: 7 };

    const error = await store
      .getState()
      .importWorkshopFile(broken)
      .then(
        () => null,
        (thrown: unknown) => thrown,
      );
    expect(error).toBeInstanceOf(ApiCallError);
    expect((error as ApiCallError).body.code).toBe('invalid_input');
    expect((error as ApiCallError).fieldErrors()['responses[0].value']).toMatch(/got 7/);
    expect(store.getState().workshops).toEqual([]);
    expect(harness.call('workshop:list', {})).toEqual([]);
  });

  it('reports an unknown workshop as not found', async () => {
    const { store } = storeOverRealHost();
    await expect(store.getState().loadResults('nope')).rejects.toMatchObject({
      body: { code: 'not_found' },
    });
    expect(store.getState().resultsByWorkshop).toEqual({});
  });
});
