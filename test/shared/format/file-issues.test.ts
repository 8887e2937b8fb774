import { describe, expect, it } from 'vitest';
import { FILE_ISSUE_CODES } from '../../../shared/format/file-issues';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import { getInstrument } from '../../../shared/instrument';

function fileWith(overrides: Record<string, unknown> = {}) {
  return {
    format: 'edw-workshop',
    version: 3,
    workshop: { title: 'Payments', date: '2026-11-20', anonymityThreshold: 3 },
    participants: [
      { id: 'p1', alias: 'P1', role: 'engineering' },
      { id: 'p2', alias: 'P2', role: 'product' },
    ],
    responses: [{ participant: 'p1', item: 'hd.speakup.1', round: 1, value: 4 }],
    ...overrides,
  };
}

function issuesOf(raw: unknown) {
  const result = validateWorkshopFile(raw, getInstrument);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues;
}

describe('workshop file issues carry a code a UI can translate', () => {
  it('keeps the English message and adds the code and what it needs to say it', () => {
    const responses = [{ participant: 'p1', item: 'hd.speakup.1', round: 3, value: 7 }];
    expect(issuesOf(fileWith({ responses }))).toEqual([
      {
        path: 'responses[0].round',
        message: 'expected 1 or 2, got 3',
        code: 'round_out_of_range',
        params: { got: '3' },
      },
      {
        path: 'responses[0].value',
        message: 'expected 1..5, null or "na", got 7',
        code: 'answer_out_of_range',
        params: { got: '7' },
      },
    ]);
  });

  it('codes unknown participants and statements and duplicate answers, ids and aliases', () => {
    const participants = [
      { id: 'p1', alias: 'Ana', role: 'engineering' },
      { id: 'p1', alias: 'ana', role: 'product' },
    ];
    const responses = [
      { participant: 'ghost', item: 'hd.speakup.1', round: 1, value: 2 },
      { participant: 'p1', item: 'hd.nothing.9', round: 1, value: 2 },
      { participant: 'p1', item: 'hd.speakup.1', round: 1, value: 2 },
      { participant: 'p1', item: 'hd.speakup.1', round: 1, value: 3 },
    ];
    const coded = issuesOf(fileWith({ participants, responses })).map(({ path, code, params }) => ({
      path,
      code,
      params,
    }));
    expect(coded).toEqual([
      { path: 'participants[1].id', code: 'duplicate_id', params: { id: 'p1' } },
      { path: 'participants[1].alias', code: 'duplicate_alias', params: { alias: 'ana' } },
      {
        path: 'responses[0].participant',
        code: 'unknown_participant',
        params: { participant: 'ghost' },
      },
      {
        path: 'responses[1].item',
        code: 'unknown_statement',
        params: { item: 'hd.nothing.9', version: getInstrument()?.version },
      },
      {
        path: 'responses[3]',
        code: 'duplicate_answer',
        params: { participant: 'p1', item: 'hd.speakup.1', round: 1 },
      },
    ]);
  });

  it('codes the version, the format, the date, missing and mistyped fields and too many entries', () => {
    const codeAt = (raw: unknown, path: string) =>
      issuesOf(raw).find((issue) => issue.path === path);
    expect(codeAt(fileWith({ version: 4 }), 'version')).toMatchObject({
      code: 'unsupported_version',
      params: { got: '4' },
    });
    expect(codeAt(fileWith({ format: 'csv' }), 'format')).toMatchObject({
      code: 'wrong_format',
      params: { got: '"csv"' },
    });
    const badDate = fileWith({ workshop: { title: 'T', date: '2026-02-30' } });
    expect(codeAt(badDate, 'workshop.date')).toMatchObject({
      code: 'invalid_date',
      params: { got: '"2026-02-30"' },
    });
    const untitled = fileWith({ workshop: { date: '2026-02-03' } });
    expect(codeAt(untitled, 'workshop.title')).toMatchObject({ code: 'required' });
    expect(codeAt(fileWith({ participants: 'everyone' }), 'participants')).toMatchObject({
      code: 'wrong_type',
      params: { expected: 'array' },
    });
    const crowd = Array.from({ length: 501 }, (_, i) => ({
      id: `p${i}`,
      alias: `P${i}`,
      role: 'x',
    }));
    expect(codeAt(fileWith({ participants: crowd }), 'participants')).toMatchObject({
      code: 'too_many_entries',
      params: { max: 500 },
    });
    const longAlias = [{ id: 'p1', alias: 'x'.repeat(41), role: 'engineering' }];
    expect(codeAt(fileWith({ participants: longAlias }), 'participants[0].alias')).toMatchObject({
      code: 'too_long',
      params: { max: 40 },
    });
  });

  it('uses only the documented codes', () => {
    const issues = issuesOf(fileWith({ version: 'x', format: 1, workshop: 5, responses: {} }));
    for (const issue of issues) {
      if (issue.code) expect(FILE_ISSUE_CODES).toContain(issue.code);
    }
  });
});
