import { join } from 'node:path';

export const APP_FOLDER = 'execution-debt-workshop';
export const DATA_FILE_NAME = 'workshops.sqlite';

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
}

/**
 * Where browser mode and the CLI keep the store when no `--data` is given: the XDG data folder on
 * Linux (`$XDG_DATA_HOME`, else ~/.local/share), the platform's application-data folder elsewhere.
 */
export function defaultDataFile({ platform, env, home }: PlatformInfo): string {
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER, DATA_FILE_NAME);
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support', APP_FOLDER, DATA_FILE_NAME);
  }
  const xdg =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/')
      ? env.XDG_DATA_HOME
      : join(home, '.local', 'share');
  return join(xdg, APP_FOLDER, DATA_FILE_NAME);
}
