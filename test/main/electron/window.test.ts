import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Electron cannot run on the build machines; the window factory is exercised with fakes.
vi.mock('electron', () => ({}));

const { createAppWindow, hardenSession } = await import('../../../src-main/electron/app-window');
const { isAppUrl, isVettedExternalUrl } = await import('../../../src-main/electron/window-options');

type Listener = (...args: unknown[]) => void;

class FakeWindow {
  static created: FakeWindow[] = [];
  readonly listeners = new Map<string, Listener>();
  windowOpenHandler?: (details: { url: string }) => { action: string };
  loaded?: string;
  readonly webContents = {
    on: (event: string, listener: Listener) => this.listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      this.windowOpenHandler = handler;
    },
  };
  constructor(readonly options: { webPreferences: Record<string, unknown> }) {
    FakeWindow.created.push(this);
  }
  once(): void {}
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
}

const appUrl = 'app://bundle/index.html';

function makeWindow() {
  const openExternal = vi.fn(() => Promise.resolve());
  createAppWindow({
    BrowserWindow: FakeWindow as never,
    shell: { openExternal },
    preloadPath: '/app/out/preload/preload.mjs',
    appUrl,
  });
  const window = FakeWindow.created.at(-1);
  if (!window) throw new Error('no window created');
  return { window, openExternal };
}

describe('the app window', () => {
  it('gets the frozen secure webPreferences', () => {
    const { window } = makeWindow();
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: '/app/out/preload/preload.mjs',
    });
    expect(Object.isFrozen(prefs)).toBe(true);
    expect(window.loaded).toBe('app://bundle/index.html');
  });

  it('refuses navigation away from the app page', () => {
    const { window } = makeWindow();
    const willNavigate = window.listeners.get('will-navigate');
    const outside = { preventDefault: vi.fn() };
    willNavigate?.(outside, 'https://example.com/');
    expect(outside.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    willNavigate?.(inside, `${appUrl}#/about`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('never opens a new window, and opens only vetted https links externally', () => {
    const { window, openExternal } = makeWindow();
    expect(window.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    expect(openExternal).not.toHaveBeenCalled();
    expect(
      window.windowOpenHandler?.({ url: 'https://duenablomstrom.com/what-is-execution-debt' }),
    ).toEqual({
      action: 'deny',
    });
    expect(openExternal).toHaveBeenCalledWith('https://duenablomstrom.com/what-is-execution-debt');
  });

  it('denies every permission request and sets the CSP header', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let headersHandler:
      | ((d: { responseHeaders: Record<string, string[]> }, cb: (r: unknown) => void) => void)
      | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onHeadersReceived: (h: typeof headersHandler) => (headersHandler = h) },
    };
    hardenSession(session as never, "default-src 'self'");
    const granted = vi.fn();
    requestHandler?.(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
    const answer = vi.fn();
    headersHandler?.({ responseHeaders: {} }, answer);
    expect(answer).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });
});

describe('URL checks against hostile input', () => {
  it('isVettedExternalUrl accepts only https on the allowlist', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const host = new URL(url).hostname;
        const allowed =
          url.startsWith('https://') && ['duenablomstrom.com', 'peoplenottech.com'].includes(host);
        expect(isVettedExternalUrl(url)).toBe(
          allowed && new URL(url).port === '' && new URL(url).username === '',
        );
      }),
    );
    for (const url of [
      'http://duenablomstrom.com/',
      'https://duenablomstrom.com.evil.example/',
      'https://user@duenablomstrom.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(isVettedExternalUrl(url)).toBe(false);
    }
  });

  it('isAppUrl accepts only the renderer page itself', () => {
    fc.assert(
      fc.property(fc.string(), (url) => {
        if (isAppUrl(url, appUrl)) expect(new URL(url).pathname).toBe('/index.html');
      }),
    );
    expect(isAppUrl(`${appUrl}#/present/x`, appUrl)).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'file:///app/out/renderer/index.html',
      'https://bundle/index.html',
      'app://elsewhere/index.html',
      'app://bundle:8080/index.html',
      'app://user@bundle/index.html',
      'app://bundle/assets/index.js',
      'app://bundle/other.html',
    ]) {
      expect(isAppUrl(url, appUrl), url).toBe(false);
    }
  });
});
