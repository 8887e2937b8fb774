import { ApiError, type FieldIssue } from '../../shared/api/errors';

/** The invalid_input error services raise for rules zod cannot see (they need the stored data). */
export function invalidInput(channel: string, issues: FieldIssue[]): ApiError {
  const [first] = issues;
  const detail = first ? `${first.path}: ${first.message}` : 'the input breaks a rule';
  return new ApiError('invalid_input', `Invalid input for ${channel}: ${detail}`, issues);
}

/** A not_found error naming what was looked for, e.g. "No workshop with id abc". */
export function notFound(what: string, id: string): ApiError {
  return new ApiError('not_found', `No ${what} with id ${id}`);
}
