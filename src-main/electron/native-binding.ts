import { existsSync } from 'node:fs';

/**
 * Which compiled better-sqlite3 the process should load. Node (tests, CLI, browser mode) uses the
 * one npm installed; Electron needs a copy built for its ABI, which `npm start` prepares once and
 * names in EDW_SQLITE_BINDING. Returning undefined means "the default binding".
 */
export function chooseNativeBinding(
  versions: Readonly<Partial<Record<string, string>>>,
  env: Readonly<Record<string, string | undefined>>,
  fileExists: (path: string) => boolean = existsSync,
): string | undefined {
  if (!versions.electron) return undefined;
  const candidate = env.EDW_SQLITE_BINDING;
  if (!candidate) {
    throw new Error(
      'No better-sqlite3 build for Electron was prepared. Start the app with "npm start", which builds it once.',
    );
  }
  if (!fileExists(candidate)) {
    throw new Error(
      `The better-sqlite3 build for Electron is missing at ${candidate}. Run "npm start" again.`,
    );
  }
  return candidate;
}
