/**
 * Room mode under load, in three scenarios, each on a fresh store with its room open on loopback:
 *
 *   human    200 phones at human pace: each answers, waits 2–6 s (jittered), answers again
 *   export   the same while the facilitator exports a full PDF report and a workshop archive
 *            over and over, through the facilitator's host as in browser mode
 *   flood    40 phones answering every statement as fast as they can, with random retries as on
 *            a flaky Wi-Fi; afterwards the store must hold exactly one answer per participant,
 *            statement and round, with the value each phone sent last
 *
 * Each prints answers, p50/p95/max latency and the budget of issue "The room keeps working"
 * (p95 < 50 ms at human pace and at full speed, < 100 ms during exports). The exit code is 1 when
 * an answer was lost, duplicated or refused, or an export failed; budgets are reported, since
 * milliseconds depend on the machine.
 *
 *   npm run load -- [--scenario all|human|export|flood] [--phones 200] [--seconds 30]
 *                   [--flood-phones 40] [--statements 60] [--retry 0.2] [--exports-in-process]
 */
import { parseArgs } from 'node:util';
import {
  answer,
  closePhones,
  exportWhile,
  humanPace,
  joinPhones,
  openLoadRoom,
  summarize,
  type Latencies,
} from '../bench/room-load';

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    phones: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '30' },
    'flood-phones': { type: 'string', default: '40' },
    statements: { type: 'string', default: '60' },
    retry: { type: 'string', default: '0.2' },
    // Renders exports on the main thread, as before the worker, to compare the two.
    'exports-in-process': { type: 'boolean', default: false },
    // Kept from the first version of this script: `--participants` sets the flood's phones.
    participants: { type: 'string' },
  },
});
const PHONES = Number(args.phones);
const SECONDS = Number(args.seconds);
const FLOOD_PHONES = Number(args.participants ?? args['flood-phones']);
const STATEMENTS = Number(args.statements);
const RETRY_RATE = Number(args.retry);

const f = (ms: number) => ms.toFixed(1);

function report(name: string, latencies: Latencies, budgetMs: number, seconds: number): void {
  console.log(
    `${name}: ${latencies.n} answers in ${seconds.toFixed(1)} s (${(latencies.n / seconds).toFixed(0)}/s); ` +
      `latency ms p50 ${f(latencies.p50)}  p95 ${f(latencies.p95)}  max ${f(latencies.max)}; ` +
      `budget p95 < ${budgetMs} ms: ${latencies.p95 < budgetMs ? 'met' : 'NOT met'}`,
  );
}

async function humanScenario(withExports: boolean): Promise<boolean> {
  const room = await openLoadRoom({
    people: PHONES,
    statements: STATEMENTS,
    seedRound1: withExports,
    offload: !args['exports-in-process'],
  });
  try {
    const phones = await joinPhones(room, PHONES);
    const started = performance.now();
    const pace = humanPace(room, phones, SECONDS, withExports ? 'export' : 'human');
    const exports = withExports ? await exportWhile(room, pace) : null;
    const { latencies, refused } = await pace;
    const seconds = (performance.now() - started) / 1000;
    closePhones(phones);
    report(
      withExports
        ? `${PHONES} phones at human pace during exports`
        : `${PHONES} phones at human pace`,
      summarize(latencies),
      withExports ? 100 : 50,
      seconds,
    );
    if (exports) {
      console.log(
        `  exports meanwhile: ${exports.pdfs} full PDF reports, ${exports.archives} archives` +
          (exports.failures.length > 0 ? `; FAILED: ${exports.failures.join('; ')}` : ''),
      );
    }
    if (refused > 0) console.log(`  refused answers: ${refused}`);
    return refused === 0 && (exports === null || exports.failures.length === 0);
  } finally {
    await room.close();
  }
}

async function floodScenario(): Promise<boolean> {
  const room = await openLoadRoom({ people: FLOOD_PHONES, statements: STATEMENTS });
  try {
    const phones = await joinPhones(room, FLOOD_PHONES);
    const latencies: number[] = [];
    const expected = new Map<string, number | null>();
    let retries = 0;
    let failures = 0;
    const started = performance.now();
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
          latencies.push(first.ms);
          let reply = first.reply;
          // A phone that did not hear back sends the same attempt again; some send it twice.
          while (Math.random() < RETRY_RATE) {
            retries += 1;
            ({ reply } = await answer(room, phone, body));
          }
          if (reply.status !== 200) {
            failures += 1;
            console.error(`answer refused: ${reply.status} ${reply.body}`);
          }
          expected.set(`${phone.alias}|${item.id}`, value);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    closePhones(phones);

    const aliasOf = new Map(room.participants.map((p) => [p.id, p.alias]));
    const rows = room.db
      .prepare(
        'SELECT participant_id, item_id, round, value, count(*) OVER (PARTITION BY participant_id, item_id, round) AS copies FROM responses WHERE workshop_id = ?',
      )
      .all(room.workshopId) as {
      participant_id: string;
      item_id: string;
      round: number;
      value: number | null;
      copies: number;
    }[];
    const wrong = rows.filter(
      (row) =>
        row.copies !== 1 ||
        row.round !== room.round ||
        expected.get(`${aliasOf.get(row.participant_id)}|${row.item_id}`) !== row.value,
    );
    const want = FLOOD_PHONES * room.items.length;
    report(
      `${FLOOD_PHONES} phones at full speed (${room.items.length} statements, +${retries} retries)`,
      summarize(latencies),
      50,
      seconds,
    );
    console.log(
      `  stored ${rows.length} of ${want}; wrong or duplicated ${wrong.length}; refused ${failures}`,
    );
    const ok = rows.length === want && wrong.length === 0 && failures === 0;
    console.log(
      ok ? '  OK: exactly one answer per participant, statement and round; none lost' : '  FAILED',
    );
    return ok;
  } finally {
    await room.close();
  }
}

async function main(): Promise<number> {
  const scenario = args.scenario;
  if (!['all', 'human', 'export', 'flood'].includes(scenario)) {
    console.error(`--scenario must be all, human, export or flood, got "${scenario}"`);
    return 2;
  }
  let ok = true;
  if (scenario === 'all' || scenario === 'human') ok = (await humanScenario(false)) && ok;
  if (scenario === 'all' || scenario === 'export') ok = (await humanScenario(true)) && ok;
  if (scenario === 'all' || scenario === 'flood') ok = (await floodScenario()) && ok;
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
