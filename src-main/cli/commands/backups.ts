import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BackupName, type BackupInfo } from '../../../shared/backups/backup-info';
import {
  BackupError,
  backupsDirFor,
  claimForReplacement,
  listBackups,
  restoreBackup,
} from '../../store/backup';
import { closeStore, openStore, StoreOpenError } from '../../store/open-store';
import { EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';
import { onePositional, type ParsedCommand } from '../args';

/** One line per backup: name, time, reason, contents or why it cannot be restored. */
export function describeBackup(info: BackupInfo): string {
  const when = info.createdAt.replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC');
  const contents = info.problem
    ? `cannot be restored: ${info.problem.replace('_', ' ')}`
    : `${info.workshopCount} workshop(s), ${info.participantCount} participant(s), ` +
      `${info.answerCount} answer(s)` +
      (info.workshopTitles.length > 0 ? ` — ${info.workshopTitles.join(', ')}` : '');
  return `${info.name}  ${when}  ${info.reason}  ${contents}`;
}

/** `edw backups`: the backups beside the data file, newest first. */
export function backupsCommand(args: ParsedCommand, io: CliIo): number {
  if (args.positionals.length > 0) {
    throw new UsageError(`edw backups takes no arguments, got "${args.positionals[0]}"`);
  }
  const dir = backupsDirFor(args.dataFile);
  const list = listBackups(dir);
  if (args.json) {
    io.out(JSON.stringify(list, null, 2));
  } else if (list.length === 0) {
    io.out(`No backups in ${dir}`);
  } else {
    io.out(`Backups of ${args.dataFile}, newest first:`);
    for (const info of list) io.out(`  ${describeBackup(info)}`);
  }
  return EXIT_OK;
}

/**
 * `edw restore <backup-name>`: puts a listed backup in place of the data file. The current file
 * is kept beside it (`.before-restore-<time>`, or `.damaged-<time>` when it cannot be opened);
 * a file another process has open, or one from a newer app, is refused untouched.
 */
export function restoreCommand(args: ParsedCommand, io: CliIo): number {
  const name = onePositional(args, 'backup name');
  if (!BackupName.safeParse(name).success) {
    throw new InvalidInputError(
      `"${name}" is not the name of a backup; run "edw backups" to see their names.`,
    );
  }
  const dir = backupsDirFor(args.dataFile);
  const backupPath = join(dir, name);
  if (!existsSync(backupPath)) {
    throw new InvalidInputError(`There is no backup ${name} in ${dir}.`);
  }

  let asideLabel: 'before-restore' | 'damaged' = 'before-restore';
  if (existsSync(args.dataFile)) {
    let db;
    try {
      db = openStore(args.dataFile);
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error;
      if (error.reason === 'newer_version') throw new InvalidInputError(error.message);
      asideLabel = 'damaged';
    }
    if (db) {
      const alone = claimForReplacement(db);
      closeStore(db);
      if (!alone) {
        throw new InvalidInputError(
          `${args.dataFile} is open in a running app. Restore from the app's Backups screen, ` +
            'or close the app first.',
        );
      }
    }
  }

  let result;
  try {
    result = restoreBackup({ dataFile: args.dataFile, backupPath, asideLabel, now: new Date() });
  } catch (error) {
    if (error instanceof BackupError) throw new InvalidInputError(error.message);
    throw error;
  }
  io.out(`Restored ${name} into ${args.dataFile}.`);
  if (result.keptAs) io.out(`The previous file was kept, unchanged, as ${result.keptAs}`);
  return EXIT_OK;
}
