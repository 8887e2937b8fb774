import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../helpers/csv-reader';
import { writeClientPortfolioStore } from '../../helpers/portfolio-store';
import { runEdw } from '../../helpers/run-edw';

// `edw portfolio` over a real SQLite store holding a client's teams, answered as in the app.

let dir: string;
let storeDir: string;
let store: string;
let ids: Record<string, string>;

beforeAll(() => {
  storeDir = mkdtempSync(join(tmpdir(), 'edw-portfolio-store-'));
  store = join(storeDir, 'store.sqlite');
  ids = writeClientPortfolioStore(store);
}, 120_000);
afterAll(() => rmSync(storeDir, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-portfolio-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edw(...argv: string[]) {
  return runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, [...argv, '--data', store]);
}

function pageOne(file: string): string {
  return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, file), '-'], {
    encoding: 'utf8',
  });
}

describe('edw portfolio', () => {
  it('writes the PDF and the CSV of a client, page one naming every team', async () => {
    const run = await edw(
      'portfolio',
      '--client',
      'northwind bank',
      '-o',
      'p.pdf',
      '--csv',
      'p.csv',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Wrote the portfolio of 4 teams');
    const text = pageOne('p.pdf');
    expect(text).toContain('Northwind Bank');
    for (const team of ['Mobile banking', 'Card issuing', 'Customer onboarding']) {
      expect(text).toContain(team);
    }
    // The team of three is named, with no figure.
    const risk = text.split('\n').find((line) => line.includes('Risk engine')) ?? '';
    expect(risk).toContain('fewer than 5 answered: no figures');
    expect(risk.replace('fewer than 5', '').match(/\d/)).toBeNull();
    const csv = parseCsv(readFileSync(join(dir, 'p.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(csv.length).toBeGreaterThan(1);
  });

  it('takes workshop ids and a language', async () => {
    const run = await edw(
      'portfolio',
      ids.cards ?? '',
      ids.onboarding ?? '',
      ids.risk ?? '',
      '-o',
      'p.pdf',
      '--lang',
      'es',
    );
    expect(run.code).toBe(0);
    const text = pageOne('p.pdf');
    expect(text).toContain('respondieron menos de 5: sin cifras');
    expect(text).toContain('Qué hacer primero'.toUpperCase());
  });

  it.each([
    [[], 2, 'edw: expected workshop ids or --client NAME'],
    [
      ['--client', 'Northwind Bank', 'some-id'],
      2,
      'edw: give workshop ids or --client NAME, not both',
    ],
    [['--client', 'Northwind Bank', '-o', ''], 2, 'edw: -o file.pdf is required'],
    [['no-such-workshop'], 1, 'edw: No workshop with id no-such-workshop'],
    [['--client', 'Nobody Ltd'], 1, 'edw: No stored workshop has the client "Nobody Ltd"'],
    [
      ['--lang', 'it', '--client', 'Northwind Bank'],
      2,
      'edw: --lang must be one of en, es, de, fr, got "it"',
    ],
  ])('refuses %j with a one-line reason and writes nothing', async (argv, code, message) => {
    const withOutput = argv.includes('-o')
      ? argv.filter((arg) => arg !== '-o' && arg !== '')
      : [...argv, '-o', 'p.pdf'];
    const run = await edw(
      'portfolio',
      ...withOutput,
      ...(argv.includes('-o') ? [] : ['--csv', 'p.csv']),
    );
    expect(run.code).toBe(code);
    expect(run.err.split('\n')[0]).toBe(message);
    expect(readdirSync(dir).filter((name) => name !== 'xdg')).toEqual([]);
  });

  it('writes neither file when one of the ids is unknown', async () => {
    const run = await edw('portfolio', ids.cards ?? '', 'missing', '-o', 'p.pdf', '--csv', 'p.csv');
    expect(run.code).toBe(1);
    expect(run.err).toBe('edw: No workshop with id missing');
    expect(existsSync(join(dir, 'p.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'p.csv'))).toBe(false);
  });
});
