import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { openStore } from '../../../src-main/store/open-store';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { createHost } from '../../../src-main/host/create-host';

export interface AppHost {
  baseURL: string;
  dataFile: string;
}

/** Each test gets the built renderer served over its own fresh SQLite file. */
export const test = base.extend<{ appHost: AppHost }>({
  // Playwright reads a fixture's dependencies from this destructuring; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  appHost: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'edw-e2e-'));
    const dataFile = join(dir, 'workshops.sqlite');
    const db = openStore(dataFile);
    const handlers = createHandlers(db, {
      clock: () => new Date(),
      dataFile,
      version: '0.0.0-test',
      transport: 'http',
    });
    const host = await createHost({ handlers, staticDir: resolve('out/renderer') });
    await host.listen({ host: '127.0.0.1', port: 0 });
    const address = host.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await use({ baseURL: `http://127.0.0.1:${port}`, dataFile });
    await host.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
