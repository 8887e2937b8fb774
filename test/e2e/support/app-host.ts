import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { openStore } from '../../../src-main/store/open-store';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { createHost, FACILITATOR_COOKIE } from '../../../src-main/host/create-host';
import { largeBodyReader, offloadHeavyWork } from '../../../src-main/services/heavy-work';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';

export interface AppHost {
  baseURL: string;
  dataFile: string;
}

/**
 * Each test gets the built renderer served over its own fresh SQLite file, behind a facilitator
 * token like `npm run serve`; the test's browser context holds the token's cookie from the
 * start, so `page.request` calls are the facilitator's too.
 */
export const test = base.extend<{ appHost: AppHost }>({
  appHost: async ({ context }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'edw-e2e-'));
    const dataFile = join(dir, 'workshops.sqlite');
    const db = openStore(dataFile);
    const deps = {
      clock: () => new Date(),
      dataFile,
      version: '0.0.0-test',
      transport: 'http' as const,
    };
    // Reports, CSV, archives and imports are made on a worker thread, as `npm run serve` makes them.
    const heavyWork = createHeavyPool({ fonts: () => loadReportFonts() });
    const facilitatorToken = randomBytes(16).toString('hex');
    const host = await createHost({
      handlers: offloadHeavyWork(db, deps, createHandlers(db, deps), heavyWork),
      largeBodies: largeBodyReader(deps, heavyWork),
      staticDir: resolve('out/renderer'),
      facilitatorToken,
    });
    await host.listen({ host: '127.0.0.1', port: 0 });
    const address = host.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const baseURL = `http://127.0.0.1:${port}`;
    await context.addCookies([
      {
        name: FACILITATOR_COOKIE,
        value: facilitatorToken,
        url: baseURL,
        httpOnly: true,
        sameSite: 'Strict',
      },
    ]);
    await use({ baseURL, dataFile });
    await host.close();
    await heavyWork.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
