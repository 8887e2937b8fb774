import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import {
  aggregatesCsv,
  answersByAliasCsv,
  answersCsv,
  csvCell,
  toCsv,
} from '../../../shared/export/csv';
import { NEW_WORKSHOP_INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import { parseCsv } from '../../helpers/csv-reader';

/** Every file here is the demo workshop, which asks the instrument a new workshop asks. */
const INSTRUMENT = NEW_WORKSHOP_INSTRUMENT;

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks the RFC 4180 way', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(62.5)).toBe('62.5');
    expect(
      toCsv([
        ['a', 'b'],
        ['c,d', null],
      ]),
    ).toBe('a,b\r\n"c,d",\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(parseCsv(toCsv([['=1+1', 'ok']]))).toEqual([["'=1+1", 'ok']]);
  });
});

describe('answers CSV (the default)', () => {
  it('counts answers per statement and round, with no alias and no per-person row', () => {
    const file = demoWorkshopFile();
    const result = scoreWorkshop(file, INSTRUMENT);
    const rows = parseCsv(answersCsv(file, INSTRUMENT, result));
    expect(rows[0]).toEqual([
      'workshop',
      'item',
      'dimension',
      'factor',
      'round',
      'n',
      'answered_1',
      'answered_2',
      'answered_3',
      'answered_4',
      'answered_5',
      'cant_say',
      'not_applicable',
      'note',
      'source',
      'statement_text',
      'reversed',
    ]);
    const text = rows.flat().join('\n');
    for (const participant of file.participants) {
      expect(text).not.toMatch(new RegExp(`(^|\\n)${participant.alias}(\\n|$)`));
    }
    // Every answer is counted once, in its statement's row.
    const counted = rows
      .slice(1)
      .reduce(
        (sum, row) => sum + row.slice(6, 13).reduce((part, cell) => part + Number(cell || 0), 0),
        0,
      );
    expect(counted).toBe(file.responses.length);
    const first = rows[1] ?? [];
    expect(first.slice(1, 5)).toEqual(['hd.load.1', 'human', 'hd.load', '1']);
    expect(Number(first[5])).toBe(first.slice(6, 11).reduce((sum, cell) => sum + Number(cell), 0));
  });

  it('keeps a statement fewer than k answered, and a room below k, without counts', () => {
    const file = demoWorkshopFile();
    file.workshop.anonymityThreshold = 5;
    // Only two people answer td.pipeline.1; everyone else says nothing on it.
    file.responses = file.responses.filter(
      (response) =>
        response.item !== 'td.pipeline.1' ||
        response.participant === 'p1' ||
        response.participant === 'p2',
    );
    const rows = parseCsv(answersCsv(file, INSTRUMENT, scoreWorkshop(file, INSTRUMENT)));
    const thin = rows.find((row) => row[1] === 'td.pipeline.1' && row[4] === '1') ?? [];
    expect(thin.slice(5)).toEqual([
      '2',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'hidden: fewer than 5 people',
      'instrument',
      '',
      '',
    ]);

    const small = demoWorkshopFile();
    small.workshop.anonymityThreshold = 5;
    small.participants = small.participants.slice(0, 4);
    const kept = new Set(small.participants.map((participant) => participant.id));
    small.responses = small.responses.filter((response) => kept.has(response.participant));
    const smallRows = parseCsv(answersCsv(small, INSTRUMENT, scoreWorkshop(small, INSTRUMENT)));
    for (const row of smallRows.slice(1)) {
      expect(row.slice(6, 13).every((cell) => cell === '')).toBe(true);
      expect(row[13]).toBe('hidden: fewer than 5 people answered in the whole room');
    }
  });
});

