/**
 * Room mode under load: 200 simulated phones join over loopback and answer every statement of
 * the current sections (60 by default) with random retries, as a room on a flaky Wi-Fi would.
 * Afterwards the store must hold exactly one answer per participant, statement and round, with
 * the value each phone sent last. Prints answers/s and p50/p95/p99 latency.
 *
 *   npm run load -- [--participants 200] [--statements 60] [--retry 0.2]
 *
 * Each phone connects from its own loopback address (127.0.x.y; Linux routes all of 127/8 to
 * loopback), so the per-address join limit applies as it would in a real room.
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { INSTRUMENT, type InstrumentItem } from '../shared/instrument';
import { sectionItems } from '../shared/run/agenda';
import { DEVICE_COOKIE } from '../shared/room/schemas';
import { createHandlers } from '../src-main/services/create-handlers';
import { dispatch } from '../src-main/services/dispatch';
import { createRoomController } from '../src-main/room/room-controller';
import { openStore, closeStore } from '../src-main/store/open-store';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/api/contract';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '200' },
    statements: { type: 'string', default: '60' },
    retry: { type: 'string', default: '0.2' },
  },
});
const PEOPLE = Number(args.participants);
const STATEMENTS = Number(args.statements);
const RETRY_RATE = Number(args.retry);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Reply {
  status: number;
  body: string;
  setCookie: string[];
}

function post(
  port: number,
  agent: Agent,
  localAddress: string,
  path: string,
  body: unknown,
  cookie?: string,
): Promise<Reply> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        agent,
        localAddress,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(cookie ? { cookie: `${DEVICE_COOKIE}=${cookie}` } : {}),
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

async function main(): Promise<number> {
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
  try {
    const workshop = call('workshop:create', {
      title: 'Load',
      date: '2026-05-04',
      anonymityThreshold: 5,
    });
    const participants = call('participant:add', {
      workshopId: workshop.id,
      participants: Array.from({ length: PEOPLE }, () => ({ role: 'engineering' })),
    });
    call('run:start', { workshopId: workshop.id });
    // One section covering the first dimensions until it holds enough statements.
    const agenda = call('run:get', { workshopId: workshop.id }).agenda;
    const section = agenda.find((s) => s.kind === 'statements');
    if (!section) throw new Error('no statements section');
    const dimensions: ('human' | 'technical' | 'visibility' | 'execution')[] = [];
    let items: InstrumentItem[] = [];
    for (const dimension of ['human', 'technical', 'visibility', 'execution'] as const) {
      if (items.length >= STATEMENTS) break;
      dimensions.push(dimension);
      items = sectionItems(INSTRUMENT, { ...section, kind: 'revote', dimensions });
    }
    const revote = agenda.find((s) => s.kind === 'revote');
    if (!revote) throw new Error('no re-vote section');
    call('agenda:configure', { workshopId: workshop.id, sectionId: revote.id, dimensions });
    call('run:goto', { workshopId: workshop.id, sectionId: revote.id });
    const round = call('run:get', { workshopId: workshop.id }).agenda.find(
      (s) => s.id === revote.id,
    )?.round;
    if (round !== 2) throw new Error('the re-vote section is not on round 2');
    items = items.slice(0, STATEMENTS);

    controller.open({ workshopId: workshop.id, address: '127.0.0.1', port: 0 });
    const status = await controller.settled();
    if (status.state !== 'open' || !status.url || !status.joinCode) {
      throw new Error(`room did not open: ${status.error ?? status.state}`);
    }
    const port = Number(new URL(status.url).port);
    const code = status.joinCode;

    const latencies: number[] = [];
    const expected = new Map<string, number | null>();
    let sent = 0;
    let retries = 0;
    let failures = 0;

    const phone = async (index: number) => {
      const localAddress = `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const joined = await post(port, agent, localAddress, '/room/join', { code });
        const token = joined.setCookie
          .find((c) => c.startsWith(`${DEVICE_COOKIE}=`))
          ?.split(';')[0]
          ?.split('=')[1];
        if (joined.status !== 200 || !token) throw new Error(`join: ${joined.body}`);
        const alias = (JSON.parse(joined.body) as { alias: string }).alias;
        for (const [n, item] of items.entries()) {
          const value = Math.random() < 0.05 ? null : 1 + Math.floor(Math.random() * 5);
          const body = { itemId: item.id, round, value, clientId: `p${index}-i${n}-a1` };
          const started = performance.now();
          let reply = await post(port, agent, localAddress, '/room/answer', body, token);
          latencies.push(performance.now() - started);
          sent += 1;
          // A phone that did not hear back sends the same attempt again; some send it twice.
          while (Math.random() < RETRY_RATE) {
            retries += 1;
            reply = await post(port, agent, localAddress, '/room/answer', body, token);
          }
          if (reply.status !== 200) {
            failures += 1;
            console.error(`answer refused: ${reply.status} ${reply.body}`);
          }
          expected.set(`${alias}|${item.id}`, value);
        }
      } finally {
        agent.destroy();
      }
    };

    const started = performance.now();
    await Promise.all(Array.from({ length: PEOPLE }, (_, index) => phone(index)));
    const seconds = (performance.now() - started) / 1000;

    const aliasOf = new Map(participants.map((p) => [p.id, p.alias]));
    const rows = db
      .prepare(
        'SELECT participant_id, item_id, round, value, count(*) OVER (PARTITION BY participant_id, item_id, round) AS copies FROM responses WHERE workshop_id = ?',
      )
      .all(workshop.id) as {
      participant_id: string;
      item_id: string;
      round: number;
      value: number | null;
      copies: number;
    }[];
    const wrong = rows.filter(
      (row) =>
        row.copies !== 1 ||
        row.round !== round ||
        expected.get(`${aliasOf.get(row.participant_id)}|${row.item_id}`) !== row.value,
    );
    const want = PEOPLE * items.length;
    latencies.sort((a, b) => a - b);
    console.log(`participants ${PEOPLE}, statements ${items.length}, round ${round}`);
    console.log(`answers sent ${sent} (+${retries} retries) in ${seconds.toFixed(2)} s`);
    console.log(`answers/s ${(sent / seconds).toFixed(0)}`);
    console.log(
      `latency ms p50 ${percentile(latencies, 50).toFixed(1)}  p95 ${percentile(latencies, 95).toFixed(1)}  p99 ${percentile(latencies, 99).toFixed(1)}`,
    );
    console.log(
      `stored ${rows.length} of ${want}; wrong or duplicated ${wrong.length}; refused ${failures}`,
    );
    const ok = rows.length === want && wrong.length === 0 && failures === 0;
    console.log(
      ok ? 'OK: exactly one answer per participant, statement and round; none lost' : 'FAILED',
    );
    return ok ? 0 : 1;
  } finally {
    controller.close();
    await controller.settled();
    closeStore(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
