import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';

const dir = mkdtempSync(join(tmpdir(), 'edw-broken-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EDW = join(import.meta.dirname, '..', '..', '..', 'bin', 'edw.js');

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs the real `edw` with its stdout on a pipe whose read end is already closed, as it is once
 * `edw … | head -1` has its line: every write the command makes meets EPIPE.
 */
function withReaderGone(argv: readonly string[]): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [EDW, ...argv], {
      cwd: dir,
      env: { ...process.env, XDG_DATA_HOME: join(dir, 'xdg') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('edw on a pipe the reader has closed', () => {
  it('stops quietly with exit 0 instead of an EPIPE stack trace, line by line or in one write', async () => {
    const file = join(dir, 'demo.json');
    writeFileSync(file, JSON.stringify(demoWorkshopFile()));
    for (const argv of [['instrument'], ['score', file, '--json']]) {
      const closed = await withReaderGone(argv);
      expect({ argv, ...closed }).toEqual({ argv, code: 0, signal: null, stderr: '' });
    }
  }, 30_000);

  it('still finishes the work its first line announced: the demo writes every file', async () => {
    const out = join(dir, 'demo-out');
    const closed = await withReaderGone(['demo', '-o', out, '--data', join(dir, 'store.sqlite')]);
    expect(closed).toEqual({ code: 0, signal: null, stderr: '' });
    for (const name of ['report-full.pdf', 'report-brief.pdf', 'answers.csv', 'aggregates.csv']) {
      expect(existsSync(join(out, name)), name).toBe(true);
    }
  }, 60_000);
});
