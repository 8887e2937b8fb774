import { isUtf8 } from 'node:buffer';
import type { Socket } from 'node:net';
import {
  errorCodes,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import { decodeUtf8, describeInvalidUtf8, type DecodedText } from '../../shared/format/utf8';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth';
import type { JsonBodyProblem } from './read-json-body';

/**
 * The error codes both hosts share (the facilitator's `ApiErrorBody` and the phones'
 * `RoomError`), so a reply the framework makes fits either host's one error shape.
 */
export type FrameworkErrorCode = 'invalid_input' | 'too_large' | 'not_found' | 'internal';

export interface FrameworkErrorBody {
  code: FrameworkErrorCode;
  message: string;
}

/** The app's code for a status the framework or Node chose; the status itself is kept. */
export function codeForStatus(status: number): FrameworkErrorCode {
  if (status === 404) return 'not_found';
  // 413 body, 414 address, 431 headers: each is "larger than this host takes".
  if (status === 413 || status === 414 || status === 431) return 'too_large';
  if (status >= 400 && status < 500) return 'invalid_input';
  return 'internal';
}

const FRAMEWORK_MESSAGES: Record<string, { status: number; message: string }> = {
  FST_ERR_BAD_URL: {
    status: 400,
    message: 'The address could not be read: it is not a valid URL.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    message: 'The address is longer than this host accepts.',
  },
};

/**
 * Fastify options that put the replies Fastify and Node make on their own, before any route or
 * error handler runs, into the app's error shape: a malformed or over-long address
 * (`frameworkErrors`), and a request Node's parser cannot read at all (`clientErrorHandler`:
 * broken framing 400, headers or address over Node's 16 KiB 431, too slow 408).
 */
export function frameworkReplyOptions(): Pick<
  FastifyServerOptions,
  'frameworkErrors' | 'clientErrorHandler'
> {
  const frameworkErrors = (error: FastifyError, _request: unknown, reply: FastifyReply) => {
    const known = FRAMEWORK_MESSAGES[error.code];
    const status = known?.status ?? 500;
    const message = known?.message ?? 'The host failed to answer this request.';
    // The address is not echoed: it may be the over-long or malformed part itself.
    const body: FrameworkErrorBody = { code: codeForStatus(status), message };
    void reply.code(status).send(body);
  };
  return {
    frameworkErrors,
    clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
      // As Fastify's own handler: a reset connection has nobody left to answer.
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const [status, message] =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'The request headers or address are larger than this host accepts.']
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'The request took too long to arrive.']
            : [400, 'The request could not be read: it is not well-formed HTTP.'];
      const body = JSON.stringify({ code: codeForStatus(status), message });
      if (socket.writable) {
        socket.write(
          `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request'}\r\n` +
            'Content-Type: application/json; charset=utf-8\r\n' +
            'X-Content-Type-Options: nosniff\r\n' +
            'Connection: close\r\n' +
            `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      }
      socket.destroy(error);
    },
  };
}

/**
 * How much of an oversized body is still read (and thrown away) before the 413 is sent. A client
 * that sends its whole body before reading the answer (Python's http.client, many scripts) sees
 * a closed connection, not the 413, if the host stops reading early; up to this many times the
 * cap it hears the answer. Beyond it the body is no mistake, and the connection is closed.
 */
const DRAIN_FACTOR = 16;

/**
 * Replaces Fastify's JSON body parser with one that reads bytes and:
 * - refuses a body that is not valid UTF-8 with the offset of its first bad byte (Fastify's
 *   would store U+FFFD in place of each bad byte);
 * - accepts a leading UTF-8 byte order mark;
 * - answers a body over `limit` bytes, chunked or not, with a 413 that reaches the client.
 * Parsing itself stays Fastify's (the same prototype-poisoning checks), and errors carry
 * Fastify's codes and statuses, so each host's error handler shapes them as before.
 * With `offloadAbove`, a body larger than that many bytes is not read here at all: it becomes a
 * `LargeJsonBody` for the route to read off the main thread (`readJsonBody` on the heavy-work
 * thread), which refuses the same bodies with the same errors (`bodyProblemError`).
 */
export function useStrictJsonBodies(
  app: FastifyInstance,
  limit: number,
  offloadAbove?: number,
): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', (request, payload, done) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let finished = false;
    const finish = (error: Error | null, body?: unknown) => {
      if (finished) return;
      finished = true;
      payload.removeListener('data', onData);
      payload.removeListener('end', onEnd);
      payload.removeListener('error', onError);
      done(error, body);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > limit * DRAIN_FACTOR) {
        finish(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      } else chunks.length = 0;
    };
    const onEnd = () => {
      if (received > limit) return finish(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      const body = Buffer.concat(chunks, received);
      // A large body is read on the heavy-work thread: the route hands it there (`LargeJsonBody`).
      if (offloadAbove !== undefined && received > offloadAbove) {
        return finish(null, new LargeJsonBody(body));
      }
      const decoded = decodeBody(body);
      if (!decoded.ok) {
        return finish(
          bodyProblemError({ kind: 'utf8', offset: decoded.offset, byte: decoded.byte }),
        );
      }
      if (jsonNestsDeeperThan(decoded.text)) return finish(bodyProblemError({ kind: 'depth' }));
      parseJson(request, decoded.text, (error, body) => finish(error, body));
    };
    // A body cut off midway is the client's doing: a 400, as Fastify's own parser answers.
    const onError = (error: Error) => finish(Object.assign(error, { statusCode: 400 }));
    payload.on('data', onData);
    payload.on('end', onEnd);
    payload.on('error', onError);
  });
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * `decodeUtf8` for a body, the same result with less work per request: Node's native check needs
 * no decoder made for each body, and only a refused body is scanned again for its first bad byte.
 */
function decodeBody(body: Buffer): DecodedText {
  if (!isUtf8(body)) return decodeUtf8(body);
  // One leading byte order mark is the file's mark, not text; a second one is kept, as there.
  const start = body.subarray(0, BOM.length).equals(BOM) ? BOM.length : 0;
  return { ok: true, text: body.toString('utf8', start) };
}

/** A request body too large to read on the main thread, kept as its bytes for a worker to read. */
export class LargeJsonBody {
  constructor(readonly bytes: Buffer) {}
}

/** The error the JSON body parser gives for `problem`, wherever the body was read. */
export function bodyProblemError(problem: JsonBodyProblem): Error {
  if (problem.kind === 'utf8') {
    return Object.assign(
      new Error(`the body is ${describeInvalidUtf8(problem.offset, problem.byte)}`),
      { statusCode: 400 },
    );
  }
  if (problem.kind === 'depth') {
    return Object.assign(
      new Error(`the body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`),
      { statusCode: 400 },
    );
  }
  return new errorCodes.FST_ERR_CTP_INVALID_JSON_BODY();
}
