import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { workshopFileFrom } from '../../services/workshop-file-service';
import { EXIT_OK, InvalidInputError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import { onePositional, type ParsedCommand } from '../args';

/** `edw export`: a stored workshop as a workshop file, to stdout or `-o`. */
export function exportCommand(args: ParsedCommand, io: CliIo): number {
  const id = onePositional(args, 'workshop id');
  const db = openCliStore(args.dataFile);
  try {
    let file;
    try {
      file = workshopFileFrom(db, id);
    } catch (error) {
      if (error instanceof ApiError) throw new InvalidInputError(error.message);
      throw error;
    }
    const text = `${JSON.stringify(file, null, 2)}\n`;
    if (args.output) {
      const target = resolve(io.cwd, args.output);
      writeFileSync(target, text);
      io.out(`Wrote workshop ${id} to ${target}`);
    } else {
      io.out(text.trimEnd());
    }
    return EXIT_OK;
  } finally {
    db.close();
  }
}
