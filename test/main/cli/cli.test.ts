import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runEdw } from '../../helpers/run-edw';
import { openStore } from '../../../src-main/store/open-store';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edw(...argv: string[]) {
  return runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);
}

function sampleFile(overrides: Record<string, unknown> = {}) {
  return {
    format: 'edw-workshop',
    version: 1,
    workshop: {
      title: 'Payments',
      client: 'Acme',
      date: '2026-11-20',
      anonymityThreshold: 3,
      language: 'es',
    },
    participants: [
      { id: 'a', alias: 'P1', role: 'engineering' },
      { id: 'b', alias: 'P2', role: 'product' },
    ],
    responses: [
      { participant: 'a', item: 'hd.load.1', round: 1, value: 5 },
      { participant: 'b', item: 'hd.load.1', round: 1, value: null },
      { participant: 'b', item: 'td.pipeline.2', round: 2, value: 1 },
    ],
    realityCheck: [
      {
        title: 'Ledger live',
        reported: 'done',
        verified: 'partly',
        ownerClear: 'unclear',
        decisionTraceable: false,
      },
    ],
    decisions: [
      {
        title: 'Drop batch jobs',
        deciderKnown: true,
        inputsKnown: false,
        recorded: '',
        replayable: 'no',
      },
    ],
    ...overrides,
  };
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('edw instrument', () => {
  it('prints the documented JSON in the asked language', async () => {
    const { code, out } = await edw('instrument', '--lang', 'es', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      version: string;
      items: { id: string; dimension: string; keyed: string; text: string }[];
    };
    // Without --version: the instrument a new workshop asks.
    expect(parsed.version).toBe('2.0.0');
    expect(parsed.items).toHaveLength(72);
    for (const item of parsed.items) {
      expect(['human', 'technical', 'visibility', 'execution']).toContain(item.dimension);
      expect(['debt', 'health']).toContain(item.keyed);
    }
    const english = JSON.parse((await edw('instrument', '--json')).out) as typeof parsed;
    expect(parsed.items[0]?.text).not.toBe(english.items[0]?.text);
  });

  it('prints a released version by --version, and refuses an unknown one', async () => {
    const { code, out } = await edw('instrument', '--version', '2.0.0', '--json');
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { version: string; items: { id: string }[] };
    expect(parsed.version).toBe('2.0.0');
    expect(parsed.items).toHaveLength(72);
    expect(parsed.items.some((item) => item.id === 'hd.trust.1')).toBe(true);
    const old = JSON.parse((await edw('instrument', '--version', '1.0.0', '--json')).out) as {
      items: unknown[];
    };
    expect(old.items).toHaveLength(63);
    expect((await edw('instrument', '--version', '2.0')).code).toBe(2);
  });

  it('exits 2 on an unknown language or option', async () => {
    expect((await edw('instrument', '--lang', 'it')).code).toBe(2);
    expect((await edw('instrument', '--colour')).code).toBe(2);
    expect((await edw('frobnicate')).code).toBe(2);
    expect((await edw()).code).toBe(2);
  });
});

describe('edw validate', () => {
  it('accepts a valid file', async () => {
    const { code, out } = await edw('validate', write('ok.json', sampleFile()));
    expect(code).toBe(0);
    expect(out).toMatch(/valid \(2 participants, 3 answers/);
  });

  it('lists the first errors by JSON path and exits 1', async () => {
    const bad = sampleFile({
      responses: [{ participant: 'a', item: 'hd.load.1', round: 1, value: 7 }],
    });
    const { code, err } = await edw('validate', write('bad.json', bad));
    expect(code).toBe(1);
    expect(err).toContain('responses[0].value: expected 1..5, null or "na", got 7');
  });

  it('says clearly when the file is missing or not JSON', async () => {
    expect((await edw('validate', 'missing.json')).err).toMatch(/cannot read the file \(ENOENT\)/);
    expect((await edw('validate', write('x.json', '{not json'))).err).toMatch(/not valid JSON/);
    expect((await edw('validate')).code).toBe(2);
  });
});

describe('edw import and export', () => {
  it('round-trips a workshop through the store, reading version 1 and writing version 3', async () => {
    const store = join(dir, 'store.sqlite');
    const imported = await edw('import', write('in.json', sampleFile()), '--data', store);
    expect(imported.code).toBe(0);
    const id = /as workshop (\S+) into/.exec(imported.out)?.[1] ?? '';
    expect(id).not.toBe('');

    const exported = await edw('export', id, '-o', 'out.json', '--data', store);
    expect(exported.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as ReturnType<
      typeof sampleFile
    >;
    expect(file.workshop).toMatchObject({
      title: 'Payments',
      client: 'Acme',
      language: 'es',
      anonymityThreshold: 3,
    });
    expect(file.responses).toHaveLength(3);
    expect(file.version).toBe(3);
    expect(file.realityCheck).toEqual(sampleFile().realityCheck);
    // Version 1's empty free-text record is version 2's "nowhere".
    expect(file.decisions).toEqual([
      { ...sampleFile().decisions[0], recorded: 'nowhere', recordedNote: '' },
    ]);
    expect((await edw('validate', 'out.json')).code).toBe(0);
  });

  it('writes nothing for an invalid file', async () => {
    const store = join(dir, 'store.sqlite');
    const bad = sampleFile({
      responses: [{ participant: 'ghost', item: 'hd.load.1', round: 1, value: 2 }],
    });
    const { code, err } = await edw('import', write('bad.json', bad), '--data', store);
    expect(code).toBe(1);
    expect(err).toContain('responses[0].participant: unknown participant "ghost"');
    expect(existsSync(store)).toBe(false);
  });

  it('exits 1 for an unknown workshop id or a store that is not SQLite, leaving it untouched', async () => {
    const store = join(dir, 'store.sqlite');
    openStore(store).close();
    expect((await edw('export', 'no-such-id', '--data', store)).code).toBe(1);
    const notSqlite = write('notes.sqlite', 'just some text');
    const result = await edw('export', 'x', '--data', notSqlite);
    expect(result.code).toBe(1);
    expect(result.err).toContain(notSqlite);
    expect(readFileSync(notSqlite, 'utf8')).toBe('just some text');
  });
});

describe('the edw binary', () => {
  it('runs through npx from the repository, with exit codes', () => {
    const out = execFileSync('npx', ['edw', 'instrument', '--json'], { encoding: 'utf8' });
    expect((JSON.parse(out) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(48);
    const usage = spawnSync('npx', ['edw', 'score'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
