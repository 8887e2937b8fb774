import type { BrowserWindow as BrowserWindowType, Session, Shell } from 'electron';
import { isAppUrl, isVettedExternalUrl, secureWebPreferences } from './window-options';

export interface AppWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  shell: Pick<Shell, 'openExternal'>;
  preloadPath: string;
  rendererIndex: string;
  rendererUrl: string;
}

/**
 * The one window factory: every window of the app is made here, with the frozen secure
 * preferences, navigation locked to the app's own page and new windows refused.
 */
export function createAppWindow(deps: AppWindowDeps): BrowserWindowType {
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
    if (!isAppUrl(url, deps.rendererUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) void deps.shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(deps.rendererIndex);
  return window;
}

/** Denies every permission request and adds the CSP header to every response. */
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
