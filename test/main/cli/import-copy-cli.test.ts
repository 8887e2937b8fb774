import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { runEdw } from '../../helpers/run-edw';
import { tempDir } from '../../helpers/temp-db';

function workshopTitles(store: string): string[] {
  const db = openStore(store);
  try {
    return db.prepare('SELECT title FROM workshops ORDER BY created_at').pluck().all() as string[];
  } finally {
    closeStore(db);
  }
}

describe('edw import of a workshop that is already in the store', () => {
  it('refuses, naming the workshop and --copy, until --copy is given', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.sqlite');
    copyFileSync('docs/sample-workshop.json', join(dir, 'sample.json'));
    const edw = (...argv: string[]) =>
      runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);

    expect((await edw('import', 'sample.json', '--data', store)).code).toBe(0);
    const again = await edw('import', 'sample.json', '--data', store);
    expect(again.code).toBe(1);
    expect(again.err).toContain(
      'A workshop "Sample: Payments platform team" of 2025-11-20 already exists.',
    );
    expect(again.err).toContain('--copy');
    expect(workshopTitles(store)).toHaveLength(1);

    const copy = await edw('import', 'sample.json', '--copy', '--data', store);
    expect(copy.code).toBe(0);
    expect(copy.out).toMatch(/^Imported "Sample: Payments platform team" as workshop /);
    expect(workshopTitles(store)).toEqual([
      'Sample: Payments platform team',
      'Sample: Payments platform team',
    ]);
  });
});
