import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import {
  aggregatesCsv,
  answersCsv,
  csvCell,
  rolesShownBeside,
  toCsv,
} from '../../../shared/export/csv';
import { INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  return rows;
}

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

describe('answers CSV', () => {
  it("has one row per answer, by alias and never by name, with can't say left empty", () => {
    const file = demoWorkshopFile();
    file.participants[0] = { id: 'p1', alias: '=cmd|evil', role: 'engineering' };
    const rows = parseCsv(answersCsv(file, INSTRUMENT));
    expect(rows[0]).toEqual([
      'workshop',
      'participant',
      'role',
      'item',
      'dimension',
      'factor',
      'round',
      'value',
    ]);
    expect(rows.length - 1).toBe(file.responses.length);
    expect(rows[1]).toEqual([
      file.workshop.title,
      "'=cmd|evil",
      'engineering',
      'hd.load.1',
      'human',
      'hd.load',
      '1',
      expect.any(String),
    ]);
    const cantSay = file.responses.filter((response) => response.value === null).length;
    expect(rows.slice(1).filter((row) => row[7] === '').length).toBe(cantSay);
  });
});

describe('role groups beside aliases', () => {
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

  it('hides a group smaller than k, and the next smallest so it cannot be found by elimination', () => {
    const roles = ['lead', 'lead', 'ops', 'ops', 'ops', 'eng', 'eng', 'eng', 'eng', 'eng'];
    expect([...rolesShownBeside(withRoles(3, roles))]).toEqual(['eng']);
    const rows = parseCsv(answersCsv(withRoles(3, roles), INSTRUMENT)).slice(1);
    expect(rows.filter((row) => row[2] === 'eng')).toHaveLength(5);
    expect(rows.filter((row) => row[2] === 'lead' || row[2] === 'ops')).toHaveLength(0);
    expect(rows.filter((row) => row[2]?.includes('n<3'))).toHaveLength(5);
  });

  it('shows every group when each has at least k people', () => {
    const roles = ['lead', 'lead', 'lead', 'eng', 'eng', 'eng'];
    expect([...rolesShownBeside(withRoles(3, roles))].sort()).toEqual(['eng', 'lead']);
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
    ]);
    const overall = rows.filter((row) => row[1] === 'overall');
    expect(overall).toHaveLength(18);
    expect(overall.find((row) => row[4] === 'hd.load')?.slice(5, 9)).toEqual([
      '12',
      '69.3',
      '7.9',
      'consensus',
    ]);

    const hidden = rows.filter((row) => row[9] === 'suppressed (n<3)');
    expect(hidden.map((row) => `${row[2]}:${row[4]}`).sort()).toEqual([
      'leadership:td.coupling',
      'leadership:td.pipeline',
      'product:td.coupling',
      'product:td.pipeline',
    ]);
    for (const row of hidden) expect(row.slice(5, 9)).toEqual(['', '', '', '']);
    const shown = rows.find((row) => row[2] === 'engineering' && row[4] === 'td.pipeline');
    expect(shown?.[5]).toBe('5');
  });
});
