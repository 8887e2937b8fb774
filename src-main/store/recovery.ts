import type { BackupInfo } from '../../shared/backups/backup-info';
import { backupsDirFor, listBackups, restoreBackup, type RestoredFile } from './backup';
import { join } from 'node:path';
import type { StoreOpenError } from './store-open-error';

/** What the app can offer when the data file was refused at start-up. */
export interface RecoveryOffer {
  dataFile: string;
  error: StoreOpenError;
  /** Backups that passed their checks, newest first. */
  goodBackups: BackupInfo[];
  /** The one to offer; undefined when none exists or restoring would not help. */
  newest: BackupInfo | undefined;
}

/**
 * Looks for a way back from a refused data file, reading only. A file from a newer app is not
 * offered an older backup (that would drop the newer data; updating the app is the answer), nor
 * is a file that could not be read at all (permissions, not content).
 */
export function recoveryOffer(dataFile: string, error: StoreOpenError): RecoveryOffer {
  const goodBackups = listBackups(backupsDirFor(dataFile)).filter((info) => !info.problem);
  const helps = error.reason === 'damaged' || error.reason === 'not_sqlite';
  return { dataFile, error, goodBackups, newest: helps ? goodBackups[0] : undefined };
}

/** Restores the offered backup, keeping the refused file aside as `<file>.damaged-<time>`. */
export function restoreOffered(offer: RecoveryOffer, now: Date): RestoredFile {
  if (!offer.newest) throw new Error('There is no backup to restore.');
  return restoreBackup({
    dataFile: offer.dataFile,
    backupPath: join(backupsDirFor(offer.dataFile), offer.newest.name),
    asideLabel: 'damaged',
    now,
  });
}

/** The advice printed by browser mode: the good backups and the exact command to restore one. */
export function recoveryAdvice(offer: RecoveryOffer): string[] {
  if (!offer.newest) {
    return offer.goodBackups.length === 0 && offer.error.reason !== 'newer_version'
      ? [`No backup was found in ${backupsDirFor(offer.dataFile)}.`]
      : [];
  }
  const lines = ['Backups that can be restored, newest first:'];
  for (const info of offer.goodBackups.slice(0, 5)) {
    lines.push(
      `  ${info.name}  (${info.workshopCount} workshop(s), ${info.answerCount} answer(s))`,
    );
  }
  lines.push(
    'To restore the newest one (the refused file is kept aside, unchanged), run:',
    `  npx edw restore ${offer.newest.name} --data ${quoteArg(offer.dataFile)}`,
  );
  return lines;
}

function quoteArg(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
