import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, StoreOpenError } from '../store/open-store';
import { recoveryAdvice, recoveryOffer } from '../store/recovery';
import { startBackupScheduler } from '../services/backup-scheduler';
import { startBackgroundCheck } from '../store/background-check';
import { createHandlers } from '../services/create-handlers';
import { largeBodyReader, offloadHeavyWork } from '../services/heavy-work';
import { loadReportFonts } from '../report/fonts';
import { createHeavyPool } from '../workers/heavy-pool';
import { createHost } from './create-host';
import { defaultDataFile } from './data-location';
import { appVersion, projectRoot } from './project';

const USAGE = 'Usage: npm run serve -- [--port <number>] [--data <file.sqlite>]';

/** Browser mode: the app served on 127.0.0.1 over the embedded store. */
async function main(): Promise<number> {
  let values: { port?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, got "${values.port}".\n${USAGE}`);
    return 2;
  }
  const dataFile = values.data
    ? resolve(values.data)
    : defaultDataFile({ platform: process.platform, env: process.env, home: homedir() });

  let db;
  try {
    db = openStore(dataFile);
  } catch (error) {
    console.error((error as Error).message);
    // The refused file stays as it is; the way back is a backup, restored on the user's word.
    if (error instanceof StoreOpenError) {
      for (const line of recoveryAdvice(recoveryOffer(dataFile, error))) console.error(line);
    }
    return 1;
  }
  const deps = {
    clock: () => new Date(),
    dataFile,
    version: appVersion(),
    transport: 'http' as const,
  };
  const handlers = createHandlers(db, deps);
  // PDF, CSV, archives and large imports are made on a worker thread, so phones in the room are
  // answered meanwhile.
  const heavyWork = createHeavyPool({ fonts: () => loadReportFonts() });
  const backups = startBackupScheduler({
    db,
    dataFile,
    onError: (error) => console.error(`Automatic backup failed: ${(error as Error).message}`),
  });
  // A file too large for a full check before opening gets one now, on a worker thread. Damage
  // stops all writes (SQLite refuses them; requests say nothing was saved) and backups, and the
  // way back is printed: stop this host, then restore the newest good backup.
  const storeCheck = startBackgroundCheck(db, {
    onDamage: (error) => {
      backups.stop();
      console.error(error.message);
      console.error('Stop this host (Ctrl+C) first, then restore:');
      for (const line of recoveryAdvice(recoveryOffer(dataFile, error))) console.error(line);
    },
  });
  const host = await createHost({
    handlers: offloadHeavyWork(db, deps, handlers, heavyWork),
    largeBodies: largeBodyReader(deps, heavyWork),
    staticDir: resolve(projectRoot(), 'out/renderer'),
    facilitatorToken: randomBytes(16).toString('hex'),
  });
  try {
    await host.listen({ host: '127.0.0.1', port });
  } catch (error) {
    console.error(`Could not listen on 127.0.0.1:${port}: ${(error as Error).message}`);
    backups.stop();
    db.close();
    return 1;
  }
  const address = host.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Execution Debt Workshop is running at http://127.0.0.1:${actualPort}/`);
  console.log(`Data file: ${dataFile}`);
  console.log('Press Ctrl+C to stop.');

  const stop = async () => {
    await storeCheck.stop();
    backups.stop();
    await host.close();
    await heavyWork.close();
    db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
