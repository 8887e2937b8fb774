import { request } from 'node:http';
import type Database from 'better-sqlite3';
import { INSTRUMENT, itemsOf } from '../../../shared/instrument';
import { DEVICE_COOKIE } from '../../../shared/room/schemas';
import {
  createRoomController,
  type RoomController,
  type RoomControllerOptions,
} from '../../../src-main/room/room-controller';
import type { ApiErrorBody } from '../../../shared/api/errors';
import { dispatch } from '../../../src-main/services/dispatch';
import { roomHandlers } from '../../../src-main/services/room-service';
import type { ServiceDeps } from '../../../src-main/services/service-deps';
import { serviceHarness, type Harness } from '../../helpers/service-harness';
import { onTestFinished } from 'vitest';

export const humanItems = itemsOf(INSTRUMENT, { dimension: 'human' });

export interface Room {
  h: Harness;
  db: Database.Database;
  workshopId: string;
  participants: { id: string; alias: string }[];
  controller: RoomController;
  port: number;
  base: string;
  joinCode: string;
  /** Moves the run to the first section of statements (Human Debt). */
  gotoStatements(): string;
  /** A facilitator channel call through `dispatch`, served by this room's own controller. */
  facilitator(
    channel: string,
    input: unknown,
  ): { ok: true; value: unknown } | { ok: false; error: ApiErrorBody };
}

/** A running workshop with `people` participants and its room open on 127.0.0.1. */
export async function openRoom(
  people = 3,
  options: Partial<RoomControllerOptions> = {},
): Promise<Room> {
  const h = serviceHarness();
  const workshop = h.call('workshop:create', {
    title: 'Payments',
    date: '2026-05-04',
    anonymityThreshold: 3,
    language: 'es',
    instrumentVersion: '1.0.0',
  });
  const participants = h.call('participant:add', {
    workshopId: workshop.id,
    participants: Array.from({ length: people }, () => ({ role: 'engineering' })),
  });
  h.call('run:start', { workshopId: workshop.id });
  const deps: ServiceDeps = {
    clock: () => new Date(),
    dataFile: h.file,
    version: 'test',
    transport: 'http',
  };
  const controller = createRoomController({ db: h.db, deps, ...options });
  const handlers = { ...h.handlers, ...roomHandlers(h.db, deps, controller) };
  controller.open({ workshopId: workshop.id, address: '127.0.0.1', port: 0 });
  const status = await controller.settled();
  onTestFinished(async () => {
    controller.close();
    await controller.settled();
  });
  if (status.state !== 'open' || !status.url || !status.joinCode) {
    throw new Error(`room did not open: ${JSON.stringify(status)}`);
  }
  const port = Number(new URL(status.url).port);
  return {
    h,
    db: h.db,
    workshopId: workshop.id,
    participants,
    controller,
    port,
    base: status.url,
    joinCode: status.joinCode,
    gotoStatements() {
      const agenda = h.call('run:get', { workshopId: workshop.id }).agenda;
      const section = agenda.find((s) => s.kind === 'statements' && s.dimensions[0] === 'human');
      if (!section) throw new Error('no human section');
      h.call('run:goto', { workshopId: workshop.id, sectionId: section.id });
      return section.id;
    },
    facilitator: (channel, input) => dispatch(handlers, channel, input),
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface SendOptions {
  body?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  token?: string;
  cookie?: string;
  host?: string;
  localAddress?: string;
}

/** A plain HTTP call to the room (node:http, so the Host header and source address can be set). */
export function send(room: Room, method: string, path: string, options: SendOptions = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const payload =
      options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${room.port}` };
    if (payload !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
      headers['content-length'] = String(Buffer.byteLength(payload));
    }
    const cookie = options.cookie ?? (options.token ? `${DEVICE_COOKIE}=${options.token}` : null);
    if (cookie) headers.cookie = cookie;
    const req = request(
      {
        host: '127.0.0.1',
        port: room.port,
        method,
        path,
        headers,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** The device token from a join's Set-Cookie header. */
export function tokenOf(reply: Reply): string {
  const header = reply.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [header ?? '']).find((c) =>
    c.startsWith(`${DEVICE_COOKIE}=`),
  );
  const token = line?.split(';')[0]?.split('=')[1];
  if (!token) throw new Error(`no device cookie in ${JSON.stringify(header)}`);
  return token;
}

/** Asks to join as `alias` (or any free one) and returns the raw reply. */
export function tryJoin(room: Room, alias?: string): Promise<Reply> {
  return send(room, 'POST', '/room/join', {
    body: alias ? { code: room.joinCode, alias } : { code: room.joinCode },
  });
}

/** Joins as the next free alias (or `alias`) and returns the device token. */
export async function join(room: Room, alias?: string, localAddress?: string): Promise<string> {
  const reply = await send(room, 'POST', '/room/join', {
    body: alias ? { code: room.joinCode, alias } : { code: room.joinCode },
    ...(localAddress ? { localAddress } : {}),
  });
  if (reply.status !== 200) throw new Error(`join failed: ${reply.status} ${reply.text}`);
  return tokenOf(reply);
}

/** Every row of every table: a refused request must leave all of it as it was. */
export function snapshot(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}"`).all();
  return out;
}
