import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { INSTRUMENT_V2 } from '../../../shared/instrument';
import { formatSheetCode } from '../../../shared/paper/sheet-code';
import { loadReportFonts } from '../../../src-main/report/fonts';
import { readPdfText } from '../../../src-main/report/pdf-text';
import { dispatchServed } from '../../../src-main/services/dispatch';
import { offloadHeavyWork } from '../../../src-main/services/heavy-work';
import { createHeavyPool } from '../../../src-main/workers/heavy-pool';
import { pageViolations } from '../../helpers/report-layout';
import { serviceHarness, type Harness } from '../../helpers/service-harness';
import { tempDir } from '../../helpers/temp-db';

// Paper answer sheets through the real services over a real store: the PDF read back with
// poppler's pdftotext, the sheet looked up by its code, and bad input refused with nothing stored.

const NAMES = ['Ana García Ruiz', 'Jürgen Weiß', 'Zoë Martin'];

function workshopWithPeople(h: Harness, language: 'en' | 'es' | 'de' | 'fr' = 'en') {
  const workshop = h.call('workshop:create', {
    title: 'Payments diagnostic',
    date: '2026-05-04',
    language,
    instrumentVersion: '2.0.0',
  });
  const people = h.call('participant:add', {
    workshopId: workshop.id,
    participants: NAMES.map((name, index) => ({
      alias: `Falcon ${index + 1}`,
      role: 'engineering',
      name,
    })),
  });
  return { workshopId: workshop.id, people };
}

/** Each page's text as pdftotext reads it (form feeds split the pages). */
function pdfPages(base64: string): string[] {
  const file = join(tempDir(), 'sheets.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** Text with its line breaks and hyphen-free wraps folded, to find a statement printed on lines. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('paper:sheets', () => {
  it('prints each participant by alias, never by name, with the code and page on every page', () => {
    const h = serviceHarness();
    const { workshopId, people } = workshopWithPeople(h);
    const { filename, base64 } = h.call('paper:sheets', { workshopId });
    expect(filename).toBe('payments-diagnostic-2026-05-04-answer-sheets.pdf');
    const pages = pdfPages(base64);
    const all = pages.join('\n');
    for (const name of NAMES) {
      for (const part of name.split(' ')) expect(all).not.toContain(part);
    }

    // Sheets in alias order; each page names its alias and its sheet's code.
    const layouts = people.map((person) =>
      h.call('paper:layout', { workshopId, participantId: person.id }),
    );
    const perSheet = layouts[0]?.pages ?? 0;
    expect(pages).toHaveLength(perSheet * people.length);
    layouts.forEach((layout, sheet) => {
      const own = pages.slice(sheet * perSheet, (sheet + 1) * perSheet);
      own.forEach((page, index) => {
        expect(page).toContain(layout.participant.alias);
        expect(page).toContain(formatSheetCode(layout.code));
        expect(page).toContain(`Page ${index + 1} of ${perSheet}`);
      });
      expect(new Set(layouts.map((l) => l.code)).size).toBe(layouts.length);
      // Every statement, in order, in the workshop's language.
      const text = folded(own.join(' '));
      let from = 0;
      for (const item of INSTRUMENT_V2.items) {
        const at = text.indexOf(folded(item.text.en), from);
        expect(at, item.id).toBeGreaterThanOrEqual(from);
        from = at;
      }
      expect(text).toContain('Strongly disagree');
      expect(text).toContain('Duena Blomstrom');
    });
  });

  it('lays each page out inside the printable area with nothing overlapping, in every language', async () => {
    const codeLabel = {
      en: 'Sheet code',
      es: 'Código de hoja',
      de: 'Bogen-Code',
      fr: 'Code de la feuille',
    };
    for (const language of ['en', 'es', 'de', 'fr'] as const) {
      const h = serviceHarness();
      const { workshopId, people } = workshopWithPeople(h, language);
      const { base64 } = h.call('paper:sheets', {
        workshopId,
        participantIds: [people[0]?.id ?? ''],
      });
      const pages = await readPdfText(Buffer.from(base64, 'base64'));
      expect(pages.length).toBeGreaterThan(1);
      expect(
        pages.flatMap((page) => pageViolations(page)),
        language,
      ).toEqual([]);
      expect(
        pages.every((page) => page.runs.some((run) => run.text.includes(codeLabel[language]))),
      ).toBe(true);
    }
  });

  it('is refused while a workshop is in private mode, like every facilitator channel', () => {
    const h = serviceHarness();
    const { workshopId, people } = workshopWithPeople(h);
    h.call('run:start', { workshopId });
    h.call('run:lock', { workshopId, pin: '4821' });
    expect(h.fail('paper:sheets', { workshopId }).code).toBe('private_mode');
    expect(h.fail('paper:layout', { workshopId, participantId: people[0]?.id }).code).toBe(
      'private_mode',
    );
  });

  it('gives every sheet an even number of pages when printed on both sides', () => {
    const h = serviceHarness();
    const { workshopId, people } = workshopWithPeople(h);
    const perSheet = h.call('paper:layout', {
      workshopId,
      participantId: people[0]?.id ?? '',
    }).pages;
    const printed = perSheet + (perSheet % 2);
    const pages = pdfPages(h.call('paper:sheets', { workshopId, doubleSided: true }).base64);
    expect(pages).toHaveLength(printed * people.length);
    people.forEach((_, sheet) => {
      // Each sheet starts on a front: its first page comes after the whole of the one before.
      expect(pages[sheet * printed]).toContain('Page 1 of');
      if (perSheet % 2 === 1) expect(pages[sheet * printed + perSheet]).toContain('left blank');
    });
  });

  it('refuses an unknown workshop, section or participant and a workshop without people', () => {
    const h = serviceHarness();
    const { workshopId } = workshopWithPeople(h);
    expect(h.fail('paper:sheets', { workshopId: 'nope' }).code).toBe('not_found');
    expect(h.fail('paper:sheets', { workshopId, sectionIds: ['nope'] }).issues).toEqual([
      { path: 'sectionIds.0', message: '"nope" is not a section of this workshop' },
    ]);
    expect(h.fail('paper:sheets', { workshopId, participantIds: ['nope'] }).issues?.[0]?.path).toBe(
      'participantIds.0',
    );
    const empty = h.call('workshop:create', { title: 'Empty', date: '2026-05-04' });
    expect(h.fail('paper:sheets', { workshopId: empty.id }).message).toMatch(/no participants/);
  });

  it('is drawn on the heavy-work thread with the same checks', async () => {
    const h = serviceHarness();
    const { workshopId } = workshopWithPeople(h);
    const pool = createHeavyPool({ fonts: () => loadReportFonts() });
    onTestFinished(() => pool.close());
    const served = offloadHeavyWork(
      h.db,
      {
        clock: () => new Date('2026-05-04T10:00:00Z'),
        dataFile: h.file,
        version: 't',
        transport: 'http',
      },
      h.handlers,
      pool,
    );
    const made = await dispatchServed(served, 'paper:sheets', { workshopId });
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const { base64 } = made.value as { base64: string };
    expect(pdfPages(base64).join('\n')).toContain('Falcon 2');
    const refused = await dispatchServed(served, 'paper:sheets', {
      workshopId,
      sectionIds: ['nope'],
    });
    expect(refused.ok).toBe(false);
  });
});

