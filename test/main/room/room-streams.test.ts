import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DEVICE_COOKIE } from '../../../shared/room/schemas';
import { MAX_STREAMS_PER_DEVICE } from '../../../src-main/room/room-host';
import { join, openRoom, type Room } from './room-fixture';

interface Stream {
  response: IncomingMessage;
  request: ClientRequest;
  ended: Promise<void>;
  /** Resolves once the stream carries a "look again" message. */
  pinged: Promise<void>;
}

function openStream(room: Room, token: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: room.port,
        path: '/room/events',
        headers: { host: `127.0.0.1:${room.port}`, cookie: `${DEVICE_COOKIE}=${token}` },
      },
      (response) => {
        expect(response.statusCode).toBe(200);
        let text = '';
        let ping: () => void = () => undefined;
        const pinged = new Promise<void>((done) => (ping = done));
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('data: run')) ping();
        });
        const ended = new Promise<void>((done) => response.on('end', done));
        resolve({ response, request: req, ended, pinged });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('event streams', () => {
  it(`keeps at most ${MAX_STREAMS_PER_DEVICE} open per device, closing the oldest; other devices keep theirs`, async () => {
    const room = await openRoom(3);
    const token = await join(room);
    const other = await join(room);
    const theirs = await openStream(room, other);
    const mine: Stream[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_DEVICE + 2; i++) mine.push(await openStream(room, token));
    try {
      // The two oldest are ended by the room; waiting for them is the assertion.
      await Promise.all(mine.slice(0, 2).map((stream) => stream.ended));
      // The newest ones, and the other device's, are live: they hear the next run change.
      room.gotoStatements();
      await Promise.all([...mine.slice(2), theirs].map((stream) => stream.pinged));
    } finally {
      for (const stream of [...mine, theirs]) stream.request.destroy();
    }
  });
});
