import Database from 'better-sqlite3';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupsDirFor,
  BackupError,
  claimForReplacement,
  listBackups,
  pruneBackups,
  restoreBackup,
  restoreIntoOpenStore,
  writeBackup,
} from '../../../src-main/store/backup';
import { LATEST_VERSION } from '../../../src-main/store/migrate';
import { APPLICATION_ID } from '../../../src-main/store/migrations';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { flipPageBytes } from '../../helpers/corrupt';
import { seedWorkshop } from '../../helpers/seed-workshop';
import { serviceHarness } from '../../helpers/service-harness';
import { sha256File, tempDir } from '../../helpers/temp-db';

const at = (iso: string) => new Date(iso);

function titles(db: Database.Database): string[] {
  return db.prepare('SELECT title FROM workshops ORDER BY title').pluck().all() as string[];
}

describe('writeBackup', () => {
  it('writes one whole, checked file named by time and reason, and no temporary file', () => {
    const { db, file, handlers } = serviceHarness();
    seedWorkshop(handlers, { title: 'Payments', participants: 3, answers: 4 });
    const dir = backupsDirFor(file);

    const info = writeBackup(db, dir, { reason: 'manual', now: at('2026-03-02T09:15:30.250Z') });

    expect(info).toMatchObject({
      name: '20260302T091530250Z-manual.sqlite',
      createdAt: '2026-03-02T09:15:30.250Z',
      reason: 'manual',
      problem: null,
      workshopCount: 1,
      workshopTitles: ['Payments'],
      participantCount: 3,
      answerCount: 12,
    });
    expect(readdirSync(dir)).toEqual([info.name]);
    const copy = new Database(join(dir, info.name), { readonly: true });
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    // A single self-contained file: it never needs a -wal beside it.
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('gives two backups in the same millisecond different names', () => {
    const { db, file } = serviceHarness();
    const dir = backupsDirFor(file);
    const now = at('2026-03-02T09:00:00.000Z');
    const first = writeBackup(db, dir, { reason: 'auto', now });
    const second = writeBackup(db, dir, { reason: 'auto', now });
    expect(first.name).toBe('20260302T090000000Z-auto.sqlite');
    expect(second.name).toBe('20260302T090000000Z-auto-2.sqlite');
    expect(listBackups(dir).map((b) => b.name)).toEqual([second.name, first.name]);
  });
});

describe('listBackups', () => {
  it('lists newest first with contents, marks damaged and foreign files, ignores the rest', () => {
    const { db, file, handlers } = serviceHarness();
    const dir = backupsDirFor(file);
    seedWorkshop(handlers, { title: 'Alpha' });
    writeBackup(db, dir, { reason: 'section', now: at('2026-03-02T09:00:00.000Z') });
    seedWorkshop(handlers, { title: 'Beta', participants: 1, answers: 1 });
    const damaged = writeBackup(db, dir, { reason: 'auto', now: at('2026-03-02T09:05:00.000Z') });
    flipPageBytes(join(dir, damaged.name));
    writeBackup(db, dir, { reason: 'close', now: at('2026-03-02T09:10:00.000Z') });
    const foreign = new Database(join(dir, '20260302T091500000Z-manual.sqlite'));
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    writeFileSync(join(dir, 'holiday.jpg'), 'not a backup');
    writeFileSync(join(dir, '20260302T092000000Z-auto.sqlite.tmp'), 'half written');

    const list = listBackups(dir);

    expect(list.map((b) => [b.createdAt, b.reason, b.problem])).toEqual([
      ['2026-03-02T09:15:00.000Z', 'manual', 'foreign'],
      ['2026-03-02T09:10:00.000Z', 'close', null],
      ['2026-03-02T09:05:00.000Z', 'auto', 'damaged'],
      ['2026-03-02T09:00:00.000Z', 'section', null],
    ]);
    expect(list[1]).toMatchObject({ workshopCount: 2, participantCount: 3, answerCount: 7 });
    expect(list[3]).toMatchObject({ workshopTitles: ['Alpha'], answerCount: 6 });
    // Looking leaves the folder as it was: no -wal or -shm beside any backup.
    expect(readdirSync(dir).filter((name) => /-(wal|shm)$/.test(name))).toEqual([]);
  });

  it('is empty when the folder does not exist yet', () => {
    expect(listBackups(join(tempDir(), 'backups'))).toEqual([]);
  });
});

describe('pruneBackups', () => {
  it('keeps the newest ones and clears temporary files a crash left behind', () => {
    const { db, file } = serviceHarness();
    const dir = backupsDirFor(file);
    const names = Array.from({ length: 5 }, (_, i) =>
      writeBackup(db, dir, { reason: 'auto', now: at(`2026-03-02T09:0${i}:00.000Z`) }),
    ).map((b) => b.name);
    const stale = join(dir, '20260301T080000000Z-auto.sqlite.tmp');
    writeFileSync(stale, 'left by a crash');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    const fresh = join(dir, '20260302T100000000Z-auto.sqlite.tmp');
    writeFileSync(fresh, 'being written right now');

    const removed = pruneBackups(dir, 3);

    expect(removed).toEqual([names[1], names[0], '20260301T080000000Z-auto.sqlite.tmp']);
    expect(listBackups(dir).map((b) => b.name)).toEqual([names[4], names[3], names[2]]);
    expect(existsSync(fresh)).toBe(true);
  });
});

describe('restoreBackup (a data file nobody has open)', () => {
  it('puts the backup in place and keeps the previous file aside byte for byte', () => {
    const { db, file, handlers } = serviceHarness();
    const dir = backupsDirFor(file);
    seedWorkshop(handlers, { title: 'Kept' });
    const backup = writeBackup(db, dir, { reason: 'manual', now: at('2026-03-02T09:00:00.000Z') });
    seedWorkshop(handlers, { title: 'Added later' });
    closeStore(db);
    const before = sha256File(file);

    const result = restoreBackup({
      dataFile: file,
      backupPath: join(dir, backup.name),
      asideLabel: 'before-restore',
      now: at('2026-03-02T10:00:00.000Z'),
    });

    expect(result.keptAs).toBe(`${file}.before-restore-20260302T100000000Z`);
    expect(sha256File(result.keptAs ?? '')).toBe(before);
    const reopened = openStore(file);
    expect(titles(reopened)).toEqual(['Kept']);
    closeStore(reopened);
    expect(readdirSync(join(file, '..')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a damaged or foreign backup and changes nothing', () => {
    const { db, file, handlers } = serviceHarness();
    const dir = backupsDirFor(file);
    seedWorkshop(handlers, { title: 'Current' });
    const backup = writeBackup(db, dir, { reason: 'manual', now: at('2026-03-02T09:00:00.000Z') });
    flipPageBytes(join(dir, backup.name));
    const foreignPath = join(dir, '20260302T091000000Z-manual.sqlite');
    const foreign = new Database(foreignPath);
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    closeStore(db);
    const folderBefore = readdirSync(join(file, '..')).sort();
    const hashBefore = sha256File(file);

    for (const backupPath of [join(dir, backup.name), foreignPath]) {
      expect(() =>
        restoreBackup({
          dataFile: file,
          backupPath,
          asideLabel: 'before-restore',
          now: at('2026-03-02T10:00:00.000Z'),
        }),
      ).toThrow(BackupError);
    }

    expect(sha256File(file)).toBe(hashBefore);
    expect(readdirSync(join(file, '..')).sort()).toEqual(folderBefore);
  });
});

describe('restoreIntoOpenStore (the live database)', () => {
  it('replaces every row in one transaction on the same connection', () => {
    const { db, file, handlers } = serviceHarness();
    const dir = backupsDirFor(file);
    seedWorkshop(handlers, { title: 'Before' });
    const backup = writeBackup(db, dir, { reason: 'manual', now: at('2026-03-02T09:00:00.000Z') });
    seedWorkshop(handlers, { title: 'After' });

    const restored = restoreIntoOpenStore(db, join(dir, backup.name), dir);

    expect(restored.name).toBe(backup.name);
    expect(titles(db)).toEqual(['Before']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The scratch copy used to migrate the backup is gone.
    expect(readdirSync(dir)).toEqual([backup.name]);
  });

  it('leaves the live data untouched when the backup is damaged', () => {
    const { db, file, handlers } = serviceHarness();
    const dir = backupsDirFor(file);
    seedWorkshop(handlers, { title: 'Live' });
    const backup = writeBackup(db, dir, { reason: 'manual', now: at('2026-03-02T09:00:00.000Z') });
    flipPageBytes(join(dir, backup.name));
    expect(() => restoreIntoOpenStore(db, join(dir, backup.name), dir)).toThrow(/damaged/);
    expect(titles(db)).toEqual(['Live']);
  });
});

describe('claimForReplacement', () => {
  it('says when another connection still has the file open', () => {
    const dir = tempDir();
    const file = join(dir, 'workshops.sqlite');
    const running = openStore(file);
    const other = openStore(file);
    expect(claimForReplacement(other)).toBe(false);
    closeStore(running);
    expect(claimForReplacement(other)).toBe(true);
    closeStore(other);
  });

  it('is an error to restore a backup that does not exist', () => {
    const dir = tempDir();
    expect(() =>
      restoreBackup({
        dataFile: join(dir, 'workshops.sqlite'),
        backupPath: join(dir, 'backups', '20260302T090000000Z-auto.sqlite'),
        asideLabel: 'before-restore',
        now: new Date(),
      }),
    ).toThrow(/no backup/);
  });
});
