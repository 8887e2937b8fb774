import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { makeReport } from '../../../src-main/report/make-report';
import { editContentStreams, glyphHex } from '../../helpers/pdf-streams';
import { runEdw } from '../../helpers/run-edw';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edw-verify-printed-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edw = (...argv: string[]) =>
  runEdw({ cwd: dir, env: { XDG_DATA_HOME: join(dir, 'xdg') } }, argv);

const pageText = (file: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), join(dir, file), '-'], {
    encoding: 'utf8',
  });

/** Replaces the first time any page draws `from` with `to`, in the page's content stream. */
function editPrinted(source: string, target: string, from: string, to: string): void {
  let edited = false;
  const bytes = editContentStreams(readFileSync(join(dir, source)), (content) => {
    const shown = `<${glyphHex(from)}>`;
    if (edited || !content.includes(shown)) return content;
    edited = true;
    return content.replace(shown, `<${glyphHex(to)}>`);
  });
  expect(edited).toBe(true);
  writeFileSync(join(dir, target), bytes);
}

describe('edw verify reads the printed pages', () => {
  it('accepts an untouched report, counting the figures printed on its pages', async () => {
    writeFileSync(join(dir, 'workshop.json'), JSON.stringify(demoWorkshopFile()));
    expect((await edw('report', 'workshop.json', '-o', 'report.pdf')).code).toBe(0);
    const checked = await edw('verify', 'report.pdf', 'workshop.json');
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.out).toMatch(
      /all \d+ figures match, and all \d{4} figures printed on its \d+ pages/,
    );
  });

  it('refuses a report whose printed headline was edited, naming the page and the value', async () => {
    writeFileSync(join(dir, 'workshop.json'), JSON.stringify(demoWorkshopFile()));
    expect((await edw('report', 'workshop.json', '-o', 'report.pdf')).code).toBe(0);
    const summary = pageText('report.pdf', 1);
    const headline = /EXECUTION DEBT INDEX\s+(\d+\.\d)/.exec(summary)?.[1] ?? '';
    expect(headline).toMatch(/^\d+\.\d$/);
    const forged = headline.startsWith('3') ? '9' + headline.slice(1) : '3' + headline.slice(1);
    editPrinted('report.pdf', 'edited.pdf', headline, forged);
    // The edit is what a reader sees; the metadata still holds the true figures.
    expect(pageText('edited.pdf', 1)).toMatch(new RegExp(`EXECUTION DEBT INDEX\\s+${forged}`));
    const checked = await edw('verify', 'edited.pdf', 'workshop.json');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(`page 1 prints ${forged}; recomputed: ${headline}`);
    expect(checked.err).toMatch(/1 printed figures differ; 0 of \d+ embedded figures differ/);
  });

  it('refuses an edited figure on a Spanish page, naming the page and the value', async () => {
    writeFileSync(join(dir, 'taller.json'), JSON.stringify(demoWorkshopFile({ language: 'es' })));
    expect((await edw('report', 'taller.json', '-o', 'informe.pdf', '--brief')).code).toBe(0);
    expect((await edw('verify', 'informe.pdf', 'taller.json')).code).toBe(0);
    // The last comma figure on the brief's second page (the map's own labels and captions).
    const page = 2;
    const figures = pageText('informe.pdf', page).match(/\b\d{2},\d\b/g) ?? [];
    const figure = figures.at(-1) ?? '';
    expect(figure).not.toBe('');
    const forged = `${figure.slice(0, 3)}${figure.endsWith('9') ? '0' : '9'}`;
    let count = 0;
    const bytes = editContentStreams(readFileSync(join(dir, 'informe.pdf')), (content, index) => {
      const shown = `<${glyphHex(figure)}>`;
      if (index !== page - 1 || !content.includes(shown)) return content;
      count++;
      const at = content.lastIndexOf(shown);
      return content.slice(0, at) + `<${glyphHex(forged)}>` + content.slice(at + shown.length);
    });
    expect(count).toBe(1);
    writeFileSync(join(dir, 'editado.pdf'), bytes);
    const checked = await edw('verify', 'editado.pdf', 'taller.json');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(`page ${page} prints ${forged}`);
    expect(checked.err).toContain(`recomputed: ${figure}`);
  });

  it('replays the action plan a report printed, so an app report with a plan verifies', async () => {
    const file = demoWorkshopFile();
    writeFileSync(join(dir, 'workshop.json'), JSON.stringify(file));
    const report = makeReport(file, {
      flavour: 'full',
      generatedAt: new Date('2026-11-21T09:30:00Z'),
      recommendations: [
        { title: 'Keep a decision log', owner: 'A. Romero', due: '2026-12-15' },
        {
          title: {
            en: 'Name one owner per item',
            es: 'Un responsable por tarea',
            de: 'Ein Name pro Arbeitspaket',
            fr: 'Un nom par élément de travail',
          },
          owner: 'J. Li',
        },
      ],
    });
    writeFileSync(join(dir, 'app.pdf'), report.pdf);
    expect(pageText('app.pdf', 1).replace(/\s+/g, ' ')).toContain('A. Romero');
    const checked = await edw('verify', 'app.pdf', 'workshop.json');
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
  });
});