describe("answers by alias (the facilitator's identifying export)", () => {
  const withRoles = (k: number, roles: string[]) => {
    const file = demoWorkshopFile();
    file.workshop.anonymityThreshold = k;
    file.participants = roles.map((role, index) => ({ id: `p${index}`, alias: `P${index}`, role }));
    file.responses = file.participants.map((participant) => ({
      participant: participant.id,
      item: 'hd.load.1',
      round: 1 as const,
      value: 3 as const,
    }));
    return file;
  };
  const byAlias = (file: ReturnType<typeof withRoles>) =>
    parseCsv(answersByAliasCsv(file, INSTRUMENT, scoreWorkshop(file, INSTRUMENT)));

  it('counts "not applicable" in its own column, apart from the answers, n and can\'t say', () => {
    const file = demoWorkshopFile();
    const item = file.responses[0]?.item;
    const marked = file.responses.filter((r) => r.item === item && r.round === 1).slice(0, 2);
    const before = parseCsv(answersCsv(file, INSTRUMENT, scoreWorkshop(file, INSTRUMENT)));
    for (const response of marked) response.value = 'na';
    const rows = parseCsv(answersCsv(file, INSTRUMENT, scoreWorkshop(file, INSTRUMENT)));
    const row = rows.find((r) => r[1] === item && r[4] === '1') ?? [];
    const was = before.find((r) => r[1] === item && r[4] === '1') ?? [];
    expect(row[12]).toBe('2');
    expect(was[12]).toBe('0');
    expect(Number(row[5])).toBe(Number(was[5]) - 2);
    expect(row[11]).toBe(was[11]);
    const byAlias = parseCsv(answersByAliasCsv(file, INSTRUMENT, scoreWorkshop(file, INSTRUMENT)));
    expect(byAlias.filter((r) => r[7] === 'na')).toHaveLength(2);
  });

  it("has one row per answer, by alias and never by name, with can't say left empty", () => {
    const file = demoWorkshopFile();
    file.participants[0] = { id: 'p1', alias: '=cmd|evil', role: 'engineering' };
    const rows = parseCsv(answersByAliasCsv(file, INSTRUMENT, scoreWorkshop(file, INSTRUMENT)));
    expect(rows[0]).toEqual([
      'workshop',
      'participant',
      'role',
      'item',
      'dimension',
      'factor',
      'round',
      'value',
      'source',
      'statement_text',
      'reversed',
    ]);
    expect(rows.length - 1).toBe(file.responses.length);
    expect(rows.find((row) => row[1] === "'=cmd|evil")?.slice(0, 7)).toEqual([
      file.workshop.title,
      "'=cmd|evil",
      'engineering',
      'hd.load.1',
      'human',
      'hd.load',
      '1',
    ]);
    const cantSay = file.responses.filter((response) => response.value === null).length;
    expect(rows.slice(1).filter((row) => row[7] === '').length).toBe(cantSay);
  });

  it('names a role only where the results show the group, and says why it is hidden', () => {
    const roles = ['lead', 'lead', 'ops', 'ops', 'ops', 'eng', 'eng', 'eng', 'eng', 'eng'];
    const rows = byAlias(withRoles(3, roles)).slice(1);
    expect(rows.filter((row) => row[2] === 'eng')).toHaveLength(5);
    expect(rows.filter((row) => row[2] === 'lead' || row[2] === 'ops')).toHaveLength(0);
    expect(rows.filter((row) => row[2] === 'hidden: fewer than 3 people')).toHaveLength(2);
    expect(
      rows.filter((row) => row[2] === 'hidden so that a smaller group cannot be worked out'),
    ).toHaveLength(3);
  });

  it('shows every group when each has at least k people', () => {
    const roles = ['lead', 'lead', 'lead', 'eng', 'eng', 'eng'];
    const shown = new Set(
      byAlias(withRoles(3, roles))
        .slice(1)
        .map((row) => row[2]),
    );
    expect([...shown].sort()).toEqual(['eng', 'lead']);
  });
});

describe('aggregates CSV', () => {
  it('gives whole-room and role-group figures, and suppressed rows carry no figures at all', () => {
    const file = demoWorkshopFile();
    const result = scoreWorkshop(file, INSTRUMENT);
    const rows = parseCsv(aggregatesCsv(file, result));
    const header = rows[0] ?? [];
    expect(header).toEqual([
      'workshop',
      'scope',
      'role',
      'dimension',
      'factor',
      'n',
      'mean',
      'sd',
      'agreement',
      'note',
      'source',
      'statement_text',
      'reversed',
    ]);
    const overall = rows.filter((row) => row[1] === 'overall');
    expect(overall).toHaveLength(INSTRUMENT.factors.length);
    expect(overall.find((row) => row[4] === 'hd.load')?.slice(5, 9)).toEqual([
      '12',
      '74.3',
      '9.9',
      'consensus',
    ]);

    const hidden = rows.filter((row) => row[9]?.startsWith('hidden'));
    expect(hidden.map((row) => `${row[2]}:${row[4]}:${row[9]}`).sort()).toEqual([
      'leadership:td.coupling:hidden: fewer than 3 people',
      'leadership:td.pipeline:hidden: fewer than 3 people',
      'product:td.coupling:hidden so that a smaller group cannot be worked out',
      'product:td.pipeline:hidden so that a smaller group cannot be worked out',
    ]);
    for (const row of hidden) expect(row.slice(5, 9)).toEqual(['', '', '', '']);
    const shown = rows.find((row) => row[2] === 'engineering' && row[4] === 'td.pipeline');
    expect(shown?.[5]).toBe('5');
  });
});
