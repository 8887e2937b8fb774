import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getInstrument, INSTRUMENT_V2 } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import { workshopFileFrom } from '../../../src-main/services/workshop-file-service';
import { serviceHarness, type Harness } from '../../helpers/service-harness';
import { tempDir } from '../../helpers/temp-db';

// The client's own statements on paper sheets, through the real services over a real store: the
// sheet offers and prints them, its code finds them, and an answer keyed from it is stored as a
// client answer that no score reads.

const CLIENT_TEXTS = [
  'Our quarterly plan survives its first month',
  'We know which customer each release is for',
];

function workshopWithClientStatements(h: Harness) {
  const workshop = h.call('workshop:create', {
    title: 'Payments diagnostic',
    date: '2026-05-04',
    language: 'en',
    instrumentVersion: '2.0.0',
  });
  const people = h.call('participant:add', {
    workshopId: workshop.id,
    participants: ['Falcon 1', 'Falcon 2'].map((alias) => ({ alias, role: 'engineering' })),
  });
  const statements = CLIENT_TEXTS.map((text) =>
    h.call('clientStatement:add', { workshopId: workshop.id, statement: { text } }),
  );
  return { workshopId: workshop.id, people, statements };
}

const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('paper sheets with client statements', () => {
  it('offers, lays out and finds by code the client statements after the instrument sections', () => {
    const h = serviceHarness();
    const { workshopId, people, statements } = workshopWithClientStatements(h);
    const options = h.call('paper:sections', { workshopId });
    const client = options.find((option) => option.title === 'Your organisation’s own statements');
    expect(client).toMatchObject({ statements: 2, byDefault: true, round: 1 });

    const person = people[0];
    if (!person) throw new Error('no participant');
    const sheet = h.call('paper:layout', { workshopId, participantId: person.id });
    const entries = sheet.sections.flatMap((section) => section.entries);
    const instrumentCount = INSTRUMENT_V2.items.length;
    expect(entries).toHaveLength(instrumentCount + 2);
    expect(entries.slice(instrumentCount)).toMatchObject(
      statements.map((statement, index) => ({
        number: instrumentCount + index + 1,
        itemId: statement.id,
        client: true,
        text: statement.text,
        round: 1,
      })),
    );
    expect(sheet.sections.at(-1)).toMatchObject({ client: true, id: client?.id });
    expect(entries.slice(0, instrumentCount).every((entry) => !entry.client)).toBe(true);

    // The printed code names this very sheet; a sheet without them has another code.
    const byCode = h.call('paper:layout', { workshopId, code: sheet.code });
    expect(byCode).toEqual(sheet);
    const without = h.call('paper:layout', {
      workshopId,
      participantId: person.id,
      sectionIds: sheet.sectionIds.filter((id) => id !== client?.id),
    });
    expect(without.code).not.toBe(sheet.code);

    // Adding a statement changes the sheet, so an old printed code no longer names it.
    h.call('clientStatement:add', { workshopId, statement: { text: 'A third one' } });
    const grown = h.call('paper:layout', { workshopId, participantId: person.id });
    expect(grown.code).not.toBe(sheet.code);
    expect(() => h.call('paper:layout', { workshopId, code: sheet.code })).toThrow(/no sheet/i);
  });

  it('prints the client statements as typed, under their heading', () => {
    const h = serviceHarness();
    const { workshopId } = workshopWithClientStatements(h);
    const { base64 } = h.call('paper:sheets', { workshopId });
    const file = join(tempDir(), 'sheets.pdf');
    writeFileSync(file, Buffer.from(base64, 'base64'));
    const text = folded(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    const heading = text.indexOf('Your organisation’s own statements');
    expect(heading).toBeGreaterThan(
      text.indexOf(folded(INSTRUMENT_V2.items.at(-1)?.text.en ?? '')),
    );
    for (const statement of CLIENT_TEXTS) {
      expect(text.indexOf(statement, heading)).toBeGreaterThan(heading);
    }
  });

  it('stores a keyed client statement answer as a client answer and changes no score', () => {
    const h = serviceHarness();
    const { workshopId, people } = workshopWithClientStatements(h);
    const instrument = getInstrument('2.0.0');
    if (!instrument) throw new Error('instrument missing');
    // Some instrument answers, so there is a score to keep.
    for (const person of people) {
      for (const item of INSTRUMENT_V2.items.slice(0, 10)) {
        h.call('response:record', {
          workshopId,
          participantId: person.id,
          itemId: item.id,
          round: 1,
          value: 4,
        });
      }
    }
    const sheets = people.map((person) =>
      h.call('paper:layout', { workshopId, participantId: person.id }),
    );
    const { clientStatements: _before, ...fileBefore } = workshopFileFrom(h.db, workshopId);
    const scoreBefore = scoreWorkshop(fileBefore, instrument);
    const value = fc.constantFrom<1 | 2 | 3 | 4 | 5 | null | 'na'>(1, 2, 3, 4, 5, null, 'na');
    fc.assert(
      fc.property(fc.array(value, { minLength: 4, maxLength: 4 }), (values) => {
        const keyed = sheets.flatMap((sheet) =>
          sheet.sections
            .flatMap((section) => section.entries)
            .filter((entry) => entry.client)
            .map((entry) => ({ participantId: sheet.participant.id, statementId: entry.itemId })),
        );
        keyed.forEach((target, index) =>
          h.call('clientStatement:answer', { workshopId, ...target, value: values[index] ?? 1 }),
        );
        const stored = h.call('clientStatement:answers', { workshopId });
        expect(stored).toHaveLength(4);
        for (const [index, target] of keyed.entries()) {
          expect(stored).toContainEqual({ ...target, value: values[index] ?? 1 });
        }
        const { clientStatements, ...fileAfter } = workshopFileFrom(h.db, workshopId);
        expect(clientStatements ?? []).toHaveLength(2);
        expect(fileAfter).toEqual(fileBefore);
        expect(scoreWorkshop(fileAfter, instrument)).toEqual(scoreBefore);
      }),
      { numRuns: 15 },
    );
  });
});
