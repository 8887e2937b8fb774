import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApi } from '../../src-renderer/api/client';
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

describe('portfolio slice', () => {
  it('keeps the chooser’s list as it is when asked again with nothing changed, and takes a change', async () => {
    const { store } = storeOverRealHost();
    await store.getState().importWorkshopFile(sample);
    await store.getState().loadPortfolioChoices();
    const { portfolioClients, portfolioWorkshops } = store.getState();
    expect(portfolioWorkshops).toHaveLength(1);

    await store.getState().loadPortfolioChoices();
    expect(store.getState().portfolioChoicesStatus).toBe('ready');
    expect(store.getState().portfolioClients).toBe(portfolioClients);
    expect(store.getState().portfolioWorkshops).toBe(portfolioWorkshops);

    await store.getState().importWorkshopFile(sample, true);
    await store.getState().loadPortfolioChoices();
    expect(store.getState().portfolioWorkshops).toHaveLength(2);
    expect(store.getState().portfolioClients).not.toBe(portfolioClients);
  });
});
