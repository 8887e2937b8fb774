import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: the whole `electron` module is replaced by recording fakes, and the
// real main process module is loaded against them with a real SQLite file.
const userData = mkdtempSync(join(tmpdir(), 'edw-electron-'));
const state = vi.hoisted(() => ({
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  windows: [] as { options: { webPreferences: Record<string, unknown> }; loaded?: string }[],
  permissionHandler: undefined as
    undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  userData: '',
}));
state.userData = userData;

vi.mock('electron', () => {
  class BrowserWindow {
    loaded?: string;
    webContents = { on: () => undefined, setWindowOpenHandler: () => undefined };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    once() {}
    loadFile(path: string) {
      this.loaded = path;
      return Promise.resolve();
    }
  }
  return {
    app: {
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getVersion: () => '9.9.9',
      on: () => undefined,
      quit: () => undefined,
      exit: () => undefined,
    },
    BrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: (channel: string, fn: (...args: unknown[]) => unknown) =>
        state.handlers.set(channel, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionHandler) =>
          (state.permissionHandler = h),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    shell: { openExternal: vi.fn() },
  };
});

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('the Electron main process', async () => {
  await import('../../../src-main/electron/main');
  await vi.waitFor(() => expect(state.windows.length).toBe(1));
  const window = state.windows[0];
  const invoke = state.handlers.get('edw:invoke');
  const rendererUrl = pathToFileURL(window?.loaded ?? '').toString();

  it('opens one window with the secure preferences and the built renderer', () => {
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loaded).toMatch(/renderer[\\/]index\.html$/);
    // A sandboxed preload runs as a classic script, so it must be the CommonJS bundle.
    expect(window?.options.webPreferences.preload).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('serves the contract over IPC from the app page, on the userData store', async () => {
    const fromApp = { senderFrame: { url: rendererUrl } };
    const created = (await invoke?.(fromApp, 'workshop:create', {
      title: 'From IPC',
      date: '2026-11-25',
    })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    const info = (await invoke?.(fromApp, 'app:info', {})) as {
      value: { dataFile: string; transport: string };
    };
    expect(info.value).toMatchObject({
      dataFile: join(userData, 'workshops.sqlite'),
      transport: 'ipc',
    });
  });

  it('validates input and refuses other senders', async () => {
    const fromApp = { senderFrame: { url: rendererUrl } };
    const invalid = (await invoke?.(fromApp, 'workshop:create', { title: '' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const stranger = { senderFrame: { url: 'https://evil.example/' } };
    const refused = (await invoke?.(stranger, 'workshop:list', {})) as { ok: boolean };
    expect(refused.ok).toBe(false);
    const noFrame = (await invoke?.({ senderFrame: null }, 'workshop:list', {})) as { ok: boolean };
    expect(noFrame.ok).toBe(false);
  });

  it('denies permission requests by default', () => {
    const callback = vi.fn();
    state.permissionHandler?.(null, 'camera', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });
});
