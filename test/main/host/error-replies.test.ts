import { join } from 'node:path';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { ApiErrorBody } from '../../../shared/api/errors';
import { MAX_BODY_BYTES } from '../../../shared/api/contract';
import { RoomError } from '../../../shared/room/schemas';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { createHost } from '../../../src-main/host/create-host';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { openRoom } from '../room/room-fixture';
import { tempDir } from '../../helpers/temp-db';
import { workshopFileBytes } from '../../helpers/workshop-file-bytes';

/*
 * Every error reply of both hosts, the framework's and Node's own included, is the app's error
 * shape `{ code, message }` and nothing else; bodies are read as strict UTF-8; an oversized body,
 * chunked or not, is answered with a 413 the client actually receives. Real HTTP on loopback.
 */

interface RawReply {
  status: number;
  body: unknown;
  /** Set when the host closed or reset the connection before the client had sent everything. */
  cut: string | null;
}

/**
 * Sends `head` and then `chunks` over a plain socket, waiting for room to write but reading the
 * answer only as it comes, like a client that sends its whole request before looking at the
 * reply (Python's http.client does): a host that stops reading early cuts such a client off.
 */
function rawExchange(port: number, head: string, chunks: Iterable<Buffer> = []): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let cut: string | null = null;
    let sending = true;
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (sending) cut = error.code ?? error.message;
    });
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) {
        resolve({ status: 0, body: null, cut: cut ?? 'no reply' });
        return;
      }
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      let body: unknown = null;
      try {
        body = JSON.parse(text.slice(split + 4));
      } catch {
        body = text.slice(split + 4);
      }
      resolve({ status, body, cut });
    });
    socket.on('connect', () => {
      void (async () => {
        const write = (data: string | Buffer) =>
          new Promise<void>((done, fail) => {
            if (socket.destroyed) return fail(new Error('closed'));
            if (socket.write(data)) done();
            else socket.once('drain', done);
          });
        try {
          await write(head);
          for (const chunk of chunks) await write(chunk);
        } catch {
          cut ??= 'closed while sending';
        }
        sending = false;
      })().catch(reject);
    });
  });
}

/** `count` chunks of `size` bytes of JSON whitespace, framed for Transfer-Encoding: chunked. */
function* chunkedSpaces(count: number, size: number): Generator<Buffer> {
  const data = Buffer.alloc(size, 0x20);
  for (let i = 0; i < count; i++) {
    yield Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), data, Buffer.from('\r\n')]);
  }
  yield Buffer.from('0\r\n\r\n');
}

function post(path: string, port: number, type: string, length: number | 'chunked'): string {
  const framing = length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`;
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${type}\r\n` +
    `${framing}\r\nConnection: close\r\n\r\n`
  );
}

function get(path: string, port: number, extraHeaders = ''): string {
  return `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extraHeaders}Connection: close\r\n\r\n`;
}

