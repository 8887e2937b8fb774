import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeStore, openStore } from '../../../src-main/store/open-store';
import { runEdw } from '../../helpers/run-edw';
import { tempDir } from '../../helpers/temp-db';

function templateNames(store: string): string[] {
  const db = openStore(store);
  try {
    return db.prepare('SELECT name FROM agenda_templates ORDER BY name').pluck().all() as string[];
  } finally {
    closeStore(db);
  }
}

const FILE = {
  format: 'edw-agenda-template',
  version: 1,
  name: 'Half day',
  sections: [
    { kind: 'statements', title: '', prompt: '', dimensions: ['human'], minutes: 17 },
    { kind: 'custom', title: 'Coffee break', prompt: '', dimensions: [], minutes: 7 },
  ],
  clientStatements: [{ text: 'Priorities change every week', reversed: true }],
};

describe('edw template', () => {
  it('imports a template file and exports it again by name', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.sqlite');
    const edw = (...argv: string[]) =>
      runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);
    writeFileSync(join(dir, 'half-day.json'), JSON.stringify(FILE));

    const imported = await edw('template', 'import', 'half-day.json', '--data', store);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Imported agenda template "Half day"');

    const exported = await edw('template', 'export', 'half day', '-o', 'out.json', '--data', store);
    expect(exported.code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as unknown;
    expect(written).toEqual({
      ...FILE,
      sections: FILE.sections.map((section) => ({ ...section, skipped: false })),
    });
  });

  it('refuses a file of another version and an unknown template, storing nothing', async () => {
    const dir = tempDir();
    const store = join(dir, 'store.sqlite');
    const edw = (...argv: string[]) =>
      runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);
    writeFileSync(join(dir, 'v2.json'), JSON.stringify({ ...FILE, version: 2 }));

    const refused = await edw('template', 'import', 'v2.json', '--data', store);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('version is 2; this app reads agenda template version 1');
    expect(templateNames(store)).toEqual([]);

    const unknown = await edw('template', 'export', 'Nope', '--data', store);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No agenda template with id or name "Nope"');
    expect((await edw('template', 'rename', 'x', '--data', store)).code).toBe(2);
  });
});
