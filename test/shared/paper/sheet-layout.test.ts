import { describe, expect, it } from 'vitest';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../shared/instrument';
import {
  chooseSections,
  findSheets,
  paperAgenda,
  paperSectionOptions,
  SHEET_GEOMETRY,
  sheetLayout,
  statementKeys,
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

describe('sheet layout with client statements', () => {
  const clients = [
    { id: 'c-1', text: 'Our quarterly plan survives its first month' },
    { id: 'c-2', text: 'We know which customer each release is for' },
  ];
  const agenda = paperAgenda([], true);
  const sheetOf = (clientStatements: { id: string; text: string }[], ids?: string[]) =>
    sheetLayout({
      workshop: { ...workshop, language: 'de' },
      instrument: INSTRUMENT_V2,
      sections: chosen(agenda, ids),
      participant,
      clientStatements,
    });

  it('numbers them after the statements sections, their text as typed, under their own heading', () => {
    const layout = sheetOf(clients);
    const last = layout.sections.at(-1);
    expect(last).toMatchObject({ client: true, title: 'Eigene Aussagen Ihrer Organisation' });
    expect(
      last?.entries.map(({ number, itemId, text, client }) => ({ number, itemId, text, client })),
    ).toEqual([
      { number: 73, itemId: 'c-1', text: clients[0]?.text, client: true },
      { number: 74, itemId: 'c-2', text: clients[1]?.text, client: true },
    ]);
    expect(layout.entries.slice(0, 72).every((entry) => !entry.client)).toBe(true);
    const options = paperSectionOptions(agenda, INSTRUMENT_V2, 'de', clients);
    expect(options.find((option) => option.id === last?.id)).toMatchObject({
      statements: 2,
      byDefault: true,
    });
    // Without client statements their section is not offered.
    expect(paperSectionOptions(agenda, INSTRUMENT_V2, 'de').map((o) => o.id)).not.toContain(
      last?.id,
    );
  });

  it('changes the code when the client statements change, and finds it back', () => {
    const code = sheetOf(clients).code;
    expect(sheetOf([...clients].reverse()).code).not.toBe(code);
    expect(sheetOf(clients.slice(0, 1)).code).not.toBe(code);
    expect(sheetOf([...clients, { id: 'c-3', text: 'A third' }]).code).not.toBe(code);
    const found = findSheets(code, 'w1', INSTRUMENT_V2, agenda, ['p0', 'p1'], clients);
    expect(found.map((sheet) => sheet.participantId)).toEqual(['p1']);
  });

  it('keys a client statement apart from any instrument statement, even with the same id', () => {
    const [human] = agenda.filter((section) => section.kind === 'statements');
    const client = agenda.find((section) => section.kind === 'client_statements');
    const item = INSTRUMENT_V2.items[0];
    if (!human || !client || !item) throw new Error('agenda incomplete');
    const twin = [{ id: item.id, text: 'Same id as an instrument statement' }];
    const keys = statementKeys(INSTRUMENT_V2, [human, client], twin);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.at(-1)).toBe(`client:${item.id}`);
    const layout = sheetOf(twin, [human.id, client.id]);
    expect(layout.entries.at(-1)).toMatchObject({ itemId: item.id, client: true });
    expect(layout.code).not.toBe(sheetOf([], [human.id]).code);
  });
});
