#!/usr/bin/env node
// `npm start`: the desktop app. Where Electron's binary cannot be had (no internet on first use),
// say so in one line and point to browser mode instead of printing a stack trace.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareElectronSqlite } from './electron-sqlite.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function electronBinary() {
  // Requiring 'electron' downloads the binary on first use; run it in a child so a failed
  // download's stack trace stays there.
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10 * 60 * 1000,
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : undefined;
}

const binary = electronBinary();
if (!binary) {
  console.error(
    'The Electron desktop binary is not installed and could not be downloaded here; run the same app in your browser with: npm run serve',
  );
  process.exit(1);
}

const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let binding;
try {
  binding = prepareElectronSqlite(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const child = spawn(binary, ['.'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, EDW_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
