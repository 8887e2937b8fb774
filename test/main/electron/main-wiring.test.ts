import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  appListeners: new Map<string, (...args: unknown[]) => unknown>(),
  readyBeforeScheme: false,
  ready: false,
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
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: false,
      whenReady: () => {
        state.ready = true;
        return Promise.resolve();
      },
      getPath: () => state.userData,
      getVersion: () => '9.9.9',
      on: (event: string, listener: (...args: unknown[]) => unknown) =>
        state.appListeners.set(event, listener),
      quit: () => undefined,
      exit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        state.readyBeforeScheme = state.ready;
        state.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
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
  const rendererUrl = 'app://bundle/index.html';

  it('opens one window with the secure preferences and the app page under app://', () => {
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window?.loaded).toBe(rendererUrl);
    // A sandboxed preload runs as a classic script, so it must be the CommonJS bundle.
    expect(window?.options.webPreferences.preload).toMatch(/preload[\\/]preload\.cjs$/);
  });

  it('registers the app scheme before ready and serves it after', () => {
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(state.readyBeforeScheme).toBe(false);
    expect(state.protocolHandlers.has('app')).toBe(true);
  });

  it('guards every web contents the app creates', () => {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: (() => { action: string }) | undefined;
    state.appListeners.get('web-contents-created')?.(
      {},
      {
        on: (name: string, listener: (event: { preventDefault(): void }) => void) =>
          listeners.set(name, listener),
        setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
      },
    );
    const away = { url: 'https://evil.example/', preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(away);
    expect(away.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });

  it('serves the contract over IPC from the app page, on the userData store', async () => {
    const fromApp = { senderFrame: { url: rendererUrl, parent: null } };
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
    const fromApp = { senderFrame: { url: rendererUrl, parent: null } };
    const invalid = (await invoke?.(fromApp, 'workshop:create', { title: '' })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    for (const url of [
      'https://evil.example/',
      'file:///app/out/renderer/index.html',
      'app://elsewhere/index.html',
    ]) {
      const stranger = { senderFrame: { url, parent: null } };
      const refused = (await invoke?.(stranger, 'workshop:list', {})) as { ok: boolean };
      expect(refused.ok, url).toBe(false);
    }
    const subframe = { senderFrame: { url: rendererUrl, parent: {} } };
    expect(((await invoke?.(subframe, 'workshop:list', {})) as { ok: boolean }).ok).toBe(false);
    const noFrame = (await invoke?.({ senderFrame: null }, 'workshop:list', {})) as { ok: boolean };
    expect(noFrame.ok).toBe(false);
  });

  it('denies permission requests by default', () => {
    const callback = vi.fn();
    state.permissionHandler?.(null, 'camera', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });
});
