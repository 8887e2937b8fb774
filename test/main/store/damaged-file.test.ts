import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/main';
import { openStoreOrRecover, type RecoveryDialog } from '../../../src-main/electron/recover-store';
import { createHandlers } from '../../../src-main/services/create-handlers';
import { backupsDirFor, writeBackup } from '../../../src-main/store/backup';
import { closeStore, openStore, StoreOpenError } from '../../../src-main/store/open-store';
import { recoveryAdvice, recoveryOffer } from '../../../src-main/store/recovery';
import { flipHeaderBytes, flipPageBytes } from '../../helpers/corrupt';
import { seedWorkshop } from '../../helpers/seed-workshop';
import { sha256File, steppingClock, tempDir } from '../../helpers/temp-db';

/**
 * A real data file with two good backups ("Older" and "Newest") and a newer damaged one, closed
 * (so the WAL is checkpointed into the file), then its pages damaged the way a bad disk would.
 */
function damagedDataFile(damage: (file: string) => void = flipPageBytes) {
  const dir = tempDir();
  const file = join(dir, 'workshops.sqlite');
  const db = openStore(file);
  const handlers = createHandlers(db, {
    clock: steppingClock(),
    dataFile: file,
    version: 'test',
    transport: 'http',
  });
  const backups = backupsDirFor(file);
  seedWorkshop(handlers, { title: 'Older' });
  writeBackup(db, backups, { reason: 'auto', now: new Date('2026-03-02T09:00:00.000Z') });
  seedWorkshop(handlers, { title: 'Newest' });
  const good = writeBackup(db, backups, {
    reason: 'section',
    now: new Date('2026-03-02T09:05:00.000Z'),
  });
  const bad = writeBackup(db, backups, {
    reason: 'auto',
    now: new Date('2026-03-02T09:10:00.000Z'),
  });
  flipPageBytes(join(backups, bad.name));
  seedWorkshop(handlers, { title: 'Lost with the damage' });
  closeStore(db);
  expect(existsSync(`${file}-wal`)).toBe(false);
  damage(file);
  return { dir, file, good, hash: sha256File(file) };
}

function refusal(file: string): StoreOpenError {
  try {
    closeStore(openStore(file));
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('the damaged file was opened');
}

function titles(file: string): string[] {
  const db = openStore(file);
  const out = db.prepare('SELECT title FROM workshops ORDER BY title').pluck().all() as string[];
  closeStore(db);
  return out;
}

describe('opening a damaged data file', () => {
  it('says what is wrong, leaves the file byte-identical, and offers the newest good backup', () => {
    const { file, good, hash } = damagedDataFile();
    const filesBefore = readdirSync(join(file, '..')).sort();

    const error = refusal(file);
    const offer = recoveryOffer(file, error);
    const advice = recoveryAdvice(offer);

    expect(error.reason).toBe('damaged');
    expect(error.message).toContain(file);
    expect(offer.newest?.name).toBe(good.name);
    expect(advice.join('\n')).toContain(`npx edw restore ${good.name} --data ${file}`);
    expect(sha256File(file)).toBe(hash);
    expect(readdirSync(join(file, '..')).sort()).toEqual(filesBefore);
  });

  it('restores with the printed command, keeping the damaged file aside unchanged', async () => {
    const { dir, file, good, hash } = damagedDataFile();
    const out: string[] = [];
    const code = await runCli(['restore', good.name, '--data', file], {
      out: (text) => out.push(text),
      err: (text) => out.push(text),
      env: {},
      cwd: dir,
    });

    expect(code).toBe(0);
    const aside = readdirSync(dir).find((name) => name.startsWith('workshops.sqlite.damaged-'));
    expect(aside).toBeDefined();
    expect(sha256File(join(dir, aside ?? ''))).toBe(hash);
    expect(out.join('\n')).toContain(join(dir, aside ?? ''));
    expect(titles(file)).toEqual(['Newest', 'Older']);
  });

  it('offers a backup when even the header is destroyed', () => {
    const { file, good, hash } = damagedDataFile(flipHeaderBytes);
    const error = refusal(file);
    expect(error.reason).toBe('not_sqlite');
    expect(recoveryOffer(file, error).newest?.name).toBe(good.name);
    expect(sha256File(file)).toBe(hash);
  });

  it('prints the reason and the restore command in browser mode, and exits without serving', () => {
    const { file, good, hash } = damagedDataFile();
    const serve = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve('src-main/host/serve.ts'), '--port', '0', '--data', file],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(serve.status).toBe(1);
    expect(serve.stderr).toContain(`The data file ${file} is damaged`);
    expect(serve.stderr).toContain(`npx edw restore ${good.name} --data ${file}`);
    expect(sha256File(file)).toBe(hash);
  });
});

