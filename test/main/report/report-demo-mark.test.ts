import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { runEdw } from '../../helpers/run-edw';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-demo-mark-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edw = (...argv: string[]) =>
  runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);

/** Each page's text, as poppler reads it. */
function pages(file: string): string[] {
  return execFileSync('pdftotext', [join(dir, file), '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replace(/\s+/g, ' '));
}

describe('demonstration data is marked in its reports', () => {
  it('edw demo marks page one and every page footer, and the reports still verify', async () => {
    const made = await edw('demo', '-o', 'out', '--data', 'store.sqlite');
    expect(made.code).toBe(0);
    const id = /as (\S+) to/.exec(made.out)?.[1] ?? '';
    for (const name of ['report-full.pdf', 'report-brief.pdf']) {
      const text = pages(join('out', name));
      // Page one (the decision page of both flavours) carries a tag beside its title, and the footer.
      expect(text[0]?.split('Demonstration data · fictitious').length).toBe(3);
      for (const page of text) expect(page).toContain('Demonstration data · fictitious');
      const checked = await edw('verify', join('out', name), id, '--data', 'store.sqlite');
      expect(checked.err).toBe('');
      expect(checked.code).toBe(0);
    }
    // Reported again from the store by id, the demo is still marked, in Spanish too.
    expect(
      (await edw('report', id, '--data', 'store.sqlite', '--lang', 'es', '-o', 'es.pdf')).code,
    ).toBe(0);
    const spanish = pages('es.pdf');
    // The demo's brief keeps to three pages in Spanish, its longest language.
    expect(
      (await edw('report', id, '--data', 'store.sqlite', '--lang', 'es', '--brief', '-o', 'b.pdf'))
        .code,
    ).toBe(0);
    expect(pages('b.pdf').length).toBeLessThanOrEqual(3);
    expect(spanish[0]?.split('Datos de demostración · ficticios').length).toBe(3);
    for (const page of spanish) expect(page).toContain('Datos de demostración · ficticios');
  });

  it('a workshop that is not the demo carries no mark', async () => {
    writeFileSync(join(dir, 'workshop.json'), JSON.stringify(demoWorkshopFile()));
    expect((await edw('report', 'workshop.json', '-o', 'plain.pdf')).code).toBe(0);
    for (const page of pages('plain.pdf')) expect(page).not.toContain('Demonstration data');
  });
});
