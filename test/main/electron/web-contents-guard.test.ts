import { describe, expect, it, vi } from 'vitest';

// Electron cannot run here; the guard is exercised on fake web contents.
vi.mock('electron', () => ({}));

const { guardAllWebContents, guardWebContents } =
  await import('../../../src-main/electron/web-contents-guard');
const { isAppSender } = await import('../../../src-main/electron/ipc');
const { isAppUrl } = await import('../../../src-main/electron/window-options');
const { APP_INDEX_URL } = await import('../../../src-main/electron/app-protocol');

type Listener = (event: { url?: string; preventDefault(): void }) => void;

class FakeContents {
  readonly listeners = new Map<string, Listener>();
  openHandler?: (details: { url: string }) => { action: string };
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  /** True when the listener for `event` cancelled a navigation to `url`. */
  prevented(event: string, url: string): boolean {
    const preventDefault = vi.fn();
    this.listeners.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

const isOurs = (url: string) => isAppUrl(url, APP_INDEX_URL);

const elsewhere = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'file:///opt/edw/out/renderer/index.html',
  'app://elsewhere/index.html',
  'app://bundle/assets/index.js',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
];

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardWebContents(contents as never, isOurs);
  return contents;
}

describe('the web contents guard', () => {
  it('denies navigation, redirects and frame navigation away from the app', () => {
    const contents = guarded();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(contents.listeners.has(event), event).toBe(true);
      for (const url of elsewhere)
        expect(contents.prevented(event, url), `${event} ${url}`).toBe(true);
      expect(contents.prevented(event, `${APP_INDEX_URL}#/present/x`), event).toBe(false);
    }
  });

  it('denies every new window and every webview', () => {
    const contents = guarded();
    for (const url of [...elsewhere, APP_INDEX_URL]) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    const attach = vi.fn();
    contents.listeners.get('will-attach-webview')?.({ preventDefault: attach });
    expect(attach).toHaveBeenCalled();
  });

  it('is installed on every web contents the app creates', () => {
    let created: ((event: unknown, contents: unknown) => void) | undefined;
    const app = {
      on: vi.fn((event: string, listener: typeof created) => {
        if (event === 'web-contents-created') created = listener;
      }),
    };
    guardAllWebContents(app as never, isOurs);
    const contents = new FakeContents();
    created?.({}, contents);
    expect(contents.prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('the IPC sender check', () => {
  it('accepts only the top frame of the app page under app://', () => {
    expect(isAppSender({ url: APP_INDEX_URL, parent: null }, APP_INDEX_URL)).toBe(true);
    expect(isAppSender({ url: `${APP_INDEX_URL}#/present/a`, parent: null }, APP_INDEX_URL)).toBe(
      true,
    );
    for (const url of elsewhere) {
      expect(isAppSender({ url, parent: null }, APP_INDEX_URL), url).toBe(false);
    }
    const subframe = { url: APP_INDEX_URL, parent: {} } as never;
    expect(isAppSender(subframe, APP_INDEX_URL)).toBe(false);
    expect(isAppSender(null, APP_INDEX_URL)).toBe(false);
    expect(isAppSender(undefined, APP_INDEX_URL)).toBe(false);
  });
});
