import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../shared/instrument';
import {
  chooseSections,
  findSheets,
  paperAgenda,
  paperSectionOptions,
  SHEET_GEOMETRY,
  sheetLayout,
} from '../../../shared/paper/sheet-layout';
import { sheetCode } from '../../../shared/paper/sheet-code';
import type { AgendaSection } from '../../../shared/run/agenda';

const workshop = { id: 'w1', title: 'Payments diagnostic', language: 'en' as const };
const participant = { id: 'p1', alias: 'P1' };

function chosen(agenda: AgendaSection[], ids?: string[]): AgendaSection[] {
  const choice = chooseSections(agenda, ids);
  if (!choice.ok) throw new Error(choice.issue.message);
  return choice.sections;
}

describe('sheet layout', () => {
  const agenda = paperAgenda([]);

  it('numbers every statement of the default sections 1..N in agenda and instrument order', () => {
    const layout = sheetLayout({
      workshop,
      instrument: INSTRUMENT_V2,
      sections: chosen(agenda),
      participant,
    });
    expect(layout.entries).toHaveLength(72);
    expect(layout.entries.map((entry) => entry.number)).toEqual(
      Array.from({ length: 72 }, (_, index) => index + 1),
    );
    expect(layout.entries.map((entry) => entry.itemId)).toEqual(
      INSTRUMENT_V2.items.map((item) => item.id),
    );
    expect(layout.sections.map((section) => section.title)).toEqual([
      'Human Debt',
      'Technical Debt',
      'Decision Visibility',
      'Execution Reality',
    ]);
    expect(layout.entries.every((entry) => entry.round === 1)).toBe(true);
  });

  it('writes the statements in the workshop language', () => {
    const layout = sheetLayout({
      workshop: { ...workshop, language: 'de' },
      instrument: INSTRUMENT_V2,
      sections: chosen(agenda),
      participant,
    });
    expect(layout.entries[0]?.text).toBe(INSTRUMENT_V2.items[0]?.text.de);
    expect(layout.instructionLines.join(' ')).toContain('Kreuzen Sie');
  });

  it('places rows on pages without overlap, inside the page, headings with their first row', () => {
    for (const language of ['en', 'es', 'de', 'fr'] as const) {
      const layout = sheetLayout({
        workshop: { ...workshop, language },
        instrument: INSTRUMENT_V2,
        sections: chosen(agenda),
        participant,
      });
      expect(layout.pages.length).toBeGreaterThan(1);
      for (const page of layout.pages) {
        let bottom = 0;
        for (const row of page.rows) {
          expect(row.y).toBeGreaterThanOrEqual(bottom - 1e-9);
          expect(row.y + row.height).toBeLessThanOrEqual(SHEET_GEOMETRY.bottom + 1e-9);
          bottom = row.y + row.height;
        }
        expect(page.rows.at(-1)?.kind).toBe('entry');
      }
      // Each entry's page is the page its row is drawn on.
      for (const entry of layout.entries) {
        const page = layout.pages[entry.page - 1];
        expect(page?.rows.some((row) => row.kind === 'entry' && row.number === entry.number)).toBe(
          true,
        );
      }
    }
  });

  it('is deterministic and its code covers the participant and the statements', () => {
    const input = { workshop, instrument: INSTRUMENT_V2, sections: chosen(agenda), participant };
    const first = sheetLayout(input);
    expect(sheetLayout(input)).toEqual(first);
    expect(first.code).toBe(
      sheetCode(
        'w1',
        'p1',
        first.entries.map((entry) => `1:${entry.itemId}`),
      ),
    );
    const other = sheetLayout({ ...input, participant: { id: 'p2', alias: 'P1' } });
    expect(other.code).not.toBe(first.code);
    // The alias is printed, but the code does not depend on it.
    expect(sheetLayout({ ...input, participant: { id: 'p1', alias: 'Renamed' } }).code).toBe(
      first.code,
    );
  });

  it('keeps the chosen sections in agenda order and refuses bad choices by name', () => {
    const statements = agenda.filter((section) => section.kind === 'statements');
    const [human, technical] = statements;
    const picked = chosen(agenda, [technical?.id ?? '', human?.id ?? '']);
    expect(picked.map((section) => section.id)).toEqual([human?.id, technical?.id]);
    expect(chooseSections(agenda, ['nope'])).toEqual({
      ok: false,
      issue: { path: 'sectionIds.0', message: '"nope" is not a section of this workshop' },
    });
    const framing = agenda.find((section) => section.kind === 'framing');
    expect(chooseSections(agenda, [framing?.id ?? ''])).toMatchObject({
      ok: false,
      issue: { path: 'sectionIds.0' },
    });
    expect(chooseSections(agenda, [])).toMatchObject({ ok: false, issue: { path: 'sectionIds' } });
  });

  it('offers the statements sections and the re-vote, the first vote chosen by default', () => {
    const options = paperSectionOptions(agenda, INSTRUMENT_V1, 'es');
    expect(options.map((option) => option.byDefault)).toEqual([true, true, true, true, false]);
    expect(options.at(-1)?.round).toBe(2);
    expect(options.at(-1)?.title).toMatch(/^Segunda votación/);
  });

  it('finds the sheet a code names, whatever sections it was printed with', () => {
    const [human, , visibility] = agenda.filter((section) => section.kind === 'statements');
    const sections = chosen(agenda, [human?.id ?? '', visibility?.id ?? '']);
    const people = ['p1', 'p2', 'p3'];
    const layout = sheetLayout({
      workshop,
      instrument: INSTRUMENT_V2,
      sections,
      participant: { id: 'p2', alias: 'P2' },
    });
    const found = findSheets(layout.code, 'w1', INSTRUMENT_V2, agenda, people);
    expect(found).toHaveLength(1);
    expect(found[0]?.participantId).toBe('p2');
    expect(found[0]?.sections.map((section) => section.id)).toEqual(layout.sectionIds);
    expect(findSheets(layout.code, 'w2', INSTRUMENT_V2, agenda, people)).toEqual([]);
  });
});
