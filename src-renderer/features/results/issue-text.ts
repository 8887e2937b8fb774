import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/api/errors';
import { FILE_ISSUE_CODES, type FileIssueCode } from '../../../shared/format/file-issues';

/** The type names zod reports that have a word in the UI's language. */
const TYPE_NAMES = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;

function knownCode(code: string | undefined): FileIssueCode | undefined {
  return FILE_ISSUE_CODES.find((known) => known === code);
}

/**
 * A workshop-file problem in the UI's language. The host's English message is the fallback: an
 * issue without a code (or with one this UI does not know) is shown as the host wrote it.
 */
export function issueText(t: TFunction, issue: FieldIssue): string {
  const code = knownCode(issue.code);
  if (!code) return issue.message;
  const params: Record<string, string | number> = { ...issue.params };
  if (code === 'wrong_type') {
    const expected = TYPE_NAMES.find((name) => name === params.expected);
    params.expected = expected ? t(`results.import.type.${expected}`) : String(params.expected);
  }
  return t(`results.import.issue.${code}`, params);
}
