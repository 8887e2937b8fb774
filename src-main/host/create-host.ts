import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { HTTP_STATUS, type ApiErrorBody } from '../../shared/api/errors';
import { MAX_BODY_BYTES } from '../../shared/api/contract';
import { dispatchServed, type ServedHandlers } from '../services/dispatch';
import { securityHeaders } from './security-headers';
import { workshopEvents, type EventBus } from '../services/events';
import {
  bodyProblemError,
  frameworkReplyOptions,
  LargeJsonBody,
  useStrictJsonBodies,
} from './framework-replies';
import type { LargeBodyReader } from '../services/heavy-work';
import { encodedReplyOf } from './file-reply';

/**
 * Bodies larger than this are read off the main thread when the host has a `largeBodies` reader:
 * about 3 ms of parsing on a small machine, while a workshop file of 500 people (4 MiB) took
 * 150 ms to parse and check, and storing it row by row another 650 ms.
 */
export const LARGE_BODY_BYTES = 256 * 1024;

export interface HostOptions {
  /** A handler may answer later (heavy work on a worker thread): the request waits, the host does not. */
  handlers: ServedHandlers;
  /** The built renderer (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  /** Where committed changes are announced; the process's one bus unless a test passes its own. */
  events?: EventBus;
  /**
   * When set, every `/api/` request must carry this token in the `edw_facilitator` cookie, which
   * the host hands out with the app's page (HttpOnly, SameSite=Strict). A page of another site in
   * the facilitator's browser can neither read nor send it, so it cannot drive the store.
   */
  facilitatorToken?: string;
  /**
   * Reads bodies over `LARGE_BODY_BYTES` on the heavy-work thread (`largeBodyReader`); without
   * it every body is parsed here, as the CLI-free test harness and the benchmarks do.
   */
  largeBodies?: LargeBodyReader;
}

export const FACILITATOR_COOKIE = 'edw_facilitator';

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** How often an idle event stream says it is alive, so proxies and browsers keep it open. */
export const EVENT_HEARTBEAT_MS = 15_000;

function errorReply(code: ApiErrorBody['code'], message: string): ApiErrorBody {
  return { code, message };
}

/**
 * The local HTTP host: the same contract as Electron IPC, over `POST /api/<channel>`, plus the
 * built renderer. Only requests whose Host header names this machine's loopback are answered,
 * so a page on another origin cannot reach the store through DNS rebinding.
 */
export async function createHost(options: HostOptions): Promise<FastifyInstance> {
  // Closing must not wait for open pages: their event streams and keep-alive sockets reconnect
  // forever, so every connection is ended when the host stops.
  const app = Fastify({
    bodyLimit: MAX_BODY_BYTES,
    logger: false,
    forceCloseConnections: true,
    ...frameworkReplyOptions(),
  });
  useStrictJsonBodies(app, MAX_BODY_BYTES, options.largeBodies ? LARGE_BODY_BYTES : undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host)) {
      return reply
        .code(403)
        .send(
          errorReply(
            'forbidden',
            'This host answers only requests addressed to 127.0.0.1 or localhost.',
          ),
        );
    }
    const token = options.facilitatorToken;
    if (
      token !== undefined &&
      request.url.startsWith('/api/') &&
      !sameToken(cookieValue(request.headers.cookie, FACILITATOR_COOKIE), token)
    ) {
      return reply
        .code(403)
        .send(
          errorReply(
            'forbidden',
            'Open the app from its own address first; this request carries no facilitator token.',
          ),
        );
    }
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    const type = String(reply.getHeader('content-type') ?? '');
    if (options.facilitatorToken !== undefined && type.startsWith('text/html')) {
      reply.header(
        'set-cookie',
        `${FACILITATOR_COOKIE}=${options.facilitatorToken}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    return payload;
  });

  app.setErrorHandler(
    (error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply
          .code(413)
          .send(errorReply('too_large', `The request is larger than ${MAX_BODY_BYTES} bytes.`));
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return reply
          .code(error.statusCode === 415 ? 415 : 400)
          .send(errorReply('invalid_input', `The request could not be read: ${error.message}`));
      }
      return reply
        .code(500)
        .send(errorReply('internal', 'The host failed to answer this request.'));
    },
  );

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send(errorReply('not_found', `Nothing is served at ${request.method} ${request.url}.`));
  });

  // Live updates for the presenter and other open views: a Server-Sent Events stream per
  // workshop. Each message only says "this workshop changed"; clients refetch what they show.
  const streams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...streams]) end();
  });
  app.get<{ Querystring: { workshop?: string } }>('/api/events', (request, reply) => {
    const workshopId = typeof request.query.workshop === 'string' ? request.query.workshop : '';
    if (workshopId === '' || workshopId.length > 64) {
      return reply
        .code(400)
        .send(errorReply('invalid_input', 'Name the workshop: /api/events?workshop=<id>'));
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    raw.write('retry: 2000\n\n');
    const unsubscribe = (options.events ?? workshopEvents).subscribe((event) => {
      if (event.workshopId === workshopId) raw.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => raw.write(': alive\n\n'), EVENT_HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    streams.add(end);
    request.raw.on('close', end);
  });

  app.post<{ Params: { channel: string } }>('/api/:channel', async (request, reply) => {
    const { channel } = request.params;
    let body: unknown = request.body ?? {};
    let release = () => {};
    if (body instanceof LargeJsonBody) {
      if (!options.largeBodies) throw new Error('a large body arrived without a reader');
      const reading = await options.largeBodies(channel, body.bytes);
      // Refused with the very error the parser gives a small body (the error handler shapes it).
      if (!reading.ok) throw bodyProblemError(reading.problem);
      body = reading.body;
      release = reading.release;
    }
    try {
      const result = await dispatchServed(options.handlers, channel, body);
      // A PDF or archive made on the worker comes with its JSON ready: sent as it is.
      const encoded = result.ok ? encodedReplyOf(result.value) : undefined;
      if (encoded) return reply.code(200).type('application/json; charset=utf-8').send(encoded);
      if (result.ok) return reply.code(200).send(result.value);
      return reply.code(HTTP_STATUS[result.error.code]).send(result.error);
    } finally {
      release();
    }
  });

  if (options.staticDir) {
    if (!existsSync(options.staticDir)) {
      throw new Error(
        `The renderer has not been built: ${options.staticDir} does not exist. Run npm run build.`,
      );
    }
    await app.register(fastifyStatic, { root: options.staticDir, index: ['index.html'] });
  }

  return app;
}

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when a Host header names this machine's loopback, whatever the port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0];
  return name !== undefined && LOOPBACK_NAMES.has(name.toLowerCase());
}
