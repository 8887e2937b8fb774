import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { openStore } from '../../../src-main/store/open-store';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { createHost, isLoopbackHost } from '../../../src-main/host/create-host';

let dir: string;
let db: Database.Database;
let host: FastifyInstance;
let base: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'edw-host-'));
  const staticDir = join(dir, 'renderer');
  await import('node:fs').then((fs) => fs.mkdirSync(staticDir));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>edw</title>');
  db = openStore(join(dir, 'workshops.sqlite'));
  const handlers = createHandlers(db, {
    clock: () => new Date('2026-11-25T10:00:00Z'),
    dataFile: join(dir, 'workshops.sqlite'),
    version: '1.2.3',
    transport: 'http',
  });
  host = await createHost({ handlers, staticDir });
  await host.listen({ host: '127.0.0.1', port: 0 });
  const address = host.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterEach(async () => {
  await host.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(channel: string, body: unknown) {
  const response = await fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function count(table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('the contract over HTTP', () => {
  it('creates, lists, updates and deletes a workshop', async () => {
    const created = await call('workshop:create', {
      title: 'Payments diagnostic',
      date: '2026-11-20',
      client: 'Acme',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      title: 'Payments diagnostic',
      anonymityThreshold: 5,
      status: 'draft',
    });
    const id = created.body.id as string;

    const added = await call('participant:add', {
      workshopId: id,
      participants: [
        { role: 'engineering' },
        { role: 'product', name: 'Ana' },
        { alias: 'Lead', role: 'leadership' },
      ],
    });
    expect(added.status).toBe(200);
    // Generated aliases are drawn at random from the free P-numbers (docs/anonymity.md).
    const aliases = (added.body as unknown as { alias: string }[]).map((p) => p.alias);
    expect(aliases[2]).toBe('Lead');
    expect(aliases.slice(0, 2)).toEqual([
      expect.stringMatching(/^P[1-5]$/),
      expect.stringMatching(/^P[1-5]$/),
    ]);
    expect(aliases[0]).not.toBe(aliases[1]);

    const listed = await call('workshop:list', { query: 'acme' });
    expect(listed.body).toEqual([expect.objectContaining({ id, participantCount: 3 })]);

    const updated = await call('workshop:update', {
      id,
      draft: { title: 'Renamed', date: '2026-11-21' },
    });
    expect(updated.body).toMatchObject({ id, title: 'Renamed' });

    expect((await call('workshop:delete', { id })).status).toBe(200);
    expect(count('workshops')).toBe(0);
    expect(count('participants')).toBe(0);
  });

  it('answers 400 with field-level issues and writes nothing on invalid input', async () => {
    const bad = await call('workshop:create', {
      title: '',
      date: '2026-02-30',
      anonymityThreshold: 2,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_input');
    const paths = (bad.body.issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['anonymityThreshold', 'date', 'title']);
    expect(count('workshops')).toBe(0);
  });

  it('refuses a duplicate alias and stores none of the batch', async () => {
    const { body } = await call('workshop:create', { title: 'W', date: '2026-11-20' });
    const result = await call('participant:add', {
      workshopId: body.id,
      participants: [
        { alias: 'Ana', role: 'product' },
        { alias: 'Ana', role: 'product' },
      ],
    });
    expect(result.status).toBe(400);
    expect(result.body.issues).toContainEqual(
      expect.objectContaining({ path: 'participants[1].alias' }),
    );
    expect(count('participants')).toBe(0);
  });

  it('answers 404 for unknown ids and channels', async () => {
    expect((await call('workshop:get', { id: 'nope' })).status).toBe(404);
    const unknown = await call('workshop:explode', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('unknown_channel');
  });

  it('answers 400 to malformed JSON and 413 to an oversized body', async () => {
    const malformed = await call('workshop:create', '{"title": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('invalid_input');
    const huge = await call('workshop:create', {
      title: 'x',
      date: '2026-01-01',
      notes: 'a'.repeat(9 * 1024 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('too_large');
    expect(count('workshops')).toBe(0);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>edw</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(base).port;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/workshop:list',
          method: 'POST',
          headers: { host: `evil.example:${port}`, 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });
});

describe('the facilitator token', () => {
  it('hands the token out with the app page and refuses API calls without it', async () => {
    const tokenDir = mkdtempSync(join(tmpdir(), 'edw-host-token-'));
    const staticDir = join(tokenDir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>edw</title>');
    const guarded = await createHost({
      handlers: createHandlers(db, {
        clock: () => new Date(),
        dataFile: join(dir, 'workshops.sqlite'),
        version: '1.2.3',
        transport: 'http',
      }),
      staticDir,
      facilitatorToken: 'a'.repeat(32),
    });
    await guarded.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(guarded.server.address() as { port: number }).port}`;
    try {
      const page = await fetch(`${url}/`);
      const cookie = page.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^edw_facilitator=a{32}; HttpOnly; SameSite=Strict; Path=\//);

      const post = (headers: Record<string, string>) =>
        fetch(`${url}/api/workshop:create`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ title: 'Guarded', date: '2026-11-25' }),
        });
      const without = await post({});
      expect(without.status).toBe(403);
      expect(((await without.json()) as { code: string }).code).toBe('forbidden');
      expect((await post({ cookie: 'edw_facilitator=' + 'b'.repeat(32) })).status).toBe(403);
      expect(count('workshops')).toBe(0);
      expect((await post({ cookie: `other=1; edw_facilitator=${'a'.repeat(32)}` })).status).toBe(
        200,
      );
      expect(count('workshops')).toBe(1);
    } finally {
      await guarded.close();
      rmSync(tokenDir, { recursive: true, force: true });
    }
  });
});

describe('isLoopbackHost', () => {
  it('knows loopback names with and without ports', () => {
    for (const host of ['127.0.0.1:4780', 'localhost', 'LOCALHOST:1', '[::1]:80'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of [
      undefined,
      '',
      'example.com',
      '127.0.0.1.evil.com',
      '10.0.0.2:4780',
      '[::2]',
    ]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });
});
