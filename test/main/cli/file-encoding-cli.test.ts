import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEdw } from '../../helpers/run-edw';
import { sha256File, tempDir } from '../../helpers/temp-db';
import { workshopFileBytes } from '../../helpers/workshop-file-bytes';
import { closeStore, openStore } from '../../../src-main/store/open-store';

/** A folder with a data file holding one workshop, and a way to run `edw` in it. */
function setUp() {
  const dir = tempDir();
  const store = join(dir, 'store.sqlite');
  closeStore(openStore(store));
  const edw = (...argv: string[]) =>
    runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, [...argv, '--data', store]);
  const write = (name: string, bytes: Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return name;
  };
  return { dir, store, edw, write };
}

/** The valid file with its `é` (in "Pérez") cut to a lead byte followed by plain ASCII. */
function withBadByte(): { bytes: Buffer; offset: number } {
  const bytes = Buffer.from(workshopFileBytes());
  const offset = bytes.indexOf(Buffer.from('é'));
  bytes[offset + 1] = 0x7a;
  return { bytes, offset };
}

describe('workshop files that are not UTF-8', () => {
  it('are refused by validate, import and score with the offset of the first bad byte', async () => {
    const { store, edw, write } = setUp();
    const { bytes, offset } = withBadByte();
    const name = write('bad.edw.json', bytes);
    const before = sha256File(store);

    for (const command of ['validate', 'import', 'score']) {
      const run = await edw(command, name);
      expect({ command, code: run.code }).not.toEqual({ command, code: 0 });
      expect(run.err).toContain(
        `${name}: not valid UTF-8 text: the byte at offset ${offset} (0xC3)`,
      );
      expect(run.out).toBe('');
    }
    expect(sha256File(store)).toBe(before);
    expect(existsSync(`${store}-wal`)).toBe(false);
  });

  it('with a leading byte order mark are read like any other', async () => {
    const { edw, write } = setUp();
    const name = write(
      'bom.edw.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), workshopFileBytes()]),
    );

    expect((await edw('validate', name)).code).toBe(0);
    expect((await edw('score', name)).code).toBe(0);
    const imported = await edw('import', name);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Imported "Payments diagnostic"');
  });
});
