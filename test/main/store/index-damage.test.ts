import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  offerRestoreAfterDamage,
  type RecoveryDialog,
} from '../../../src-main/electron/recover-store';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { dispatch } from '../../../src-main/services/dispatch';
import { startBackgroundCheck } from '../../../src-main/store/background-check';
import { backupsDirFor, listBackups, writeBackup } from '../../../src-main/store/backup';
import { closeStore, openStore, StoreOpenError } from '../../../src-main/store/open-store';
import { recoveryOffer } from '../../../src-main/store/recovery';
import { desyncIndex } from '../../helpers/corrupt';
import { seedWorkshop } from '../../helpers/seed-workshop';
import { sha256File, steppingClock, tempDir } from '../../helpers/temp-db';

/** A closed data file with a good backup, then an index made stale the way a torn page does. */
function fileWithStaleIndex() {
  const file = join(tempDir(), 'workshops.sqlite');
  const db = openStore(file);
  const handlers = createHandlers(db, {
    clock: steppingClock(),
    dataFile: file,
    version: 'test',
    transport: 'http',
  });
  seedWorkshop(handlers, { title: 'Backed up' });
  const good = writeBackup(db, backupsDirFor(file), {
    reason: 'auto',
    now: new Date('2026-03-02T09:00:00.000Z'),
  });
  seedWorkshop(handlers, { title: 'Since the backup' });
  closeStore(db);
  desyncIndex(
    file,
    'workshops_newest_first',
    "UPDATE workshops SET date = '1999-01-01' WHERE title = 'Since the backup'",
  );
  return { file, good, hash: sha256File(file) };
}

function checks(file: string): { quick: unknown; full: unknown } {
  const probe = new Database(file, { readonly: true });
  try {
    return {
      quick: probe.pragma('quick_check', { simple: true }),
      full: probe.pragma('integrity_check', { simple: true }),
    };
  } finally {
    probe.close();
  }
}

describe('damage that quick_check cannot see', () => {
  it('is what the helper makes: quick_check passes, integrity_check does not', () => {
    const { file } = fileWithStaleIndex();
    const { quick, full } = checks(file);
    expect(quick).toBe('ok');
    expect(String(full)).toMatch(/missing from index workshops_newest_first/);
  });

  it('is refused on open (full check for a small file), the file untouched, a backup offered', () => {
    const { file, good, hash } = fileWithStaleIndex();

    let refused: unknown;
    try {
      closeStore(openStore(file));
    } catch (error) {
      refused = error;
    }

    expect(refused).toBeInstanceOf(StoreOpenError);
    const error = refused as StoreOpenError;
    expect(error.reason).toBe('damaged');
    expect(error.message).toMatch(/missing from index/);
    expect(sha256File(file)).toBe(hash);
    expect(recoveryOffer(file, error).newest?.name).toBe(good.name);
  });

  it('is found by the background check of a large file, which stops every write', async () => {
    const { file, good, hash } = fileWithStaleIndex();
    // As if the file were over the threshold: opened after quick_check only.
    const db = openStore(file, { fullCheckMaxBytes: 0 });
    const found: StoreOpenError[] = [];
    const check = startBackgroundCheck(db, {
      fullCheckMaxBytes: 0,
      onDamage: (error) => found.push(error),
    });

    const verdict = await check.done;

    expect(verdict.state).toBe('damaged');
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toBe('damaged');
    expect(found[0]?.message).toMatch(/missing from index/);
    const handlers = createHandlers(db, {
      clock: steppingClock(),
      dataFile: file,
      version: 'test',
      transport: 'http',
    });
    const write = dispatch(handlers, 'workshop:create', { title: 'After', date: '2026-03-03' });
    expect(write).toMatchObject({ ok: false, error: { code: 'internal' } });
    // No backup of the damaged file pushes the good ones out.
    expect(() =>
      writeBackup(db, backupsDirFor(file), { reason: 'auto', now: new Date() }),
    ).toThrow();
    expect(listBackups(backupsDirFor(file)).map((info) => info.name)).toEqual([good.name]);
    closeStore(db);
    expect(sha256File(file)).toBe(hash);
  });

  it('lets the app offer the newest good backup, restore it and start again', async () => {
    const { file, good } = fileWithStaleIndex();
    const db = openStore(file, { fullCheckMaxBytes: 0 });
    const verdict = await startBackgroundCheck(db, { fullCheckMaxBytes: 0 }).done;
    if (verdict.state !== 'damaged') throw new Error(`expected damage, got ${verdict.state}`);
    const shown: string[] = [];
    const dialog: RecoveryDialog = {
      showMessageBox: async (options) => {
        shown.push(options.message, options.detail, ...options.buttons);
        return { response: 0 };
      },
      showErrorBox: () => {},
    };
    let relaunched = false;

    const outcome = await offerRestoreAfterDamage({
      dataFile: file,
      error: verdict.error,
      dialog,
      locale: () => 'es-ES',
      close: () => closeStore(db),
      relaunch: () => (relaunched = true),
      now: () => new Date('2026-03-02T10:00:00.000Z'),
    });

    expect(outcome).toBe('restored');
    expect(relaunched).toBe(true);
    expect(shown).toContain('Restaurar la copia más reciente y reiniciar');
    expect(checks(file).full).toBe('ok');
    const reopened = openStore(file);
    const titles = reopened.prepare('SELECT title FROM workshops').pluck().all();
    closeStore(reopened);
    expect(titles).toEqual(['Backed up']);
    expect(good.workshopCount).toBe(1);
  });

  it('leaves a healthy large file writable after the background check', async () => {
    const file = join(tempDir(), 'workshops.sqlite');
    const db = openStore(file, { fullCheckMaxBytes: 0 });
    const verdict = await startBackgroundCheck(db, { fullCheckMaxBytes: 0 }).done;
    expect(verdict.state).toBe('ok');
    expect(db.pragma('query_only', { simple: true })).toBe(0);
    closeStore(db);
  });

  it('is skipped for a file small enough to have been fully checked on open', async () => {
    const file = join(tempDir(), 'workshops.sqlite');
    const db = openStore(file);
    expect((await startBackgroundCheck(db).done).state).toBe('skipped');
    closeStore(db);
  });
});
