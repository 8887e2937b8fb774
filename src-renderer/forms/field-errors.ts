import type { FieldIssue } from '../../shared/api/errors';

/** An i18n key and its values: how a field message is shown in the UI's language. */
export interface MessageDescriptor {
  key: string;
  values?: Record<string, string | number>;
}

// The schemas in shared/domain speak English; these are the messages they can produce.
const KNOWN_MESSAGES: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => MessageDescriptor]> = [
  [/^is required$/, () => ({ key: 'errors.required' })],
  [
    /^must be at most (\d+) characters$/,
    (m) => ({ key: 'errors.tooLong', values: { max: Number(m[1]) } }),
  ],
  [/^must be at least (\d+)$/, (m) => ({ key: 'errors.atLeast', values: { min: Number(m[1]) } })],
  [/^must be at most (\d+)$/, (m) => ({ key: 'errors.atMost', values: { max: Number(m[1]) } })],
  [/^must be a whole number$/, () => ({ key: 'errors.wholeNumber' })],
  [
    /^(must be a date written YYYY-MM-DD|is not a real calendar date)$/,
    () => ({ key: 'errors.date' }),
  ],
  [
    /^must be between (\d{4}-\d{2}-\d{2}) and (\d{4}-\d{2}-\d{2}), within (\d+) years of today$/,
    (m) => ({
      key: 'errors.dateRange',
      values: { earliest: m[1] ?? '', latest: m[2] ?? '', years: Number(m[3]) },
    }),
  ],
  [/^needs at least one role group$/, () => ({ key: 'errors.roleGroupsEmpty' })],
  [
    /^allows at most (\d+) role groups$/,
    (m) => ({ key: 'errors.roleGroupsTooMany', values: { max: Number(m[1]) } }),
  ],
  [/^must not repeat a role group$/, () => ({ key: 'errors.roleGroupsRepeated' })],
  [/^Invalid input/, () => ({ key: 'errors.invalid' })],
  // Rules only the services can check, since they need the stored workshop (src-main/services).
  [
    /^"(.+)" is already used in this workshop$/,
    (m) => ({ key: 'errors.aliasTaken', values: { value: m[1] ?? '' } }),
  ],
  [
    /^"(.+)" appears more than once in this list$/,
    (m) => ({ key: 'errors.aliasRepeated', values: { value: m[1] ?? '' } }),
  ],
  [
    /^"(.+)" is not one of this workshop's role groups/,
    (m) => ({ key: 'errors.unknownRole', values: { value: m[1] ?? '' } }),
  ],
  [
    /^must keep (.+): participants still belong to (it|them)$/,
    (m) => ({ key: 'errors.roleGroupsInUse', values: { names: m[1] ?? '' } }),
  ],
];

/** Maps an English schema or host message to a translatable one; unknown texts are kept as detail. */
export function describeFieldMessage(message: string): MessageDescriptor {
  const text = message.trim();
  for (const [pattern, describe] of KNOWN_MESSAGES) {
    const match = text.match(pattern);
    if (match) return describe(match);
  }
  return { key: 'errors.checkField', values: { detail: text } };
}

/** Splits `participants[3].alias` into `['participants', 3, 'alias']`. */
export function splitIssuePath(path: string): Array<string | number> {
  const segments: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

export interface GroupedIssues<F extends string> {
  /** The first message for each known field. */
  byField: Partial<Record<F, string>>;
  /** Issues whose path names no field of this form; they must still be shown. */
  other: FieldIssue[];
}

/**
 * Sorts issues onto a form's fields by the first path segment after `prefix`
 * (e.g. prefix `['draft']` for `workshop:update`, `['participants', 0]` for a single add).
 */
export function groupIssues<F extends string>(
  issues: readonly FieldIssue[],
  fields: readonly F[],
  prefix: ReadonlyArray<string | number> = [],
): GroupedIssues<F> {
  const known = new Set<string>(fields);
  const result: GroupedIssues<F> = { byField: {}, other: [] };
  for (const issue of issues) {
    const segments = splitIssuePath(issue.path);
    const hasPrefix = prefix.every((part, index) => segments[index] === part);
    const head = hasPrefix ? segments[prefix.length] : undefined;
    if (typeof head === 'string' && known.has(head)) {
      const field = head as F;
      result.byField[field] ??= issue.message;
    } else {
      result.other.push(issue);
    }
  }
  return result;
}
