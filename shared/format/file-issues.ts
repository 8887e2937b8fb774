import type { z } from 'zod';
import { formatPath, type FieldIssue } from '../api/errors';

/**
 * Stable codes for what can be wrong in a workshop file. The English `message` stays as the CLI
 * and the API have always printed it; the code and its params let a UI say the same thing in its
 * own language (`docs/formats.md`). A problem without a code is shown by its message.
 */
export const FILE_ISSUE_CODES = [
  'unknown_participant',
  'unknown_statement',
  'unknown_instrument',
  'duplicate_answer',
  'duplicate_id',
  'duplicate_alias',
  'answer_out_of_range',
  'round_out_of_range',
  'not_allowed',
  'required',
  'wrong_type',
  'too_long',
  // Not 'too_many': i18next would read the '_many' ending as a plural form of 'too'.
  'too_many_entries',
  'too_small',
  'too_big',
  'not_whole',
  'unsupported_version',
  'wrong_format',
  'invalid_date',
] as const;
export type FileIssueCode = (typeof FILE_ISSUE_CODES)[number];
export type FileIssueParams = Record<string, string | number>;

/** One coded issue; `message` is the English text the code translates. */
export function fileIssue(
  path: string,
  message: string,
  code: FileIssueCode,
  params?: FileIssueParams,
): FieldIssue {
  return params ? { path, message, code, params } : { path, message, code };
}

/** The value at a zod path inside the raw file, for the "got …" a UI repeats. */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = raw;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function shown(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** The code (and params) for one schema issue, or nothing when no code says it well. */
function codeFor(
  issue: z.core.$ZodIssue,
  raw: unknown,
): { code: FileIssueCode; params?: FileIssueParams } | undefined {
  const last = issue.path[issue.path.length - 1];
  const input = valueAt(raw, issue.path);
  if (last === 'version' && issue.path.length === 1 && issue.code === 'invalid_value') {
    return { code: 'unsupported_version', params: { got: shown(input) } };
  }
  if (last === 'format' && issue.path.length === 1 && issue.code === 'invalid_value') {
    return { code: 'wrong_format', params: { got: shown(input) } };
  }
  if (issue.code === 'invalid_union' && last === 'value') {
    return { code: 'answer_out_of_range', params: { got: shown(input) } };
  }
  if (issue.code === 'invalid_union' && last === 'round') {
    return { code: 'round_out_of_range', params: { got: shown(input) } };
  }
  if (last === 'date' && (issue.code === 'invalid_format' || issue.code === 'custom')) {
    return { code: 'invalid_date', params: { got: shown(input) } };
  }
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { code: 'required' };
      // zod reports a fraction where a whole number belongs as the wrong type "int".
      if (issue.expected === 'int' && typeof input === 'number') return { code: 'not_whole' };
      return { code: 'wrong_type', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { code: 'required' };
      return { code: 'too_small', params: { min: Number(issue.minimum) } };
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', params: { max } };
      if (issue.origin === 'array') return { code: 'too_many_entries', params: { max } };
      return { code: 'too_big', params: { max } };
    }
    case 'invalid_value':
      return { code: 'not_allowed', params: { allowed: issue.values.map(String).join(', ') } };
    default:
      return undefined;
  }
}

/** Schema issues of a workshop file, each with the code that translates it when there is one. */
export function fileIssuesFromZod(error: z.ZodError, raw: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const coded = codeFor(issue, raw);
    return coded
      ? fileIssue(path, issue.message, coded.code, coded.params)
      : { path, message: issue.message };
  });
}
