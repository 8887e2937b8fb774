import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { issuesFromZod } from '../../shared/api/errors';
import { Language, LANGUAGES } from '../../shared/domain/workshop';
import {
  DEVICE_COOKIE,
  ROOM_MAX_BODY_BYTES,
  RoomAnswerInput,
  RoomCodeInput,
  RoomCommentInput,
  RoomJoinInput,
  RoomVoteInput,
  type RoomError,
} from '../../shared/room/schemas';
import type { z } from 'zod';
import { securityHeaders } from '../host/security-headers';
import { frameworkReplyOptions, useStrictJsonBodies } from '../host/framework-replies';
import type { EventBus } from '../services/events';
import { RoomRefusal, type RoomParticipants } from './room-participants';
import type { RoomDeviceRecord } from '../store/repositories/room-devices';
import type { AliasAllowances } from './alias-allowances';
import type { JoinGuard, JoinRequester } from './join-guard';

/** What the room host asks of whoever runs the room: which workshop, and whether a code admits. */
export interface RoomGate {
  workshopId: string;
  /** Checks a join code, counting a wrong one; throws a `RoomRefusal` when it does not admit. */
  admit(code: string): void;
  /** The facilitator's say-so for aliases that have answers or had a phone. */
  allowances: AliasAllowances;
}

export interface RoomHostOptions {
  gate: RoomGate;
  participants: RoomParticipants;
  events: EventBus;
  /** The one Host header this host answers: the chosen address and port, known once listening. */
  allowedHost(): string | null;
  /** The built renderer (out/renderer); the phone page is its `/room` screen. */
  staticDir?: string;
  /** Who may try a code and when: wrong codes slow down only the address that sent them. */
  joinGuard: JoinGuard;
  /** Requests per minute and device for everything else; generous, it only stops a runaway. */
  requestLimitPerMinute?: number;
}

export interface RoomHost {
  app: FastifyInstance;
  /** Ends the live streams of one device (removed by the facilitator). */
  disconnect(deviceId: string): void;
}

/** How long a device cookie lives: longer than any workshop, shorter than a day. */
const COOKIE_MAX_AGE_S = 12 * 60 * 60;
const HEARTBEAT_MS = 15_000;
/**
 * Event streams one device may hold open: a phone with the page in two tabs, plus one being
 * replaced after a reconnect. Beyond that the oldest is closed, so a runaway page or a script
 * cannot pile up sockets and subscriptions.
 */
export const MAX_STREAMS_PER_DEVICE = 3;

function refusal(reply: FastifyReply, status: number, body: RoomError): FastifyReply {
  return reply.code(status).send(body);
}

/**
 * The language a phone asked to read in (`?lang=de`), or undefined for the workshop's. A code the
 * instrument has no texts for is refused, naming the ones it has.
 */
function phoneLanguage(query: unknown): Language | undefined {
  const lang = (query as Record<string, unknown> | undefined)?.lang;
  if (lang === undefined) return undefined;
  const parsed = Language.safeParse(lang);
  if (parsed.success) return parsed.data;
  const message = `must be one of ${LANGUAGES.join(', ')}`;
  throw new RoomRefusal(
    'invalid_input',
    400,
    `lang: ${JSON.stringify(lang)} is not a language of this room; it ${message}.`,
    [{ path: 'lang', message }],
  );
}

function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    const first = issues[0];
    const detail = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : '';
    throw new RoomRefusal(
      'invalid_input',
      400,
      `The request was refused. ${detail}`.trim(),
      issues,
    );
  }
  return parsed.data;
}

/**
 * The room host: the only thing phones on the room's network can reach. It serves the phone page
 * and seven small routes, answers only to its own address, caps bodies at 16 KiB, limits join
 * attempts and never exposes a facilitator channel (`/api/*` does not exist here).
 */
