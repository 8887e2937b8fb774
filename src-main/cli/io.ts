/** Where a command writes; tests pass a recorder, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Wrong usage: the command line itself is not understood (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input is readable but invalid, or an operation failed on it (exit 1). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
}
