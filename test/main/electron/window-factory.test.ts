import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Every window must get the frozen secure preferences, so only the one factory may create one.
describe('window creation', () => {
  it('happens only in the one window factory', () => {
    const offenders = sources('src-main')
      .filter((file) => /new\s+(?:\w+\.)?BrowserWindow\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative('.', file));
    expect(offenders).toEqual(['src-main/electron/app-window.ts']);
  });

  it('never loosens webPreferences or exposes ipcRenderer anywhere in the code', () => {
    for (const file of [...sources('src-main'), ...sources('src-renderer')]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/,
      );
      expect(text, file).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    }
  });
});
