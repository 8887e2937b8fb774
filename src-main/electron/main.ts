import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { openStore } from '../store/open-store';
import { createHandlers } from '../services/create-handlers';
import { offloadHeavyWork } from '../services/heavy-work';
import { loadReportFonts } from '../report/fonts';
import { createHeavyPool } from '../workers/heavy-pool';
import { CONTENT_SECURITY_POLICY } from '../host/security-headers';
import { DATA_FILE_NAME } from '../host/data-location';
import { isAppSender, registerIpc } from './ipc';
import { chooseNativeBinding } from './native-binding';
import { createAppWindow, hardenSession } from './app-window';
import { offerRestoreAfterDamage, openStoreOrRecover } from './recover-store';
import { startBackgroundCheck } from '../store/background-check';
import { startBackupScheduler } from '../services/backup-scheduler';
import { EVENT_PREFIX } from './ipc-channels';
import { workshopEvents } from '../services/events';
import { isAppUrl } from './window-options';
import { APP_INDEX_URL, registerAppScheme, serveAppProtocol } from './app-protocol';
import { guardAllWebContents } from './web-contents-guard';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '../renderer');

// Both before `ready`: the scheme must be known when Chromium starts, and the guard must be in
// place before the first web contents exists.
registerAppScheme(protocol);
guardAllWebContents(app, (url) => isAppUrl(url, APP_INDEX_URL));

async function start(): Promise<void> {
  await app.whenReady();
  serveAppProtocol(protocol, rendererRoot);
  const dataFile = join(app.getPath('userData'), DATA_FILE_NAME);
  // A refused file is never modified; the dialog offers the newest good backup instead.
  const db = await openStoreOrRecover({
    dataFile,
    // A packaged app ships better-sqlite3 already rebuilt for Electron by the packager.
    open: () =>
      openStore(dataFile, {
        nativeBinding: app.isPackaged
          ? undefined
          : chooseNativeBinding(process.versions, process.env),
      }),
    dialog,
    locale: () => app.getLocale(),
  });
  if (!db) {
    app.exit(1);
    return;
  }
  const deps = {
    clock: () => new Date(),
    dataFile,
    version: app.getVersion(),
    transport: 'ipc' as const,
  };
  const handlers = createHandlers(db, deps);
  // PDF and CSV are made on a worker thread (out/main/heavy-worker.js), so the window and the
  // room host stay responsive while a report renders.
  const heavyWork = createHeavyPool({ fonts: () => loadReportFonts() });
  hardenSession(session.defaultSession, CONTENT_SECURITY_POLICY);
  // Compared without the hash: the app's routes (and the presenter window) live in it.
  registerIpc(ipcMain, offloadHeavyWork(db, deps, handlers, heavyWork), (event) =>
    isAppSender(event.senderFrame, APP_INDEX_URL),
  );
  // Committed changes reach every window (the presenter follows the run screen live).
  workshopEvents.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send(`${EVENT_PREFIX}run:changed`, event);
    }
  });
  createAppWindow({
    BrowserWindow,
    shell,
    preloadPath: join(here, '../preload/preload.cjs'),
    appUrl: APP_INDEX_URL,
  });
  const backups = startBackupScheduler({ db, dataFile });
  // A file too large for a full check before opening gets one now, on a worker thread; damage
  // stops all writes (backups too) and the newest good backup is offered, as at start-up.
  const storeCheck = startBackgroundCheck(db, {
    nativeBinding: app.isPackaged ? undefined : chooseNativeBinding(process.versions, process.env),
    onDamage: (error) => {
      backups.stop();
      void offerRestoreAfterDamage({
        dataFile,
        error,
        dialog,
        locale: () => app.getLocale(),
        close: () => {
          void heavyWork.close();
          db.close();
        },
        relaunch: () => {
          app.relaunch();
          app.exit(0);
        },
      });
    },
  });
  app.on('window-all-closed', () => {
    void storeCheck.stop();
    backups.stop();
    void heavyWork.close();
    db.close();
    app.quit();
  });
}

void start();
