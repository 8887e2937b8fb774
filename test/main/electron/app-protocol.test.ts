import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/host/security-headers';

// Electron cannot run here; the handler is plain Request -> Response and is called directly.
vi.mock('electron', () => ({}));

const {
  APP_INDEX_URL,
  APP_SCHEME_REGISTRATION,
  bundlePathOf,
  createAppProtocolHandler,
  registerAppScheme,
  serveAppProtocol,
} = await import('../../../src-main/electron/app-protocol');

// A built app in miniature: the renderer folder, and a secret beside it that must stay unreachable.
const top = mkdtempSync(join(tmpdir(), 'edw-protocol-'));
const root = join(top, 'out', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1);');
writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
writeFileSync(join(root, 'assets', 'DejaVuSans.woff2'), 'font');
writeFileSync(join(root, 'assets', 'data.bin'), 'bytes');
writeFileSync(join(top, 'out', 'secret.txt'), 'SECRET-OUT');
writeFileSync(join(top, 'secret.txt'), 'SECRET-TOP');
afterAll(() => rmSync(top, { recursive: true, force: true }));

const handler = createAppProtocolHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

/** True when `file` is not strictly inside the renderer folder. */
function outsideBundle(file: string): boolean {
  const inside = relative(root, file);
  return inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

describe('the app:// protocol', () => {
  it('is registered standard and secure, never CORS-enabled or exempt from CSP', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_REGISTRATION]);
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    const handle = vi.fn();
    serveAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(APP_INDEX_URL).toBe('app://bundle/index.html');
  });

  it('serves the bundle with its MIME types and the CSP header on every response', async () => {
    const cases: [string, string, string][] = [
      [APP_INDEX_URL, 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
      ['app://bundle/', 'text/html; charset=utf-8', '<!doctype html><title>app</title>'],
      ['app://bundle/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
      ['app://bundle/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://bundle/assets/DejaVuSans.woff2', 'font/woff2', 'font'],
      ['app://bundle/assets/data.bin', 'application/octet-stream', 'bytes'],
      [`${APP_INDEX_URL}#/present/abc`, 'text/html; charset=utf-8', '<!doctype html>'],
      [`${APP_INDEX_URL}?lang=es`, 'text/html; charset=utf-8', '<!doctype html>'],
    ];
    for (const [url, type, body] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(await response.text(), url).toContain(body);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get(APP_INDEX_URL, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404, with the CSP header, for what is not a file of the bundle', async () => {
    for (const url of [
      'app://bundle/missing.js',
      'app://bundle/assets',
      'app://bundle/assets/',
      'app://elsewhere/index.html',
      'app://bundle:8080/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
    // A Request refuses credentials itself; the path check refuses them too.
    expect(bundlePathOf(root, 'app://user:pw@bundle/index.html')).toBeUndefined();
  });

  // Every way found to spell "go up a folder" or "start elsewhere", raw and as the URL parser
  // leaves it: none may read anything outside the renderer folder.
  const secretTop = join(top, 'secret.txt').split(sep).join('/');
  const traversals = [
    '../secret.txt',
    '../../secret.txt',
    'assets/../../secret.txt',
    '%2e%2e/secret.txt',
    '%2E%2E/%2E%2E/secret.txt',
    '.%2e/secret.txt',
    '%2e./secret.txt',
    '..%2fsecret.txt',
    '..%2Fsecret.txt',
    '%2e%2e%2f%2e%2e%2fsecret.txt',
    'assets/..%2f..%2fsecret.txt',
    '..%5csecret.txt',
    '..%5C..%5Csecret.txt',
    '..\\secret.txt',
    'assets\\..\\..\\secret.txt',
    '%252e%252e/secret.txt',
    '%252e%252e%252fsecret.txt',
    '%c0%ae%c0%ae/secret.txt',
    '%e0%80%ae%e0%80%ae/secret.txt',
    '%u002e%u002e/secret.txt',
    '..%00/secret.txt',
    'index.html%00.js',
    '%00',
    '/etc/passwd',
    `/${secretTop}`,
    `${secretTop}`,
    '%2fetc%2fpasswd',
    '%2F..%2F..%2Fsecret.txt',
    'C:/Windows/win.ini',
    'C:%5cWindows%5cwin.ini',
    '..;/secret.txt',
    '.../secret.txt',
    'assets/./../../secret.txt',
    './../secret.txt',
  ];

  it('never serves anything outside the bundle, however the path is encoded', async () => {
    for (const path of traversals) {
      const url = `app://bundle/${path}`;
      const file = bundlePathOf(root, url);
      if (file !== undefined) expect(outsideBundle(file), url).toBe(false);
      let response: Response;
      try {
        response = await get(url);
      } catch {
        continue; // The Request constructor itself refused the URL: nothing was served.
      }
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toMatch(/SECRET/);
    }
  });

  it('refuses, rather than tidies, paths that try to leave', () => {
    for (const path of [
      '..%2fsecret.txt',
      '%2e%2e%2fsecret.txt',
      '..%5csecret.txt',
      '..\\secret.txt',
      '%252e%252e/secret.txt',
      '%c0%ae%c0%ae/secret.txt',
      'index.html%00.js',
      'C:/Windows/win.ini',
      '/etc/passwd',
    ]) {
      expect(bundlePathOf(root, `app://bundle/${path}`), path).toBeUndefined();
    }
    expect(bundlePathOf(root, 'file:///etc/passwd')).toBeUndefined();
    expect(bundlePathOf(root, 'https://bundle/index.html')).toBeUndefined();
    expect(bundlePathOf(root, 'not a url')).toBeUndefined();
    expect(bundlePathOf(root, APP_INDEX_URL)).toBe(join(root, 'index.html'));
  });

  it('maps any URL at all to a file inside the bundle or to nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom('..', '.', '%2e', '%2f', '%5c', '\\', '/', '%', '%25', 'a', ':', '%00'),
            fc.string(),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const file = bundlePathOf(root, `app://bundle/${parts.join('/')}`);
          if (file === undefined) return;
          expect(outsideBundle(file)).toBe(false);
          expect(relative(root, file)).not.toMatch(/[:\\%]/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
