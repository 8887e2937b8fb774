import type { WebPreferences } from 'electron';

/**
 * The one set of webPreferences every window gets (STYLE.md rule 3). Frozen so nothing can
 * loosen it at run time; a test asserts each value.
 */
export function secureWebPreferences(preloadPath: string): Readonly<WebPreferences> {
  return Object.freeze({
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  });
}

/**
 * True only for the app's own page (`app://bundle/index.html`), whatever its hash. Scheme, host
 * and path must all match: `app://elsewhere/index.html` or a page with credentials is not ours.
 */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const own = new URL(appIndexUrl);
    return (
      candidate.protocol === own.protocol &&
      candidate.host === own.host &&
      candidate.username === '' &&
      candidate.password === '' &&
      candidate.pathname === own.pathname
    );
  } catch {
    return false;
  }
}

const EXTERNAL_ALLOWLIST = new Set(['duenablomstrom.com', 'peoplenottech.com']);

/** Links that may open in the system browser: https only, to a short vetted list. */
export function isVettedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.port === '' &&
      EXTERNAL_ALLOWLIST.has(parsed.hostname.toLowerCase())
    );
  } catch {
    return false;
  }
}
