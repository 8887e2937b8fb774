import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { issuesFromZod } from '../../shared/api/errors';
import { WorkshopDraft } from '../../shared/domain/workshop';
import {
  describeFieldMessage,
  groupIssues,
  splitIssuePath,
} from '../../src-renderer/forms/field-errors';
import en from '../../src-renderer/i18n/locales/en.json';
import { workshopDateProblem } from '../../shared/domain/workshop-date';

const valid = { title: 'Quarterly check', date: '2025-03-14' };

function issuesOf(input: unknown) {
  const parsed = WorkshopDraft.safeParse(input);
  if (parsed.success) throw new Error('expected the draft to be refused');
  return issuesFromZod(parsed.error);
}

function englishText(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
}

describe('field messages', () => {
  it('recognises every message the workshop schema gives, so none falls back to raw English', () => {
    const bad = [
      { ...valid, title: '' },
      { ...valid, title: 'x'.repeat(201) },
      { ...valid, date: '14/03/2025' },
      { ...valid, date: '2025-02-30' },
      { ...valid, anonymityThreshold: 2 },
      { ...valid, anonymityThreshold: 11 },
      { ...valid, anonymityThreshold: 4.5 },
      { ...valid, anonymityThreshold: Number.NaN },
      { ...valid, roleGroups: [] },
      { ...valid, roleGroups: Array.from({ length: 21 }, (_, i) => `group ${i}`) },
      { ...valid, roleGroups: ['product', 'product'] },
      { ...valid, roleGroups: ['product', ''] },
    ];
    for (const input of bad) {
      for (const issue of issuesOf(input)) {
        const described = describeFieldMessage(issue.message);
        expect({ message: issue.message, key: described.key }).not.toEqual({
          message: issue.message,
          key: 'errors.checkField',
        });
        expect(typeof englishText(described.key)).toBe('string');
      }
    }
  });

  it('keeps the numbers a message carries', () => {
    expect(describeFieldMessage('must be at most 200 characters')).toEqual({
      key: 'errors.tooLong',
      values: { max: 200 },
    });
    expect(describeFieldMessage('must be at least 3')).toEqual({
      key: 'errors.atLeast',
      values: { min: 3 },
    });
  });

  it('translates the date-range refusal with its two dates', () => {
    const message = workshopDateProblem('1900-01-01', '2026-11-26');
    expect(message).not.toBeNull();
    expect(describeFieldMessage(message ?? '')).toEqual({
      key: 'errors.dateRange',
      values: { earliest: '2021-11-26', latest: '2031-11-26', years: 5 },
    });
    expect(typeof englishText('errors.dateRange')).toBe('string');
  });

  it('shows an unknown host message as detail rather than dropping it', () => {
    expect(describeFieldMessage('is already used by P3 in this workshop')).toEqual({
      key: 'errors.checkField',
      values: { detail: 'is already used by P3 in this workshop' },
    });
  });
});

describe('issue paths', () => {
  it('splits the paths the host writes', () => {
    expect(splitIssuePath('participants[12].alias')).toEqual(['participants', 12, 'alias']);
    expect(splitIssuePath('draft.roleGroups[2]')).toEqual(['draft', 'roleGroups', 2]);
    expect(splitIssuePath('')).toEqual([]);
  });

  it('places issues on form fields after a prefix and keeps the rest', () => {
    const fields = ['title', 'roleGroups'] as const;
    const grouped = groupIssues(
      [
        { path: 'draft.title', message: 'is required' },
        { path: 'draft.roleGroups[1]', message: 'is required' },
        { path: 'draft.roleGroups', message: 'must not repeat a role group' },
        { path: 'id', message: 'is required' },
      ],
      fields,
      ['draft'],
    );
    expect(grouped.byField).toEqual({ title: 'is required', roleGroups: 'is required' });
    expect(grouped.other).toEqual([{ path: 'id', message: 'is required' }]);
  });

  it('reads a refused single participant add at participants[0]', () => {
    const parsed = contract['participant:add'].input.safeParse({
      workshopId: 'w1',
      participants: [{ alias: 'a'.repeat(41), role: 'product', name: 'x'.repeat(201) }],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const grouped = groupIssues(issuesFromZod(parsed.error), ['alias', 'role', 'name'] as const, [
      'participants',
      0,
    ]);
    expect(Object.keys(grouped.byField).sort()).toEqual(['alias', 'name']);
    expect(grouped.other).toEqual([]);
  });
});
