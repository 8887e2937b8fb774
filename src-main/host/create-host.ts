import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { HTTP_STATUS, type ApiErrorBody } from '../../shared/api/errors';
import { MAX_BODY_BYTES, type Handlers } from '../../shared/api/contract';
import { dispatch } from '../services/dispatch';
import { securityHeaders } from './security-headers';

export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer); omitted in API-only tests. */
  staticDir?: string;
}

function errorReply(code: ApiErrorBody['code'], message: string): ApiErrorBody {
  return { code, message };
}

/**
 * The local HTTP host: the same contract as Electron IPC, over `POST /api/<channel>`, plus the
 * built renderer. Only requests whose Host header names this machine's loopback are answered,
 * so a page on another origin cannot reach the store through DNS rebinding.
 */
export async function createHost(options: HostOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, logger: false });

  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host)) {
      return reply
        .code(403)
        .send(
          errorReply(
            'invalid_input',
            'This host answers only requests addressed to 127.0.0.1 or localhost.',
          ),
        );
    }
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
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
          .code(400)
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

  app.post<{ Params: { channel: string } }>('/api/:channel', async (request, reply) => {
    const result = dispatch(options.handlers, request.params.channel, request.body ?? {});
    if (result.ok) return reply.code(200).send(result.value);
    return reply.code(HTTP_STATUS[result.error.code]).send(result.error);
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
