/**
 * A room under load, shared by `npm run load` (scripts/load-room.ts) and `npm run bench`: a fresh
 * store with one running workshop, its room open on loopback, phones that join from their own
 * loopback addresses (Linux routes all of 127/8 to loopback, so the per-address join limit
 * applies as in a real room), and the facilitator's host serving exports as browser mode does,
 * with heavy work on a worker thread.
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { instrumentOf, type InstrumentItem } from '../shared/instrument';
import { sectionItems } from '../shared/run/agenda';
import { DEVICE_COOKIE } from '../shared/room/schemas';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/api/contract';
import { createHandlers } from '../src-main/services/create-handlers';
import { dispatch } from '../src-main/services/dispatch';
import { offloadHeavyWork } from '../src-main/services/heavy-work';
import { createRoomController } from '../src-main/room/room-controller';
import { createHost, FACILITATOR_COOKIE } from '../src-main/host/create-host';
import { loadReportFonts } from '../src-main/report/fonts';
import { createHeavyPool } from '../src-main/workers/heavy-pool';
import { openStore, closeStore } from '../src-main/store/open-store';

export interface Reply {
  status: number;
  body: string;
  setCookie: string[];
}

export interface Phone {
  index: number;
  alias: string;
  token: string;
  localAddress: string;
  agent: Agent;
}

export interface LoadRoom {
  db: ReturnType<typeof openStore>;
  workshopId: string;
  participants: { id: string; alias: string }[];
  /** The statements of the open section, and its round. */
  items: InstrumentItem[];
  round: number;
  roomPort: number;
  joinCode: string;
  /** The facilitator's host (browser mode's `/api/*`), with its token cookie. */
  hostPort: number;
  hostCookie: string;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
  close(): Promise<void>;
}

export interface Latencies {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function summarize(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted[sorted.length - 1] ?? 0 };
}

export function post(
  port: number,
  path: string,
  body: unknown,
  options: { agent?: Agent; localAddress?: string; cookie?: string } = {},
): Promise<Reply> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        ...(options.agent ? { agent: options.agent } : {}),
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A running workshop of `people` participants whose re-vote section of `statements` statements is
 * open, and its room open. With `seedRound1`, as many others again have answered round 1 on the
 * facilitator's grid, so an export has a full workshop to render.
 */