describe('the facilitator host', () => {
  let db: Database.Database;
  let host: FastifyInstance;
  let port: number;

  beforeEach(async () => {
    const file = join(tempDir(), 'workshops.sqlite');
    db = openStore(file);
    const handlers = createHandlers(db, {
      clock: () => new Date('2026-11-25T10:00:00Z'),
      dataFile: file,
      version: 'test',
      transport: 'http',
    });
    host = await createHost({ handlers });
    await host.listen({ host: '127.0.0.1', port: 0 });
    const address = host.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterEach(async () => {
    await host.close();
    closeStore(db);
  });

  const workshops = () => db.prepare('SELECT count(*) FROM workshops').pluck().get() as number;

  async function importBytes(body: Buffer): Promise<RawReply> {
    const path = '/api/workshop:importFile';
    return rawExchange(port, post(path, port, 'application/json', body.length), [body]);
  }

  it('refuses an imported file with invalid UTF-8, naming the offset, and stores nothing', async () => {
    const good = Buffer.from(JSON.stringify({ file: JSON.parse(workshopFileBytes().toString()) }));
    const at = good.indexOf('Payments') + 2;
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at + 1)]);

    const reply = await importBytes(bad);

    expect(reply.status).toBe(400);
    const body = ApiErrorBody.strict().parse(reply.body);
    expect(body.code).toBe('invalid_input');
    expect(body.message).toContain(`offset ${at} (0xFF)`);
    expect(workshops()).toBe(0);
  });

  it('accepts a body that starts with a UTF-8 byte order mark', async () => {
    const body = Buffer.from(JSON.stringify({ file: JSON.parse(workshopFileBytes().toString()) }));
    const reply = await importBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ title: 'Payments diagnostic' });
    expect(workshops()).toBe(1);
  });

  it('answers a chunked body over the cap with a 413 the client receives', async () => {
    const chunk = 256 * 1024;
    // Twice the cap: the client is still sending long after the host knows the answer.
    const count = (2 * MAX_BODY_BYTES) / chunk;
    const reply = await rawExchange(
      port,
      post('/api/workshop:importFile', port, 'application/json', 'chunked'),
      chunkedSpaces(count, chunk),
    );

    expect(reply.cut).toBeNull();
    expect(reply.status).toBe(413);
    expect(ApiErrorBody.strict().parse(reply.body).code).toBe('too_large');
    expect(workshops()).toBe(0);
  });

  it('answers a declared length over the cap with a 413 the client receives', async () => {
    const size = MAX_BODY_BYTES + 1024 * 1024;
    const reply = await rawExchange(
      port,
      post('/api/workshop:importFile', port, 'application/json', size),
      [Buffer.alloc(size, 0x20)],
    );

    expect(reply.cut).toBeNull();
    expect(reply.status).toBe(413);
    expect(ApiErrorBody.strict().parse(reply.body).code).toBe('too_large');
  });

  it("puts the framework's own refusals in the app's error shape, with their statuses", async () => {
    const cases: { name: string; head: string; body?: Buffer; status: number; code: string }[] = [
      { name: 'unknown route', head: get('/nowhere', port), status: 404, code: 'not_found' },
      {
        name: 'bad JSON',
        head: post('/api/workshop:list', port, 'application/json', 5),
        body: Buffer.from('{"a":'),
        status: 400,
        code: 'invalid_input',
      },
      {
        name: 'channel name over the parameter limit',
        head: post(`/api/${'x'.repeat(200)}`, port, 'application/json', 2),
        body: Buffer.from('{}'),
        status: 414,
        code: 'too_large',
      },
      {
        name: 'malformed address',
        head: get('/api/%zz', port),
        status: 400,
        code: 'invalid_input',
      },
      {
        name: 'unsupported media type',
        head: post('/api/workshop:list', port, 'application/xml', 2),
        body: Buffer.from('<a'),
        status: 415,
        code: 'invalid_input',
      },
      {
        name: 'headers larger than Node reads',
        head: get('/', port, `X-Padding: ${'p'.repeat(20_000)}\r\n`),
        status: 431,
        code: 'too_large',
      },
      {
        name: 'not HTTP at all',
        head: 'HELLO THERE\r\n\r\n',
        status: 400,
        code: 'invalid_input',
      },
    ];
    for (const item of cases) {
      const reply = await rawExchange(port, item.head, item.body ? [item.body] : []);
      expect({ name: item.name, status: reply.status }).toEqual({
        name: item.name,
        status: item.status,
      });
      const body = ApiErrorBody.strict().parse(reply.body);
      expect({ name: item.name, code: body.code }).toEqual({ name: item.name, code: item.code });
    }
  });
});

describe('the room host', () => {
  it("puts the framework's own refusals and bad bodies in the room's error shape", async () => {
    const room = await openRoom(3);
    const { port } = room;
    const invalid = Buffer.from(`{"code":"${room.joinCode}\u00e9"}`);
    // The é's two bytes: the second one is replaced by a byte that cannot continue it.
    invalid[invalid.length - 3] = 0x41;
    const cases: { name: string; head: string; body?: Buffer; status: number; code: string }[] = [
      { name: 'unknown route', head: get('/nowhere', port), status: 404, code: 'not_found' },
      {
        name: 'bad JSON',
        head: post('/room/code', port, 'application/json', 5),
        body: Buffer.from('{"a":'),
        status: 400,
        code: 'invalid_input',
      },
      {
        name: 'malformed address',
        head: get('/room/%zz', port),
        status: 400,
        code: 'invalid_input',
      },
      {
        name: 'unsupported media type',
        head: post('/room/code', port, 'application/xml', 2),
        body: Buffer.from('<a'),
        status: 415,
        code: 'invalid_input',
      },
      {
        name: 'headers larger than Node reads',
        head: get('/room', port, `X-Padding: ${'p'.repeat(20_000)}\r\n`),
        status: 431,
        code: 'too_large',
      },
      {
        name: 'invalid UTF-8',
        head: post('/room/code', port, 'application/json', invalid.length),
        body: invalid,
        status: 400,
        code: 'invalid_input',
      },
    ];
    for (const item of cases) {
      const reply = await rawExchange(port, item.head, item.body ? [item.body] : []);
      expect({ name: item.name, status: reply.status }).toEqual({
        name: item.name,
        status: item.status,
      });
      const body = RoomError.strict().parse(reply.body);
      expect({ name: item.name, code: body.code }).toEqual({ name: item.name, code: item.code });
    }

    const oversized = await rawExchange(
      port,
      post('/room/code', port, 'application/json', 'chunked'),
      chunkedSpaces(8, 16 * 1024),
    );
    expect(oversized.cut).toBeNull();
    expect(oversized.status).toBe(413);
    expect(RoomError.strict().parse(oversized.body).code).toBe('too_large');
  });
});
