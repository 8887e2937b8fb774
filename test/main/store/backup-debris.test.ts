import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackupScheduler } from '../../../src-main/services/backup-scheduler';
import {
  backupsDirFor,
  listBackups,
  pruneBackups,
  writeBackup,
} from '../../../src-main/store/backup';
import { openTempStore } from '../../helpers/temp-db';

/** The id of a process that has ended: a writer that was killed. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('what an interrupted backup leaves behind', () => {
  it('is removed at the next start and never listed or counted as a backup', () => {
    const { db, file } = openTempStore();
    const dir = backupsDirFor(file);
    const kept = writeBackup(db, dir, { reason: 'auto', now: new Date('2026-03-02T09:00:00Z') });
    const dead = deadPid();
    const debris = [
      `20260302T090500000Z-section.sqlite.${dead}.tmp`,
      `20260302T090500000Z-section.sqlite.${dead}.tmp-journal`,
      // Written by an earlier version, which did not name its process.
      '20260302T091000000Z-auto.sqlite.tmp',
      '20260302T091000000Z-auto.sqlite.tmp-journal',
      `.restore-${dead}-1772442000000.tmp`,
      `.restore-${dead}-1772442000000.tmp-wal`,
      // A leftover of this very process id, from before a restart that reused it.
      `20260302T091500000Z-close.sqlite.${process.pid}.tmp`,
    ];
    // Another running process may be writing this one right now: it stays.
    const live = `20260302T092000000Z-auto.sqlite.${process.ppid}.tmp`;
    for (const name of [...debris, live]) writeFileSync(join(dir, name), 'partial copy');
    const other = 'notes.txt';
    writeFileSync(join(dir, other), 'not ours to judge');

    expect(listBackups(dir).map((info) => info.name)).toEqual([kept.name]);
    // Pruning while running keeps as many backups as asked, counting no leftover as one.
    expect(pruneBackups(dir, 1)).not.toContain(kept.name);

    startBackupScheduler({ db, dataFile: file }).stop();

    expect(readdirSync(dir).sort()).toEqual([kept.name, live, other].sort());
    expect(listBackups(dir).map((info) => info.name)).toEqual([kept.name]);
  });

  it('is not left by a backup that SQLite refuses to write', () => {
    const { db, file } = openTempStore();
    const dir = backupsDirFor(file);
    writeBackup(db, dir, { reason: 'manual', now: new Date('2026-03-02T09:00:00Z') });
    db.pragma('query_only = ON');
    expect(() =>
      writeBackup(db, dir, { reason: 'manual', now: new Date('2026-03-02T09:01:00Z') }),
    ).toThrow();
    expect(readdirSync(dir)).toEqual(['20260302T090000000Z-manual.sqlite']);
  });
});
