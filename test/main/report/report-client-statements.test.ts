import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import type { Language } from '../../../shared/domain/workshop';
import type { WorkshopFile } from '../../../shared/format/workshop-file';
import { makeReport } from '../../../src-main/report/make-report';
import { withClientStatements } from '../../helpers/client-statements-file';

// "The client's own statements" in the full report, read back with pdftotext.

const dir = mkdtempSync(join(tmpdir(), 'edw-report-client-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(file: WorkshopFile, flavour: 'full' | 'brief' = 'full') {
  const made = makeReport(file, { flavour, generatedAt: new Date('2026-11-21T10:00:00Z') });
  const path = join(dir, `${file.workshop.language}-${flavour}-${made.model.sections.length}.pdf`);
  writeFileSync(path, made.pdf);
  const pages = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).split('\f');
  return { made, pages, text: pages.join('\n') };
}

const TITLES: Record<Language, string> = {
  en: 'The client’s own statements',
  es: 'Las afirmaciones propias del cliente',
  de: 'Die eigenen Aussagen des Kunden',
  fr: 'Les affirmations propres au client',
};

describe("the report's section for the client's own statements", () => {
  it('comes last, apart from everything scored, and the withheld statement shows no mean', () => {
    const file = withClientStatements(demoWorkshopFile());
    const k = file.workshop.anonymityThreshold;
    const { made, pages } = report(file);
    expect(made.model.sections.map((section) => section.id).slice(-3)).toEqual([
      'method',
      'appendix',
      'client',
    ]);
    const page = pages.filter((text) => text.includes(TITLES.en)).pop() ?? '';
    const flat = page.replace(/\s+/g, ' ');
    expect(flat).toContain('They are not part of any index, factor or finding');
    // The first statement: its mean on 1–5, n and answers; the second: only that it is withheld.
    const [first, second] = file.clientStatements ?? [];
    expect(flat).toContain(first?.text.slice(0, 30));
    expect(page).toMatch(/3\.0\s+10\s+2\s+2\s+2\s+2\s+2\s+1\s+1/);
    expect(flat).toContain('withheld');
    expect(flat).toContain('(agreeing describes a problem)');
    // Decimals on the page (not the footer's versions): the one mean, none for the withheld.
    expect(page.match(/(?<![\d.:])\d+\.\d+(?![\d.])/g)).toEqual(['3.0']);
    const table = made.model.sections.at(-1)?.blocks.find((block) => block.kind === 'table');
    const withheldRow = table?.kind === 'table' ? table.rows[1] : undefined;
    expect(withheldRow?.cells[0]).toContain(second?.text);
    expect(withheldRow?.cells.slice(1)).toEqual([
      `withheld (fewer than ${k})`,
      ...Array<string>(8).fill(''),
    ]);
    // Listed in the contents like every section.
    expect(pages[1]).toContain(TITLES.en);
  });

  it('is left out of a workshop without them, of the brief and of a room below k', () => {
    const plain = report(demoWorkshopFile());
    expect(plain.made.model.sections.some((section) => section.id === 'client')).toBe(false);
    expect(plain.text).not.toContain('client’s own');
    const brief = report(withClientStatements(demoWorkshopFile()), 'brief');
    expect(brief.text).not.toContain('client’s own');
    const demo = demoWorkshopFile();
    const few = new Set(demo.participants.slice(0, 2).map((person) => person.id));
    const small = withClientStatements({
      ...demo,
      participants: demo.participants.filter((person) => few.has(person.id)),
      responses: demo.responses.filter((answer) => few.has(answer.participant)),
    });
    expect(report(small).text).not.toContain('client’s own');
  });

  it.each(['es', 'de', 'fr'] as const)('speaks %s, its figures in the language’s style', (lang) => {
    const { pages } = report(withClientStatements(demoWorkshopFile({ language: lang })));
    const page = pages.filter((text) => text.includes(TITLES[lang])).pop() ?? '';
    expect(page).toContain('3,0');
    expect(page).not.toMatch(/withheld|not part of any index/);
  });
});
