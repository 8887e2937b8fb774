import { decodeUtf8 } from '../../shared/format/utf8';
import { jsonNestsDeeperThan } from './json-depth';

/**
 * Why a request body could not be read as JSON. Plain data, so a worker thread can say it and the
 * host turn it into the very error its own parser gives (`bodyProblemError`).
 */
export type JsonBodyProblem =
  { kind: 'utf8'; offset: number; byte: number } | { kind: 'depth' } | { kind: 'json' };

export type JsonBodyReading =
  { ok: true; value: unknown } | { ok: false; problem: JsonBodyProblem };

/** A key that names an object's prototype: refused, as Fastify's parser refuses it. */
const PROTOTYPE_KEY = /__proto__|constructor|\\u/;

function refusePrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new SyntaxError('forbidden prototype property');
  if (
    key === 'constructor' &&
    value !== null &&
    typeof value === 'object' &&
    Object.hasOwn(value, 'prototype')
  ) {
    throw new SyntaxError('forbidden prototype property');
  }
  return value;
}

/**
 * Reads a request body as the hosts' own JSON parser does (`useStrictJsonBodies`): strict UTF-8
 * with a leading byte order mark accepted, nesting capped, and a `__proto__` key or a
 * `constructor.prototype` refused (secure-json-parse's "error" actions). Run on the heavy-work
 * thread for large bodies, so parsing megabytes never holds up the room.
 */
export function readJsonBody(bytes: Uint8Array): JsonBodyReading {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return { ok: false, problem: { kind: 'utf8', offset: decoded.offset, byte: decoded.byte } };
  }
  const text = decoded.text;
  if (jsonNestsDeeperThan(text)) return { ok: false, problem: { kind: 'depth' } };
  if (text.length === 0) return { ok: false, problem: { kind: 'json' } };
  try {
    // The reviver costs a call per value, so it runs only when such a key could be there (an
    // escaped key could spell one, hence any backslash-u as well).
    const value: unknown = PROTOTYPE_KEY.test(text)
      ? JSON.parse(text, refusePrototypeKeys)
      : JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false, problem: { kind: 'json' } };
  }
}
