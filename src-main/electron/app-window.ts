import type { BrowserWindow as BrowserWindowType, Session, Shell } from 'electron';
import { isAppUrl, isVettedExternalUrl, secureWebPreferences } from './window-options';

export interface AppWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  shell: Pick<Shell, 'openExternal'>;
  preloadPath: string;
  /** The app's page under its own scheme (`APP_INDEX_URL`), never a file:// URL. */
  appUrl: string;
}

/**
 * The one window factory: every window of the app is made here, with the frozen secure
 * preferences, navigation locked to the app's own page and new windows refused.
 */
export function createAppWindow(deps: AppWindowDeps, hash?: string): BrowserWindowType {
  const window = new deps.BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Execution Debt Workshop',
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  const contents = window.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, deps.appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // The presenter view is the app's own page in a second window (to drag to the projector);
    // it is made here, by this same factory, rather than by the renderer's window.open.
    const presenterHash = presenterHashOf(url, deps.appUrl);
    if (presenterHash) createAppWindow(deps, presenterHash);
    else if (isVettedExternalUrl(url)) void deps.shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(hash ? `${deps.appUrl}#${hash}` : deps.appUrl);
  return window;
}

/** `/present/<id>` when `url` is the app's own presenter page, else undefined. */
export function presenterHashOf(url: string, appUrl: string): string | undefined {
  if (!isAppUrl(url, appUrl)) return undefined;
  const hash = new URL(url).hash.replace(/^#/, '');
  return /^\/present\/[^/]+$/.test(hash) ? hash : undefined;
}

/**
 * Denies every permission request and adds the CSP header to every network response (the app's
 * own `app://` responses carry it from the protocol handler).
 */
export function hardenSession(target: Session, contentSecurityPolicy: string): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}
