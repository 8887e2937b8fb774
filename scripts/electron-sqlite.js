// better-sqlite3 must be compiled for Electron's ABI in the app and for Node's in tests and the
// CLI. npm install leaves the Node build in place; this builds a second copy for Electron once,
// in .cache/electron-sqlite/<electron version>/, and returns the path of its .node file.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export function prepareElectronSqlite(root) {
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const target = join(root, '.cache/electron-sqlite', electronVersion, 'better-sqlite3');
  const binding = join(target, 'build/Release/better_sqlite3.node');
  if (existsSync(binding)) return binding;

  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'node_modules/better-sqlite3'), target, { recursive: true });
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  const rebuild = spawnSync(
    'npx',
    ['electron-rebuild', '--version', electronVersion, '--module-dir', target, '--force'],
    { cwd: root, stdio: 'inherit' },
  );
  if (rebuild.status !== 0 || !existsSync(binding)) {
    throw new Error(
      `Could not build better-sqlite3 for Electron ${electronVersion} (it needs Electron's headers from the internet once); use browser mode: npm run serve`,
    );
  }
  return binding;
}
