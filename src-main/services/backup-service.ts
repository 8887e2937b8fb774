import { join } from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import {
  BackupError,
  backupsDirFor,
  DEFAULT_KEEP,
  listBackups,
  pruneBackups,
  restoreIntoOpenStore,
  writeBackup,
} from '../store/backup';
import type { Db, ServiceDeps } from './service-deps';

type BackupChannels = 'backup:list' | 'backup:now' | 'backup:restore';

/**
 * Handlers for the `backup:*` channels, over `<data dir>/backups/`.
 *
 * Restoring does not swap the database handle: the backup's rows replace the live rows in one
 * transaction on the same connection, so every service, host and scheduler that holds `db` keeps
 * working, and a crash midway leaves the previous data whole. What the file held just before is
 * written as a `before-restore` backup first, so a restore can itself be undone from the list.
 */
export function backupHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, BackupChannels> {
  const dir = backupsDirFor(deps.dataFile);
  return {
    'backup:list': () => listBackups(dir),
    'backup:now': ({ reason }) => {
      const info = writeBackup(db, dir, { reason, now: deps.clock() });
      pruneBackups(dir, DEFAULT_KEEP);
      return info;
    },
    'backup:restore': ({ file }) => {
      // The name was checked against the pattern by the contract; it must also be listed now.
      const chosen = listBackups(dir).find((info) => info.name === file);
      if (!chosen) throw new ApiError('not_found', `There is no backup named ${file}.`);
      if (chosen.problem) {
        throw new ApiError(
          'conflict',
          `The backup ${file} cannot be restored (${chosen.problem}); nothing was changed.`,
        );
      }
      const keptAs = writeBackup(db, dir, { reason: 'before-restore', now: deps.clock() });
      let restored;
      try {
        restored = restoreIntoOpenStore(db, join(dir, file), dir);
      } catch (error) {
        if (error instanceof BackupError) throw new ApiError('conflict', error.message);
        throw error;
      }
      // Pruning after, never before: the backup being restored must not be the one removed.
      pruneBackups(dir, DEFAULT_KEEP);
      return { restored, keptAs };
    },
  };
}
