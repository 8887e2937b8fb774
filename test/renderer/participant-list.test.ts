import { describe, expect, it } from 'vitest';
import { linesWithErrors, parseParticipantList } from '../../shared/domain/participant-list';
import { ParticipantDraft, DEFAULT_ROLE_GROUPS } from '../../shared/domain/workshop';

const roleGroups = [...DEFAULT_ROLE_GROUPS];
const parse = (text: string, extra: Partial<Parameters<typeof parseParticipantList>[1]> = {}) =>
  parseParticipantList(text, { roleGroups, ...extra });

describe('parseParticipantList', () => {
  it('reads alias, role and name separated by commas', () => {
    const result = parse('P1, engineering, Ana Ruiz\nP2, product');
    expect(result.errors).toEqual([]);
    expect(result.drafts).toEqual([
      { alias: 'P1', role: 'engineering', name: 'Ana Ruiz' },
      { alias: 'P2', role: 'product' },
    ]);
    expect(result.lines).toEqual([1, 2]);
  });

  it('reads a tab-separated spreadsheet paste, where names may contain commas', () => {
    const result = parse('Fox\tleadership\tRuiz, Ana\r\nOwl\toperations\t');
    expect(result.errors).toEqual([]);
    expect(result.drafts).toEqual([
      { alias: 'Fox', role: 'leadership', name: 'Ruiz, Ana' },
      { alias: 'Owl', role: 'operations' },
    ]);
  });

  it('leaves the alias to the host when it is blank', () => {
    const result = parse(', engineering, Ana\n\tproduct');
    expect(result.drafts).toEqual([{ role: 'engineering', name: 'Ana' }, { role: 'product' }]);
    expect(result.drafts.every((draft) => !('alias' in draft))).toBe(true);
  });

  it('turns a line holding only a known role into one participant with an automatic alias', () => {
    const result = parse('engineering\nengineering\nProduct\noperations,');
    expect(result.errors).toEqual([]);
    expect(result.drafts).toEqual([
      { role: 'engineering' },
      { role: 'engineering' },
      { role: 'product' },
      { role: 'operations' },
    ]);
  });

  it('matches roles without case and returns the stored spelling', () => {
    const result = parse('P1, ENGINEERING', { roleGroups: ['Engineering', 'Sales team'] });
    expect(result.drafts).toEqual([{ alias: 'P1', role: 'Engineering' }]);
    expect(parse('sales TEAM', { roleGroups: ['Sales team'] }).drafts).toEqual([
      { role: 'Sales team' },
    ]);
  });

  it('accepts translated role names given as synonyms, and stores the role id', () => {
    const result = parse('P1, Ingeniería\ndirección', {
      roleSynonyms: { ingeniería: 'engineering', dirección: 'leadership' },
    });
    expect(result.errors).toEqual([]);
    expect(result.drafts).toEqual([{ alias: 'P1', role: 'engineering' }, { role: 'leadership' }]);
  });

  it('ignores synonyms that point at a role the workshop does not have', () => {
    const result = parse('ventas', { roleSynonyms: { ventas: 'sales' } });
    expect(result.drafts).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, kind: 'unknown_role', value: 'ventas' }]);
  });

  it('skips blank lines but keeps counting them, so errors name the line the user sees', () => {
    const result = parse('\n  \nP1, engineering\n\nP2, marketing\n');
    expect(result.lines).toEqual([3]);
    expect(result.errors).toEqual([{ line: 5, kind: 'unknown_role', value: 'marketing' }]);
  });

  it('reports an unknown role, a missing role and too many fields per line', () => {
    const result = parse(
      ['P1, sales', 'P2,', 'P3, , Ana', 'P4, product, Ana, extra', 'P5, product'].join('\n'),
    );
    expect(result.errors).toEqual([
      { line: 1, kind: 'unknown_role', value: 'sales' },
      { line: 2, kind: 'missing_role', value: 'P2' },
      { line: 3, kind: 'missing_role', value: 'P3' },
      { line: 4, kind: 'too_many_fields', value: 'P4, product, Ana, extra' },
    ]);
    expect(result.drafts).toEqual([{ alias: 'P5', role: 'product' }]);
    expect(result.lines).toEqual([5]);
  });

  it('treats a lone word that is not a role as an unknown role', () => {
    expect(parse('enginering').errors).toEqual([
      { line: 1, kind: 'unknown_role', value: 'enginering' },
    ]);
  });

  it('catches aliases repeated in the list or already in the workshop, ignoring case', () => {
    const result = parse('P1, product\np1, engineering\nP7, product', { existingAliases: ['P7'] });
    expect(result.drafts).toEqual([{ alias: 'P1', role: 'product' }]);
    expect(result.errors).toEqual([
      { line: 2, kind: 'duplicate_alias', value: 'p1' },
      { line: 3, kind: 'duplicate_alias', value: 'P7' },
    ]);
  });

  it('refuses aliases and names longer than the schema allows', () => {
    const longAlias = 'A'.repeat(41);
    const longName = 'N'.repeat(201);
    const result = parse(
      `${longAlias}, product\nP2, product, ${longName}\n${'B'.repeat(40)}, product`,
    );
    expect(result.errors.map((error) => [error.line, error.kind])).toEqual([
      [1, 'alias_too_long'],
      [2, 'name_too_long'],
    ]);
    expect(result.drafts).toHaveLength(1);
  });

  it('skips a header row copied from a spreadsheet', () => {
    const result = parse('Alias\tRole\tName\nP1\tproduct\tAna');
    expect(result.errors).toEqual([]);
    expect(result.drafts).toEqual([{ alias: 'P1', role: 'product', name: 'Ana' }]);
    expect(result.lines).toEqual([2]);
  });

  it('returns nothing for empty text', () => {
    expect(parse('')).toEqual({ drafts: [], lines: [], errors: [] });
    expect(parse(' \n\t\n')).toEqual({ drafts: [], lines: [], errors: [] });
  });

  it('only produces drafts the contract accepts', () => {
    const text = [
      'P1, engineering, Ana',
      ', product',
      'leadership',
      'X\toperations\t',
      `${'Z'.repeat(40)}, product, ${'n'.repeat(200)}`,
    ].join('\n');
    const result = parse(text);
    expect(result.drafts).toHaveLength(5);
    for (const draft of result.drafts) expect(ParticipantDraft.safeParse(draft).success).toBe(true);
  });

  it('keeps only the lines it could not read, to fix after the good ones are added', () => {
    const text = 'alias, role\nP1, engineering\nP2, marketing\n\n, product\nP3';
    const result = parse(text);
    expect(result.drafts).toHaveLength(2);
    expect(result.errors.map((error) => error.line)).toEqual([3, 6]);
    expect(linesWithErrors(text, result.errors)).toBe('P2, marketing\nP3');
    expect(linesWithErrors(text, [])).toBe('');
  });
});
