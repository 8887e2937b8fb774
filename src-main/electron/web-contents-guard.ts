import type { App, WebContents } from 'electron';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Locks one web contents to the app's own page: no navigation, redirect or frame navigation
 * elsewhere, no new windows, no `<webview>`. The window factory adds its own handlers on top (the
 * presenter window, vetted external links); this is the floor for every web contents, including
 * any the factory never saw.
 */
export function guardWebContents(
  contents: GuardedContents,
  isAppUrl: (url: string) => boolean,
): void {
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  // Also fires for subframes, which `will-navigate` does not see.
  contents.on('will-frame-navigate', stayInApp);
  // webviewTag is off in every window's preferences; this refuses one even if that ever changed.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Set before the window factory's own handler, which replaces it for the app's windows.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Installs `guardWebContents` on every web contents the app ever creates. */
export function guardAllWebContents(
  app: Pick<App, 'on'>,
  isAppUrl: (url: string) => boolean,
): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl));
}