export async function openLoadRoom(options: {
  people: number;
  statements: number;
  seedRound1?: boolean;
  /** False serves exports on the main thread, as before the worker: for comparison only. */
  offload?: boolean;
}): Promise<LoadRoom> {
  const dir = mkdtempSync(join(tmpdir(), 'edw-load-'));
  const dataFile = join(dir, 'workshops.sqlite');
  const db = openStore(dataFile);
  const deps = { clock: () => new Date(), dataFile, version: 'load', transport: 'http' as const };
  const handlers = createHandlers(db, deps);
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> => {
    const result = dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  const controller = createRoomController({ db, deps });
  const heavyWork = createHeavyPool({ fonts: () => loadReportFonts() });
  const hostToken = randomBytes(16).toString('hex');
  const host = await createHost({
    handlers:
      options.offload === false ? handlers : offloadHeavyWork(db, deps, handlers, heavyWork),
    facilitatorToken: hostToken,
  });
  const close = async () => {
    controller.close();
    await controller.settled();
    await host.close();
    await heavyWork.close();
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const workshop = call('workshop:create', {
      title: 'Load',
      date: '2026-05-04',
      anonymityThreshold: 5,
    });
    const participants = call('participant:add', {
      workshopId: workshop.id,
      participants: Array.from({ length: options.people }, (_, i) => ({
        role: ['engineering', 'product', 'leadership'][i % 3] ?? 'engineering',
      })),
    });
    call('run:start', { workshopId: workshop.id });
    const agenda = call('run:get', { workshopId: workshop.id }).agenda;
    const section = agenda.find((s) => s.kind === 'statements');
    const revote = agenda.find((s) => s.kind === 'revote');
    if (!section || !revote) throw new Error('the default agenda has no statements or re-vote');
    // One re-vote section covering the first dimensions until it holds enough statements.
    const dimensions: ('human' | 'technical' | 'visibility' | 'execution')[] = [];
    let items: InstrumentItem[] = [];
    for (const dimension of ['human', 'technical', 'visibility', 'execution'] as const) {
      if (items.length >= options.statements) break;
      dimensions.push(dimension);
      // The workshop's own instrument: a new workshop may ask another version than the default.
      items = sectionItems(instrumentOf(workshop.instrumentVersion), {
        ...section,
        kind: 'revote',
        dimensions,
      });
    }
    items = items.slice(0, options.statements);
    if (options.seedRound1) {
      // Others who answered on the grid: the phones join as the untouched participants above.
      const answered = call('participant:add', {
        workshopId: workshop.id,
        participants: Array.from({ length: options.people }, (_, i) => ({
          role: ['engineering', 'product', 'leadership'][i % 3] ?? 'engineering',
        })),
      });
      db.transaction(() => {
        for (const [p, participant] of answered.entries()) {
          for (const [i, item] of items.entries()) {
            call('response:record', {
              workshopId: workshop.id,
              participantId: participant.id,
              itemId: item.id,
              round: 1,
              value: 1 + ((p * 7 + i * 3) % 5),
            });
          }
        }
      })();
    }
    call('agenda:configure', { workshopId: workshop.id, sectionId: revote.id, dimensions });
    call('run:goto', { workshopId: workshop.id, sectionId: revote.id });
    const round = call('run:get', { workshopId: workshop.id }).agenda.find(
      (s) => s.id === revote.id,
    )?.round;
    if (round !== 2) throw new Error('the re-vote section is not on round 2');

    controller.open({ workshopId: workshop.id, address: '127.0.0.1', port: 0 });
    const status = await controller.settled();
    if (status.state !== 'open' || !status.url || !status.joinCode) {
      throw new Error(`room did not open: ${status.error ?? status.state}`);
    }
    await host.listen({ host: '127.0.0.1', port: 0 });
    return {
      db,
      workshopId: workshop.id,
      participants,
      items,
      round,
      roomPort: Number(new URL(status.url).port),
      joinCode: status.joinCode,
      hostPort: (host.server.address() as { port: number }).port,
      hostCookie: `${FACILITATOR_COOKIE}=${hostToken}`,
      call,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Phone `index` joins from its own loopback address, over one kept-alive connection. */
/** What a phone needs to know of the room: where it is, its code, and the open section. */
export type RoomAddress = Pick<LoadRoom, 'roomPort' | 'joinCode' | 'items' | 'round'>;

export async function joinPhone(room: RoomAddress, index: number): Promise<Phone> {
  const localAddress = `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const joined = await post(
    room.roomPort,
    '/room/join',
    { code: room.joinCode },
    {
      agent,
      localAddress,
    },
  );
  const token = joined.setCookie
    .find((c) => c.startsWith(`${DEVICE_COOKIE}=`))
    ?.split(';')[0]
    ?.split('=')[1];
  if (joined.status !== 200 || !token) throw new Error(`join: ${joined.status} ${joined.body}`);
  const alias = (JSON.parse(joined.body) as { alias: string }).alias;
  return { index, alias, token, localAddress, agent };
}

export function joinPhones(room: RoomAddress, count: number): Promise<Phone[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => joinPhone(room, index)));
}

/** One answer from `phone`, timed from sending to the reply's last byte. */
export async function answer(
  room: RoomAddress,
  phone: Phone,
  body: { itemId: string; round: number; value: number | null; clientId: string },
): Promise<{ reply: Reply; ms: number }> {
  const started = performance.now();
  const reply = await post(room.roomPort, '/room/answer', body, {
    agent: phone.agent,
    localAddress: phone.localAddress,
    cookie: `${DEVICE_COOKIE}=${phone.token}`,
  });
  return { reply, ms: performance.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Phones at human pace: each waits 2–6 s (uniformly jittered, and a random first wait so they do
 * not start in step), answers the next statement, and so on until `seconds` have passed.
 */
export async function humanPace(
  room: RoomAddress,
  phones: Phone[],
  seconds: number,
  tag: string,
): Promise<{ latencies: number[]; refused: number }> {
  const latencies: number[] = [];
  let refused = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    phones.map(async (phone) => {
      await sleep(Math.random() * 4000);
      for (let n = 0; performance.now() < until; n++) {
        const item = room.items[(phone.index + n) % room.items.length];
        if (!item) break;
        const { reply, ms } = await answer(room, phone, {
          itemId: item.id,
          round: room.round,
          value: 1 + Math.floor(Math.random() * 5),
          clientId: `${tag}-p${phone.index}-n${n}`,
        });
        latencies.push(ms);
        if (reply.status !== 200) refused += 1;
        await sleep(2000 + Math.random() * 4000);
      }
    }),
  );
  return { latencies, refused };
}

/**
 * The facilitator exports over and over until `stop` resolves: a full PDF report, then a
 * workshop archive, as a facilitator preparing the hand-out would. Returns how many of each ran.
 */
export async function exportWhile(
  room: LoadRoom,
  stop: Promise<unknown>,
  what: { archives: boolean } = { archives: true },
): Promise<{ pdfs: number; archives: number; failures: string[] }> {
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  const done = { pdfs: 0, archives: 0, failures: [] as string[] };
  const facilitator = (channel: string, body: unknown) =>
    post(room.hostPort, `/api/${channel}`, body, { cookie: room.hostCookie });
  while (!stopped) {
    const pdf = await facilitator('report:pdf', { id: room.workshopId, flavour: 'full' });
    if (pdf.status === 200) done.pdfs += 1;
    else done.failures.push(`report:pdf ${pdf.status} ${pdf.body.slice(0, 200)}`);
    if (stopped || !what.archives) continue;
    const archive = await facilitator('archive:export', { id: room.workshopId });
    if (archive.status === 200) done.archives += 1;
    else done.failures.push(`archive:export ${archive.status} ${archive.body.slice(0, 200)}`);
  }
  return done;
}

export function closePhones(phones: Phone[]): void {
  for (const phone of phones) phone.agent.destroy();
}

export interface FloodResult {
  latencies: number[];
  retries: number;
  failures: string[];
  /** `alias|statement id` → the value each phone sent last. */
  expected: [string, number | null][];
}

/**
 * Every phone answers every statement as fast as it can; a phone that did not hear back sends the
 * same attempt again (`retryRate` of the time, sometimes twice), as on a flaky Wi-Fi.
 */
export async function floodAnswers(
  room: RoomAddress,
  phones: Phone[],
  retryRate: number,
): Promise<FloodResult> {
  const result: FloodResult = { latencies: [], retries: 0, failures: [], expected: [] };
  await Promise.all(
    phones.map(async (phone) => {
      for (const [n, item] of room.items.entries()) {
        const value = Math.random() < 0.05 ? null : 1 + Math.floor(Math.random() * 5);
        const body = {
          itemId: item.id,
          round: room.round,
          value,
          clientId: `p${phone.index}-i${n}-a1`,
        };
        const first = await answer(room, phone, body);
        result.latencies.push(first.ms);
        let reply = first.reply;
        while (Math.random() < retryRate) {
          result.retries += 1;
          ({ reply } = await answer(room, phone, body));
        }
        if (reply.status !== 200) result.failures.push(`${reply.status} ${reply.body}`);
        result.expected.push([`${phone.alias}|${item.id}`, value]);
      }
    }),
  );
  return result;
}
