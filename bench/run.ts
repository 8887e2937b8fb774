// `npm run bench`: measures the budgets of DESIGN.md on this machine and writes bench/results.md.
// Each figure stands beside a baseline measured in the same run, so results compare across machines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTRUMENT } from '../shared/instrument';
import { scoreWorkshop } from '../shared/scoring';
import { debtMapLayout } from '../shared/charts';
import { openStore } from '../src-main/store/open-store';
import { createHandlers } from '../src-main/services/create-handlers';
import { createHost } from '../src-main/host/create-host';
import { largeWorkshop } from './fixtures';
import { measure, ms, type Timing } from './measure';

interface Row {
  what: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
}

const rows: Row[] = [];
const ratio = (a: Timing, b: Timing) => `${(a.medianMs / b.medianMs).toFixed(1)}×`;

async function scoring(): Promise<void> {
  const file = largeWorkshop(200, 60);
  const answers = file.responses.length;
  const baseline = await measure('one pass over the answers', 30, () => {
    let sum = 0;
    for (const response of file.responses) sum += response.value ?? 0;
    return sum;
  });
  const scored = await measure('score 200 × 60 × 2', 30, () => scoreWorkshop(file, INSTRUMENT));
  rows.push({
    what: `scoring 200 participants × 60 statements × 2 rounds (${answers} answers); median, p95`,
    value: `${ms(scored.medianMs)} ms, p95 ${ms(scored.p95Ms)} ms (${((scored.medianMs * 1000) / answers).toFixed(2)} µs per answer)`,
    baseline: `${ms(baseline.medianMs)} ms for one plain pass over the answers`,
    ratio: ratio(scored, baseline),
    budget: `< 20 ms: ${scored.medianMs < 20 ? 'met' : 'not met'}`,
  });
}

async function mapLayout(): Promise<void> {
  const result = scoreWorkshop(largeWorkshop(200, 60), INSTRUMENT);
  const baseline = await measure('empty map (no dots)', 50, () =>
    debtMapLayout({
      ...result,
      participantsDots: { suppressed: true, reason: 'below_threshold', dots: [] },
    }),
  );
  const layout = await measure('map with 200 dots', 50, () => debtMapLayout(result));
  rows.push({
    what: 'Debt Interaction Map layout with 200 participant dots; median, p95',
    value: `${ms(layout.medianMs)} ms, p95 ${ms(layout.p95Ms)} ms`,
    baseline: `${ms(baseline.medianMs)} ms for the same map without dots`,
    ratio: ratio(layout, baseline),
    budget: `< 16 ms per update: ${layout.p95Ms < 16 ? 'met' : 'not met'}`,
  });
}

async function httpRoundTrip(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'edw-bench-'));
  const dataFile = join(dir, 'bench.sqlite');
  const db = openStore(dataFile);
  const handlers = createHandlers(db, {
    clock: () => new Date(),
    dataFile,
    version: 'bench',
    transport: 'http',
  });
  const host = await createHost({ handlers });
  await host.listen({ host: '127.0.0.1', port: 0 });
  const hostPort = (host.server.address() as { port: number }).port;
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const barePort = (bare.address() as { port: number }).port;
  const { id } = (await (
    await fetch(`http://127.0.0.1:${hostPort}/api/workshop:create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bench', date: '2026-11-25' }),
    })
  ).json()) as { id: string };
  const post = (port: number, path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.text());

  const baseline = await measure('bare node http round trip', 300, () => post(barePort, '/', {}));
  const viaHost = await measure('workshop:get through the host', 300, () =>
    post(hostPort, '/api/workshop:get', { id }),
  );
  rows.push({
    what: 'a contract call (workshop:get) through the local host on loopback; median, p95',
    value: `${ms(viaHost.medianMs)} ms, p95 ${ms(viaHost.p95Ms)} ms`,
    baseline: `${ms(baseline.medianMs)} ms bare Node HTTP round trip`,
    ratio: ratio(viaHost, baseline),
    budget: '—',
  });
  await host.close();
  bare.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  for (const bench of [scoring, mapLayout, httpRoundTrip]) await bench();
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
    'Ratios compare each figure with a baseline measured in the same run, so they travel between machines better than milliseconds do.',
    '',
    '| what | measured | baseline | ratio | budget (DESIGN.md) |',
    '|---|---|---|---|---|',
    ...rows.map(
      (row) => `| ${row.what} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.budget} |`,
    ),
    '',
  ];
  const text = lines.join('\n');
  writeFileSync(join(import.meta.dirname ?? 'bench', 'results.md'), text);
  console.log(text);
}

void main();
