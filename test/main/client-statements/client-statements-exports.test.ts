import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { csvRecords, parseCsv } from '../../helpers/csv-reader';
import { runEdw } from '../../helpers/run-edw';
import { serviceHarness, type Harness } from '../../helpers/service-harness';

// The client's own statements in the exports of a stored workshop, read back as a spreadsheet and
// as pdftotext would: the CSV channels, the app's report and `edw report` of the same store.

const dir = mkdtempSync(join(tmpdir(), 'edw-client-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXTS = [
  'When priorities change mid-sprint, someone tells us why before we switch.',
  '=Our release calendar is set by a committee that rarely sees the pipeline.',
];

/** The demo stored, two client statements added: the first answered by all, the second by two. */
function storedWithClientStatements(): { h: Harness; id: string; k: number } {
  const h = serviceHarness();
  const { id } = h.call('workshop:importFile', { file: demoWorkshopFile() });
  const { anonymityThreshold: k } = h.call('workshop:get', { id });
  const [first, second] = TEXTS.map(
    (text, index) =>
      h.call('clientStatement:add', { workshopId: id, statement: { text, reversed: index === 1 } })
        .id,
  );
  const people = h.call('participant:list', { workshopId: id });
  people.forEach((person, index) => {
    h.call('clientStatement:answer', {
      workshopId: id,
      statementId: first ?? '',
      participantId: person.id,
      value: index === 0 ? null : index === 1 ? 'na' : (((index % 5) + 1) as 1 | 2 | 3 | 4 | 5),
    });
    if (index < k - 1) {
      h.call('clientStatement:answer', {
        workshopId: id,
        statementId: second ?? '',
        participantId: person.id,
        value: 4,
      });
    }
  });
  return { h, id, k };
}

const pdfText = (path: string) =>
  execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('client statements in the exports of a stored workshop', () => {
  it('the answers CSV counts them in rows of their own, the withheld one with no figure', () => {
    const { h, id, k } = storedWithClientStatements();
    const plain = serviceHarness();
    const { id: plainId } = plain.call('workshop:importFile', { file: demoWorkshopFile() });
    const before = csvRecords(plain.call('export:csv', { id: plainId, kind: 'answers' }).text);
    const records = csvRecords(h.call('export:csv', { id, kind: 'answers' }).text);
    const client = records.filter((record) => record.source === 'client');
    // The instrument's rows are the same as without client statements, and come first.
    expect(records.slice(0, before.length)).toEqual(before);
    expect(client).toEqual([
      {
        workshop: records[0]?.workshop,
        item: 'c1',
        dimension: '',
        factor: '',
        round: '1',
        n: '10',
        answered_1: '2',
        answered_2: '2',
        answered_3: '2',
        answered_4: '2',
        answered_5: '2',
        cant_say: '1',
        not_applicable: '1',
        note: '',
        source: 'client',
        statement_text: TEXTS[0],
        reversed: 'false',
      },
      {
        workshop: records[0]?.workshop,
        item: 'c2',
        dimension: '',
        factor: '',
        round: '1',
        // Withheld whole: not even n, can't say or not applicable.
        n: '',
        answered_1: '',
        answered_2: '',
        answered_3: '',
        answered_4: '',
        answered_5: '',
        cant_say: '',
        not_applicable: '',
        note: `withheld: fewer than ${k} people gave a value`,
        source: 'client',
        // Text a spreadsheet would run as a formula is defused, like every other cell.
        statement_text: `'${TEXTS[1]}`,
        reversed: 'true',
      },
    ]);
    for (const person of h.call('participant:list', { workshopId: id })) {
      expect(parseCsv(h.call('export:csv', { id, kind: 'answers' }).text).flat()).not.toContain(
        person.alias,
      );
    }
  });

  it('the aggregates CSV gives the mean on 1–5 for the shown one, nothing for the withheld', () => {
    const { h, id, k } = storedWithClientStatements();
    const records = csvRecords(h.call('export:csv', { id, kind: 'aggregates' }).text);
    const instrument = records.filter((record) => record.source === 'instrument');
    expect(instrument.length).toBeGreaterThan(0);
    expect(instrument.every((record) => record.scope !== 'client')).toBe(true);
    const client = records.filter((record) => record.source === 'client');
    expect(client.map((record) => [record.scope, record.factor, record.n, record.mean])).toEqual([
      ['client', 'c1', '10', '3'],
      ['client', 'c2', '', ''],
    ]);
    expect(client[1]?.note).toBe(`withheld: fewer than ${k} people gave a value`);
    expect(client.every((record) => record.role === '' && record.sd === '')).toBe(true);
  });

  it('the answers by alias list each client answer by alias after the instrument’s', () => {
    const { h, id, k } = storedWithClientStatements();
    const records = csvRecords(h.call('export:csv', { id, kind: 'answers-by-alias' }).text);
    const firstClient = records.findIndex((record) => record.source === 'client');
    expect(records.slice(firstClient).every((record) => record.source === 'client')).toBe(true);
    const client = records.slice(firstClient);
    const people = h.call('participant:list', { workshopId: id });
    expect(client).toHaveLength(people.length + k - 1);
    expect(client.filter((record) => record.item === 'c2')).toHaveLength(k - 1);
    expect(new Set(client.map((record) => record.participant))).toEqual(
      new Set(people.map((person) => person.alias)),
    );
    expect(client.find((record) => record.value === 'na')?.item).toBe('c1');
  });

  it('the app’s full report has the section, with no mean for the withheld; the brief has none', () => {
    const { h, id, k } = storedWithClientStatements();
    const full = join(dir, 'app-full.pdf');
    writeFileSync(
      full,
      Buffer.from(h.call('report:pdf', { id, flavour: 'full' }).base64, 'base64'),
    );
    const text = pdfText(full);
    expect(text).toContain('The client’s own statements');
    expect(text).toContain('They are not part of any index, factor or finding');
    expect(text).toContain(TEXTS[0]?.slice(0, 40));
    expect(text).toContain(`withheld (fewer than ${k})`);
    const brief = join(dir, 'app-brief.pdf');
    writeFileSync(
      brief,
      Buffer.from(h.call('report:pdf', { id, flavour: 'brief' }).base64, 'base64'),
    );
    expect(pdfText(brief)).not.toContain('client’s own statements');
  });

  it('edw report of the stored workshop prints them too, and edw verify passes', async () => {
    const { h, id, k } = storedWithClientStatements();
    h.db.close();
    const env = { XDG_DATA_HOME: join(dir, 'xdg') };
    const out = join(dir, 'cli.pdf');
    const made = await runEdw({ cwd: dir, env }, ['report', id, '--data', h.file, '-o', out]);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('The client’s own statements');
    expect(text).toContain(`withheld (fewer than ${k})`);
    const checked = await runEdw({ cwd: dir, env }, ['verify', out, id, '--data', h.file]);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
  });
});
