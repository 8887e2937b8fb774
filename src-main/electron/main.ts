import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { openStore } from '../store/open-store';
import { createHandlers } from '../services/create-handlers';
import { CONTENT_SECURITY_POLICY } from '../host/security-headers';
import { DATA_FILE_NAME } from '../host/data-location';
import { registerIpc } from './ipc';
import { chooseNativeBinding } from './native-binding';
import { createAppWindow, hardenSession } from './app-window';

const here = dirname(fileURLToPath(import.meta.url));
const rendererIndex = join(here, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).toString();

async function start(): Promise<void> {
  await app.whenReady();
  const dataFile = join(app.getPath('userData'), DATA_FILE_NAME);
  let db;
  try {
    db = openStore(dataFile, { nativeBinding: chooseNativeBinding(process.versions, process.env) });
  } catch (error) {
    dialog.showErrorBox('Execution Debt Workshop', (error as Error).message);
    app.exit(1);
    return;
  }
  const handlers = createHandlers(db, {
    clock: () => new Date(),
    dataFile,
    version: app.getVersion(),
    transport: 'ipc',
  });
  hardenSession(session.defaultSession, CONTENT_SECURITY_POLICY);
  registerIpc(ipcMain, handlers, (event) => event.senderFrame?.url === rendererUrl);
  createAppWindow({
    BrowserWindow,
    shell,
    preloadPath: join(here, '../preload/preload.cjs'),
    rendererIndex,
    rendererUrl,
  });
  app.on('window-all-closed', () => {
    db.close();
    app.quit();
  });
}

void start();
