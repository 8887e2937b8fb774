import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../shared/backups/backup-info';
import { runEdw } from '../../helpers/run-edw';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { backupsDirFor, writeBackup } from '../../../src-main/store/backup';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { seedWorkshop } from '../../helpers/seed-workshop';
import { sha256File, steppingClock, tempDir } from '../../helpers/temp-db';

function edw(cwd: string, ...argv: string[]) {
  return runEdw({ cwd }, argv);
}

/** A closed data file holding "First"; a backup of it; then "Second" added after the backup. */
function storeWithBackup() {
  const dir = tempDir();
  const file = join(dir, 'workshops.sqlite');
  const db = openStore(file);
  const handlers = createHandlers(db, {
    clock: steppingClock(),
    dataFile: file,
    version: 'test',
    transport: 'http',
  });
  seedWorkshop(handlers, { title: 'First', participants: 2, answers: 5 });
  const backup = writeBackup(db, backupsDirFor(file), {
    reason: 'close',
    now: new Date('2026-03-02T11:30:00.000Z'),
  });
  seedWorkshop(handlers, { title: 'Second' });
  closeStore(db);
  return { dir, file, backup };
}

function titles(file: string): string[] {
  const db = openStore(file);
  const out = db.prepare('SELECT title FROM workshops ORDER BY title').pluck().all() as string[];
  closeStore(db);
  return out;
}

describe('edw backups', () => {
  it('lists the backups beside the data file with their time, reason and contents', async () => {
    const { dir, backup } = storeWithBackup();
    const { code, out } = await edw(dir, 'backups', '--data', 'workshops.sqlite');
    expect(code).toBe(0);
    expect(out).toContain(
      `${backup.name}  2026-03-02 11:30:00 UTC  close  1 workshop(s), 2 participant(s), 10 answer(s) — First`,
    );

    const json = await edw(dir, 'backups', '--data', 'workshops.sqlite', '--json');
    expect((JSON.parse(json.out) as BackupInfo[]).map((b) => b.name)).toEqual([backup.name]);
  });

  it('says so when there is none, and refuses stray arguments as wrong usage', async () => {
    const dir = tempDir();
    expect((await edw(dir, 'backups', '--data', 'x.sqlite')).out).toContain('No backups in');
    expect((await edw(dir, 'backups', 'extra', '--data', 'x.sqlite')).code).toBe(2);
  });
});

describe('edw restore', () => {
  it('restores a backup by name and keeps the previous file aside', async () => {
    const { dir, file, backup } = storeWithBackup();
    const before = sha256File(file);

    const { code, out } = await edw(dir, 'restore', backup.name, '--data', file);

    expect(code).toBe(0);
    expect(titles(file)).toEqual(['First']);
    const aside = readdirSync(dir).find((name) => name.includes('.before-restore-'));
    expect(out).toContain(`kept, unchanged, as ${join(dir, aside ?? '')}`);
    // The aside copy holds every workshop the file had, "Second" included.
    expect(titles(join(dir, aside ?? ''))).toEqual(['First', 'Second']);
    expect(before).not.toBe(sha256File(file));
  });

  it('refuses anything but a backup name, and a missing backup', async () => {
    const { dir, file } = storeWithBackup();
    const before = sha256File(file);
    const traversal = await edw(dir, 'restore', '../../etc/passwd', '--data', file);
    expect(traversal.code).toBe(1);
    expect(traversal.err).toContain('is not the name of a backup');
    const missing = await edw(dir, 'restore', '20200101T000000000Z-auto.sqlite', '--data', file);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no backup');
    expect((await edw(dir, 'restore', '--data', file)).code).toBe(2);
    expect(sha256File(file)).toBe(before);
  });

  it('refuses a data file a running app has open, changing nothing', async () => {
    const { dir, file, backup } = storeWithBackup();
    const running = openStore(file);
    try {
      const filesBefore = readdirSync(dir).sort();
      const { code, err } = await edw(dir, 'restore', backup.name, '--data', file);
      expect(code).toBe(1);
      expect(err).toContain('open in a running app');
      expect(readdirSync(dir).sort()).toEqual(filesBefore);
      expect(running.prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(2);
    } finally {
      closeStore(running);
    }
  });
});
