import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { dispatch, dispatchServed } from '../../../src-main/services/dispatch';
import { offloadHeavyWork } from '../../../src-main/services/heavy-work';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { createHeavyPool, type HeavyPool } from '../../../src-main/workers/heavy-pool';
import { writeClientPortfolioStore } from '../../helpers/portfolio-store';

// 'portfolio:pdf' over a real store: in process, and as the app and browser mode serve it, drawn
// on the heavy-work thread from the store file.

let dir: string;
let db: ReturnType<typeof openStore>;
let handlers: Handlers;
let pool: HeavyPool;
let served: ReturnType<typeof offloadHeavyWork>;
let ids: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-portfolio-pdf-'));
  const file = join(dir, 'store.sqlite');
  ids = writeClientPortfolioStore(file);
  db = openStore(file);
  const deps = {
    clock: () => new Date('2026-11-26T09:00:00Z'),
    dataFile: file,
    version: 't',
    transport: 'http' as const,
  };
  handlers = createHandlers(db, deps);
  pool = createHeavyPool({ fonts: () => loadReportFonts() });
  served = offloadHeavyWork(db, deps, handlers, pool);
}, 120_000);
afterAll(async () => {
  await pool.close();
  closeStore(db);
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function text(base64: string): string {
  const file = join(dir, `r${counter++}.pdf`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('portfolio:pdf', () => {
  it('gives the same PDF in process and from the heavy-work thread, in the language asked', async () => {
    const input = { client: 'Northwind Bank', language: 'de' };
    const local = dispatch(handlers, 'portfolio:pdf', input);
    const remote = await dispatchServed(served, 'portfolio:pdf', input);
    if (!local.ok || !remote.ok) throw new Error('portfolio:pdf failed');
    const [a, b] = [local.value, remote.value] as { filename: string; base64: string }[];
    expect(a?.filename).toBe('portfolio-2026-10-20.pdf');
    expect(b?.filename).toBe(a?.filename);
    const printed = text(b?.base64 ?? '');
    expect(printed).toBe(text(a?.base64 ?? ''));
    expect(printed).toContain('weniger als 5 haben geantwortet: keine Zahlen');
    expect(printed).toContain('Mobile banking');
  });

  it('is English unless asked otherwise, over the ids given', async () => {
    const reply = await dispatchServed(served, 'portfolio:pdf', {
      workshopIds: [ids.cards, ids.onboarding],
    });
    if (!reply.ok) throw new Error('portfolio:pdf failed');
    const printed = text((reply.value as { base64: string }).base64);
    expect(printed).toContain('Execution Debt across teams');
    expect(printed).not.toContain('Mobile banking');
  });

  it.each([
    [{ workshopIds: ['missing'] }, 'not_found'],
    [{ client: 'Nobody Ltd' }, 'not_found'],
    [{}, 'invalid_input'],
    [{ client: 'Northwind Bank', language: 'it' }, 'invalid_input'],
  ])('refuses %j with %s, in process and on the worker alike', async (input, code) => {
    expect(dispatch(handlers, 'portfolio:pdf', input)).toMatchObject({
      ok: false,
      error: { code },
    });
    expect(await dispatchServed(served, 'portfolio:pdf', input)).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it('is refused while private mode is on', async () => {
    const workshopId = ids.cards ?? '';
    expect(dispatch(handlers, 'run:start', { workshopId }).ok).toBe(true);
    expect(dispatch(handlers, 'run:lock', { workshopId, pin: '2468' }).ok).toBe(true);
    expect(
      await dispatchServed(served, 'portfolio:pdf', { client: 'Northwind Bank' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'private_mode' },
    });
    expect(dispatch(handlers, 'portfolio:pdf', { client: 'Northwind Bank' })).toMatchObject({
      ok: false,
      error: { code: 'private_mode' },
    });
  });
});
