import { UsageError } from './io';

/** A command line after option parsing, with the store location already resolved. */
export interface ParsedCommand {
  positionals: string[];
  lang?: string;
  json: boolean;
  dataFile: string;
  output?: string;
}

/** Exactly one positional argument, or wrong usage. */
export function onePositional(args: ParsedCommand, what: string): string {
  if (args.positionals.length !== 1 || !args.positionals[0]) {
    throw new UsageError(`expected one ${what}, got ${args.positionals.length}`);
  }
  return args.positionals[0];
}
