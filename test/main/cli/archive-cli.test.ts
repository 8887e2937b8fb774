import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { runEdw } from '../../helpers/run-edw';
import { storeFromWorkshopFile } from '../../../src-main/services/workshop-file-service';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { rowCounts, tempDir } from '../../helpers/temp-db';

const PASSPHRASE = 'archive passphrase 42';

function setUp() {
  const dir = tempDir();
  const store = join(dir, 'store.sqlite');
  const db = openStore(store);
  const workshop = storeFromWorkshopFile(db, demoWorkshopFile(), () => new Date());
  closeStore(db);

  function edw(env: Record<string, string>, ...argv: string[]) {
    return runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg'), ...env } }, argv);
  }

  function counts() {
    const db2 = openStore(store);
    try {
      return rowCounts(db2);
    } finally {
      closeStore(db2);
    }
  }

  return { dir, store, id: workshop.id, edw, counts };
}

describe('edw archive and unarchive', () => {
  it('archives with a passphrase from the environment and adds it back as a new workshop', async () => {
    const { dir, store, id, edw, counts } = setUp();
    const env = { EDW_PASS: PASSPHRASE };
    const archived = await edw(
      env,
      'archive',
      id,
      '-o',
      'w.edw',
      '--passphrase-env',
      'EDW_PASS',
      '--data',
      store,
    );
    expect(archived.code).toBe(0);
    expect(archived.out).toMatch(/protected by a passphrase/);
    expect(readFileSync(join(dir, 'w.edw')).subarray(0, 7).toString()).toBe('EDWARC1');

    const again = await edw(env, 'archive', id, '-o', 'w.edw', '--data', store);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists/);

    const before = counts();
    const back = await edw(
      env,
      'unarchive',
      'w.edw',
      '--passphrase-env',
      'EDW_PASS',
      '--data',
      store,
    );
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/as a new workshop/);
    expect(counts().workshops).toBe(before.workshops + 1);
    expect(counts().responses).toBe(before.responses * 2);
  });

  it('exits 1 with a clear message on a missing or wrong passphrase and on a cut file', async () => {
    const { dir, store, id, edw, counts } = setUp();
    const env = { EDW_PASS: PASSPHRASE, OTHER: 'something else entirely' };
    await edw(env, 'archive', id, '-o', 'w.edw', '--passphrase-env', 'EDW_PASS', '--data', store);
    const bytes = readFileSync(join(dir, 'w.edw'));
    writeFileSync(join(dir, 'cut.edw'), bytes.subarray(0, bytes.length - 40));
    const before = counts();

    const missing = await edw(env, 'unarchive', 'w.edw', '--data', store);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/protected by a passphrase.*--passphrase-env/);

    const wrong = await edw(
      env,
      'unarchive',
      'w.edw',
      '--passphrase-env',
      'OTHER',
      '--data',
      store,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/Wrong passphrase/);

    const cut = await edw(
      env,
      'unarchive',
      'cut.edw',
      '--passphrase-env',
      'EDW_PASS',
      '--data',
      store,
    );
    expect(cut.code).toBe(1);

    const unset = await edw({}, 'unarchive', 'w.edw', '--passphrase-env', 'NOPE', '--data', store);
    expect(unset.code).toBe(1);
    expect(unset.err).toMatch(/NOPE is not set/);

    const plain = await edw(env, 'archive', id, '-o', 'plain.edw', '--data', store);
    expect(plain.code).toBe(0);
    writeFileSync(
      join(dir, 'plain-cut.edw'),
      readFileSync(join(dir, 'plain.edw')).subarray(0, 5000),
    );
    const plainCut = await edw(env, 'unarchive', 'plain-cut.edw', '--data', store);
    expect(plainCut.code).toBe(1);
    expect(plainCut.err).toMatch(/damaged.*cut off/);

    expect(counts()).toEqual(before);
  });

  it('refuses a too short passphrase for a new archive and a bad variable name', async () => {
    const { store, id, edw } = setUp();
    const short = await edw(
      { P: 'short' },
      'archive',
      id,
      '--passphrase-env',
      'P',
      '--data',
      store,
    );
    expect(short.code).toBe(1);
    expect(short.err).toMatch(/8 to 200 characters/);
    const badName = await edw({}, 'archive', id, '--passphrase-env', 'my pass', '--data', store);
    expect(badName.code).toBe(2);
  });
});