describe('paper:layout', () => {
  it('finds a sheet by its printed code, as typed, and refuses a mistyped or foreign one', () => {
    const h = serviceHarness();
    const { workshopId, people } = workshopWithPeople(h);
    const sections = h.call('paper:sections', { workshopId });
    expect(sections.filter((s) => s.byDefault)).toHaveLength(4);
    const [human, , visibility] = sections;
    const second = people[1]?.id ?? '';
    const printed = h.call('paper:layout', {
      workshopId,
      participantId: second,
      sectionIds: [visibility?.id ?? '', human?.id ?? ''],
    });
    expect(printed.sections.map((s) => s.title)).toEqual(['Human Debt', 'Decision Visibility']);
    expect(printed.sections.flatMap((s) => s.entries).map((e) => e.number)).toEqual(
      Array.from(
        { length: INSTRUMENT_V2.items.filter((i) => /^(hd|dv)\./.test(i.id)).length },
        (_, index) => index + 1,
      ),
    );

    const typed = formatSheetCode(printed.code).toLowerCase();
    const found = h.call('paper:layout', { workshopId, code: typed });
    expect(found).toEqual(printed);

    const typo = `${printed.code.slice(0, 2)}${printed.code[3]}${printed.code[2]}${printed.code.slice(4)}`;
    if (typo !== printed.code) {
      expect(h.fail('paper:layout', { workshopId, code: typo }).issues?.[0]?.code).toBe(
        'sheetCode.check',
      );
    }
    const other = h.call('workshop:create', { title: 'Other', date: '2026-05-04' });
    expect(h.fail('paper:layout', { workshopId: other.id, code: printed.code }).code).toBe(
      'not_found',
    );
    expect(h.fail('paper:layout', { workshopId, code: 'ABC' }).issues?.[0]).toMatchObject({
      code: 'sheetCode.length',
      params: { length: 3 },
    });
    expect(h.fail('paper:layout', { workshopId }).code).toBe('invalid_input');
    expect(h.fail('paper:layout', { workshopId, participantId: 'nope' }).issues?.[0]?.path).toBe(
      'participantId',
    );
    // Nothing was stored by any of it.
    expect(h.call('responses:list', { workshopId, round: 1 })).toEqual([]);
  });

  it('keeps a code printed before the run started valid once it runs', () => {
    const h = serviceHarness();
    const { workshopId, people } = workshopWithPeople(h);
    const before = h.call('paper:layout', { workshopId, participantId: people[0]?.id ?? '' });
    h.call('run:start', { workshopId });
    const after = h.call('paper:layout', { workshopId, code: before.code });
    expect(after.participant).toEqual(before.participant);
    expect(after.sections.flatMap((s) => s.entries)).toEqual(
      before.sections.flatMap((s) => s.entries),
    );
  });
});