export async function createRoomHost(options: RoomHostOptions): Promise<RoomHost> {
  const { gate, participants } = options;
  // Closing the room must not wait for phones: their event streams would hold it open.
  const app = Fastify({
    bodyLimit: ROOM_MAX_BODY_BYTES,
    logger: false,
    forceCloseConnections: true,
    ...frameworkReplyOptions(),
  });
  useStrictJsonBodies(app, ROOM_MAX_BODY_BYTES);

  // Hooks in callback style: every phone request passes both, and an async hook costs a promise
  // and a turn of the microtask queue each time.
  app.addHook('onRequest', (request, reply, done) => {
    const allowed = options.allowedHost();
    if (!allowed || request.headers.host?.toLowerCase() !== allowed.toLowerCase()) {
      // Answered here: the request goes no further (done is not called).
      refusal(reply, 421, {
        code: 'wrong_host',
        message: 'This room answers only requests addressed to its own address.',
      });
      return;
    }
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    reply.headers(securityHeaders);
    if (request.url.startsWith('/room/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  app.setErrorHandler(
    (error: { statusCode?: number; code?: string; message: string }, _request, reply) => {
      if (error instanceof RoomRefusal) {
        const body: RoomError = { code: error.code, message: error.message };
        if (error.issues) body.issues = error.issues;
        return refusal(reply, error.status, body);
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return refusal(reply, 413, {
          code: 'too_large',
          message: `The request is larger than ${ROOM_MAX_BODY_BYTES} bytes.`,
        });
      }
      if (error.statusCode === 429) {
        return refusal(reply, 429, { code: 'too_many_attempts', message: error.message });
      }
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return refusal(reply, error.statusCode === 415 ? 415 : 400, {
          code: 'invalid_input',
          message: `The request could not be read: ${error.message}`,
        });
      }
      return refusal(reply, 500, {
        code: 'internal',
        message: 'The room could not answer; nothing was saved by this request.',
      });
    },
  );

  app.setNotFoundHandler((request, reply) =>
    refusal(reply, 404, {
      code: 'not_found',
      message: `Nothing is served at ${request.method} ${request.url.slice(0, 80)}.`,
    }),
  );

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(
          `Too many attempts from this device; try again in ${Math.ceil(context.ttl / 1000)} s.`,
        ),
        { statusCode: context.statusCode },
      ),
  });

  const deviceLimit = {
    rateLimit: {
      max: options.requestLimitPerMinute ?? 600,
      timeWindow: 60_000,
      groupId: 'device',
      keyGenerator: (request: FastifyRequest) => {
        const token = request.cookies[DEVICE_COOKIE];
        return typeof token === 'string' && token.length <= 64 ? `d:${token}` : `ip:${request.ip}`;
      },
    },
  };

  const indexFile = options.staticDir ? join(options.staticDir, 'index.html') : null;
  const page = indexFile && existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : null;
  if (options.staticDir && existsSync(join(options.staticDir, 'assets'))) {
    await app.register(fastifyStatic, {
      root: join(options.staticDir, 'assets'),
      prefix: '/assets/',
      index: false,
      list: false,
    });
  }

  app.get('/', (_request, reply) => reply.redirect('/room', 302));
  app.get('/room', (_request, reply) => {
    if (page === null) {
      return refusal(reply, 404, { code: 'not_found', message: 'The app has not been built.' });
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
  });

  const deviceOf = (request: FastifyRequest): RoomDeviceRecord =>
    participants.device(gate.workshopId, request.cookies[DEVICE_COOKIE]);

  const guard = options.joinGuard;
  const requester = (request: FastifyRequest): JoinRequester => ({
    address: request.ip,
    device: request.cookies[DEVICE_COOKIE],
  });
  const tooMany = (reply: FastifyReply, waitMs: number) => {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    return refusal(reply.header('retry-after', String(seconds)), 429, {
      code: 'too_many_attempts',
      message: `Too many attempts from this device; try again in ${seconds} s.`,
    });
  };
  // The guard is asked in the same turn as the code is checked, so parallel guesses cannot all
  // slip through before the first of them has earned its delay.
  const admit = (who: JoinRequester, code: string) => {
    try {
      gate.admit(code);
    } catch (error) {
      if (error instanceof RoomRefusal && error.code === 'wrong_code') guard.wrong(who);
      throw error;
    }
    guard.right(who);
  };

  // The list is every alias no active device holds, answered or not: it must not tell which
  // aliases have answers. Taking one that has answers needs the facilitator (see `join`).
  app.post('/room/code', (request, reply) => {
    const who = requester(request);
    const wait = guard.attempt(who);
    if (wait > 0) return tooMany(reply, wait);
    const { code } = parseBody(RoomCodeInput, request.body);
    admit(who, code);
    return { aliases: participants.freeAliases(gate.workshopId) };
  });

  app.post('/room/join', (request, reply) => {
    const who = requester(request);
    const wait = guard.attempt(who);
    if (wait > 0) return tooMany(reply, wait);
    const { code, alias } = parseBody(RoomJoinInput, request.body);
    admit(who, code);
    const joined = participants.join(gate.workshopId, alias, gate.allowances);
    reply.setCookie(DEVICE_COOKIE, joined.token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/room',
      maxAge: COOKIE_MAX_AGE_S,
    });
    return { alias: joined.alias };
  });

  app.get('/room/state', { config: deviceLimit }, (request) => {
    const device = deviceOf(request);
    return participants.view(device, phoneLanguage(request.query));
  });
  // Asked once per page, apart from the polled state: a logo is too heavy to poll.
  app.get('/room/brand', { config: deviceLimit }, (request) => ({
    branding: participants.brand(deviceOf(request)),
  }));

  // Group commit: answers that arrive in the same turn of the event loop are written in one
  // transaction, so a busy room pays for one disk sync per batch rather than one per answer.
  // Each answer still runs in its own savepoint (a refused one undoes only itself), and no
  // phone hears "saved" before the batch holding its answer is committed.
  type Job = {
    work: () => unknown;
    done: (result: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;
  };
  let batch: Job[] = [];
  const flushBatch = () => {
    const jobs = batch;
    batch = [];
    const results: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      participants.together(() => {
        for (const job of jobs) {
          try {
            results.push({ ok: true, value: job.work() });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const job of jobs) job.done({ ok: false, error });
      return;
    }
    jobs.forEach((job, index) =>
      job.done(results[index] ?? { ok: false, error: new Error('lost') }),
    );
  };
  const inBatch = (work: () => unknown) =>
    new Promise<unknown>((resolve, reject) => {
      batch.push({
        work,
        done: (result) => (result.ok ? resolve(result.value) : reject(result.error)),
      });
      if (batch.length === 1) setImmediate(flushBatch);
    });

  // The device is looked up inside the batch's transaction too: there the read snapshot is
  // already taken, where a lookup of its own would start (and end) one for each request. The
  // order of the checks is unchanged: an unknown device is refused before its body is read.
  app.post('/room/answer', { config: deviceLimit }, async (request) =>
    inBatch(() => {
      const device = deviceOf(request);
      const input = parseBody(RoomAnswerInput, request.body);
      return participants.answer(device, input);
    }),
  );

  app.post('/room/comment', { config: deviceLimit }, (request) => {
    const device = deviceOf(request);
    return participants.comment(device, parseBody(RoomCommentInput, request.body));
  });

  app.post('/room/vote', { config: deviceLimit }, (request) => {
    const device = deviceOf(request);
    return participants.vote(device, parseBody(RoomVoteInput, request.body));
  });

  // A phone follows the facilitator with this stream. Its messages carry nothing but "look
  // again": never another device's activity, so answering reveals nothing to the room.
  const streams = new Map<string, Set<() => void>>();
  app.addHook('preClose', async () => {
    for (const set of [...streams.values()]) for (const end of [...set]) end();
  });
  app.get('/room/events', { config: deviceLimit }, (request, reply) => {
    const device = deviceOf(request);
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    raw.write('retry: 3000\n\n');
    const unsubscribe = options.events.subscribe((event) => {
      // 'candidates': the dot vote's list changed, which a phone shows during Interventions.
      const relevant = event.type === 'run' || event.type === 'candidates';
      if (event.workshopId === gate.workshopId && relevant) raw.write('data: run\n\n');
    });
    const heartbeat = setInterval(() => raw.write(': alive\n\n'), HEARTBEAT_MS);
    const own = streams.get(device.id) ?? new Set<() => void>();
    // A Set keeps insertion order: its first entries are this device's oldest streams. They are
    // ended before `own` is filed again, since ending the last one drops the device's entry.
    for (const oldest of [...own].slice(0, Math.max(0, own.size - MAX_STREAMS_PER_DEVICE + 1))) {
      oldest();
    }
    streams.set(device.id, own);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      own.delete(end);
      if (own.size === 0) streams.delete(device.id);
      if (!raw.writableEnded) raw.end();
    };
    own.add(end);
    request.raw.on('close', end);
  });

  return {
    app,
    disconnect(deviceId) {
      for (const end of [...(streams.get(deviceId) ?? [])]) end();
    },
  };
}
