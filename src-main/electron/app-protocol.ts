import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { securityHeaders } from '../host/security-headers';

/**
 * The desktop window loads the app from `app://bundle/`, a privileged scheme this module serves,
 * rather than from `file://`: every response then carries the same security headers as the HTTP
 * host (a CSP header, not only the page's meta tag), the page gets a real origin of its own, and
 * a request can reach nothing but the files of the built renderer.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The app's one page; its routes live in the hash. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme an origin (so CSP `'self'`, relative URLs and storage work), `secure`
 * makes it a secure context like https, `supportFetchAPI` lets module scripts and `fetch` load
 * from it. `corsEnabled` and `bypassCSP` stay unset: the first would let other origins read the
 * bundle, the second would exempt it from the very CSP this scheme exists to apply.
 */
export const APP_SCHEME_REGISTRATION: Readonly<CustomScheme> = Object.freeze({
  scheme: APP_SCHEME,
  privileges: Object.freeze({ standard: true, secure: true, supportFetchAPI: true }),
});

const MIME_TYPES: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
});

/** The Content-Type for a bundle file; unknown kinds are served as opaque bytes (with nosniff). */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that an `app://bundle/…` URL names, or undefined when the URL is not one
 * of ours or tries to leave the bundle. Refused rather than normalised: a request that needs
 * normalising (dot segments, backslashes, encoded separators, NUL, a drive letter) never comes from
 * the app's own pages, so it is an attempt to reach something else.
 */
export function bundlePathOf(root: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.hostname !== APP_HOST ||
    url.port !== '' ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return undefined;
  }
  const rawPath = url.pathname;
  // Encoded separators and dots are how traversal hides from the URL parser's own clean-up.
  if (/%(?:2e|2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  // A '%' left after decoding means the path was encoded twice: nothing in the bundle is named so.
  if (/[\\%:]/.test(decoded) || hasControlCharacter(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  if (segments.slice(0, -1).some((segment) => segment === '')) return undefined;
  const relativePath = decoded === '/' ? 'index.html' : decoded.slice(1);
  const base = resolve(root);
  const file = resolve(base, relativePath);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return undefined;
  }
  return file;
}

function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

export interface BundleFiles {
  /** Resolves true only for a regular file (never a folder). */
  isFile(path: string): Promise<boolean>;
  read(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

const diskFiles: BundleFiles = {
  isFile: async (path) => {
    try {
      return (await stat(path)).isFile();
    } catch {
      return false;
    }
  },
  read: (path) => readFile(path),
};

function refusal(status: 404 | 405, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The `app://` request handler: GET or HEAD of a file under `root`, with its MIME type and the
 * shared security headers (CSP included); 404 for anything else under the scheme.
 */
export function createAppProtocolHandler(
  root: string,
  files: BundleFiles = diskFiles,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refusal(405, 'Method not allowed');
    }
    const file = bundlePathOf(root, request.url);
    if (!file || !(await files.isFile(file))) return refusal(404, 'Not found');
    const headers = {
      ...securityHeaders,
      'content-type': mimeTypeOf(file),
      // The bundle changes only with the app, and a stale page must never survive an update.
      'cache-control': 'no-cache',
    };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(await files.read(file), { status: 200, headers });
  };
}

/** Before `ready`: Chromium must know the scheme is standard and secure when it starts. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
}

/** After `ready`: serve the built renderer folder under the scheme. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
