import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'too_large',
  'forbidden',
  'private_mode',
  'unknown_channel',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One problem at a path. `message` is plain English for the CLI and the API; `code` and `params`,
 * when present, let a UI say it in its own language (the workshop file's codes:
 * `shared/format/file-issues.ts`).
 */
export const FieldIssue = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** The one error shape every transport returns. */
export const ApiErrorBody = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Thrown by services; the adapters turn it into `ApiErrorBody`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** HTTP status for each error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  forbidden: 403,
  // 423 Locked: the request is well formed and allowed in general, just not while the lock is on.
  private_mode: 423,
  unknown_channel: 404,
  internal: 500,
};

/** Writes a zod path the way the file format documents it: `responses[12].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