describe('the desktop app on a damaged data file', () => {
  function fakeDialog(answer: number) {
    const shown: { message: string; buttons: string[]; detail: string }[] = [];
    const errors: string[] = [];
    const dialog: RecoveryDialog = {
      showMessageBox: (options) => {
        shown.push(options);
        return Promise.resolve({ response: answer });
      },
      showErrorBox: (_title, content) => errors.push(content),
    };
    return { dialog, shown, errors };
  }

  it('restores the newest backup when the facilitator chooses to', async () => {
    const { dir, file, hash } = damagedDataFile();
    const { dialog, shown } = fakeDialog(0);

    const db = await openStoreOrRecover({
      dataFile: file,
      open: () => openStore(file),
      dialog,
      locale: () => 'en-GB',
    });

    expect(shown[0]?.buttons).toEqual(['Restore newest backup', 'Quit']);
    expect(shown[0]?.message).toContain(file);
    expect(db).toBeDefined();
    if (db) closeStore(db);
    expect(titles(file)).toEqual(['Newest', 'Older']);
    const aside = readdirSync(dir).find((name) => name.includes('.damaged-'));
    expect(sha256File(join(dir, aside ?? ''))).toBe(hash);
  });

  it('changes nothing when the facilitator quits, and asks in Spanish on a Spanish system', async () => {
    const { dir, file, hash } = damagedDataFile();
    const before = readdirSync(dir).sort();
    const { dialog, shown } = fakeDialog(1);

    const db = await openStoreOrRecover({
      dataFile: file,
      open: () => openStore(file),
      dialog,
      locale: () => 'es-ES',
    });

    expect(db).toBeUndefined();
    expect(shown[0]?.buttons).toEqual(['Restaurar la copia más reciente', 'Salir']);
    expect(sha256File(file)).toBe(hash);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it.each([
    ['de-DE', ['Neueste Sicherung wiederherstellen', 'Beenden'], 'Die neueste intakte Sicherung'],
    ['fr-CH', ['Restaurer la sauvegarde la plus récente', 'Quitter'], 'La sauvegarde valide'],
  ])('asks in the system language on a %s system', async (locale, buttons, detail) => {
    const { file } = damagedDataFile();
    const { dialog, shown } = fakeDialog(1);

    await openStoreOrRecover({
      dataFile: file,
      open: () => openStore(file),
      dialog,
      locale: () => locale,
    });

    expect(shown[0]?.buttons).toEqual(buttons);
    expect(shown[0]?.detail).toContain(detail);
  });

  it('only explains when there is no backup to offer', async () => {
    const dir = tempDir();
    const file = join(dir, 'workshops.sqlite');
    closeStore(openStore(file));
    flipPageBytes(file);
    const copy = join(dir, 'copy.sqlite');
    copyFileSync(file, copy);
    const { dialog, shown, errors } = fakeDialog(0);

    const db = await openStoreOrRecover({
      dataFile: file,
      open: () => openStore(file),
      dialog,
      locale: () => 'en',
    });

    expect(db).toBeUndefined();
    expect(shown).toEqual([]);
    expect(errors[0]).toContain('is damaged');
    expect(sha256File(file)).toBe(sha256File(copy));
  });
});
