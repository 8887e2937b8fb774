import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getInstrument } from '../../../shared/instrument';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import { workshopFileJsonSchema } from '../../../shared/format/json-schema';

function fileWith(overrides: Record<string, unknown> = {}) {
  return {
    format: 'edw-workshop',
    version: 1,
    workshop: { title: 'Payments', date: '2026-11-20', anonymityThreshold: 3 },
    participants: [
      { id: 'p1', alias: 'P1', role: 'engineering' },
      { id: 'p2', alias: 'P2', role: 'product' },
    ],
    responses: [
      { participant: 'p1', item: 'hd.speakup.1', round: 1, value: 4 },
      { participant: 'p2', item: 'hd.speakup.1', round: 1, value: null },
    ],
    realityCheck: [],
    decisions: [],
    ...overrides,
  };
}

function issuesOf(raw: unknown) {
  const result = validateWorkshopFile(raw, getInstrument);
  return result.ok ? [] : result.issues;
}

describe('validateWorkshopFile', () => {
  it('accepts a well-formed file and applies defaults', () => {
    const result = validateWorkshopFile(fileWith(), getInstrument);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.workshop.language).toBe('en');
  });

  it('names the JSON path and the bad value of an out-of-range answer', () => {
    const responses = [{ participant: 'p1', item: 'hd.speakup.1', round: 1, value: 7 }];
    expect(issuesOf(fileWith({ responses }))).toContainEqual(
      expect.objectContaining({
        path: 'responses[0].value',
        message: 'expected 1..5, null or "na", got 7',
      }),
    );
  });

  it('refuses unknown statements, unknown participants and duplicate answers', () => {
    const responses = [
      { participant: 'p1', item: 'hd.nothing.9', round: 1, value: 2 },
      { participant: 'ghost', item: 'hd.speakup.1', round: 1, value: 2 },
      { participant: 'p1', item: 'hd.speakup.1', round: 1, value: 2 },
      { participant: 'p1', item: 'hd.speakup.1', round: 1, value: 3 },
    ];
    const paths = issuesOf(fileWith({ responses })).map((issue) => issue.path);
    expect(paths).toEqual(['responses[0].item', 'responses[1].participant', 'responses[3]']);
  });

  it('refuses an unsupported version, a wrong format and an impossible date', () => {
    expect(issuesOf(fileWith({ version: 4 }))[0]?.message).toBe(
      'unsupported version 4; this app reads versions 1, 2 and 3',
    );
    expect(issuesOf(fileWith({ format: 'csv' }))[0]?.path).toBe('format');
    const workshop = { title: 'x', date: '2026-02-30' };
    expect(issuesOf(fileWith({ workshop }))[0]).toMatchObject({
      path: 'workshop.date',
      message: 'is not a real calendar date',
    });
  });

  it('refuses duplicate participant ids and aliases, and k below 3', () => {
    const participants = [
      { id: 'p1', alias: 'Ana', role: 'x' },
      { id: 'p1', alias: 'ana', role: 'x' },
    ];
    const paths = issuesOf(fileWith({ participants, responses: [] })).map((issue) => issue.path);
    expect(paths).toEqual(['participants[1].id', 'participants[1].alias']);
    const workshop = { title: 'x', date: '2026-01-01', anonymityThreshold: 2 };
    expect(issuesOf(fileWith({ workshop }))[0]?.path).toBe('workshop.anonymityThreshold');
  });

  it('refuses an unknown instrument version', () => {
    const workshop = { title: 'x', date: '2026-01-01', instrumentVersion: '9.9.9' };
    expect(issuesOf(fileWith({ workshop }))[0]?.path).toBe('workshop.instrumentVersion');
  });

  it('refuses things that are not workshop files at all', () => {
    for (const raw of [null, 42, 'text', [], {}]) expect(issuesOf(raw).length).toBeGreaterThan(0);
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the schema the app validates with', () => {
    const published: unknown = JSON.parse(readFileSync('docs/workshop-file.schema.json', 'utf8'));
    expect(published).toEqual(workshopFileJsonSchema());
  });
});
