import { EXIT_OK, type CliIo } from '../io';
import { onePositional, type ParsedCommand } from '../args';
import { readWorkshopFile } from '../read-workshop-file';

/** `edw validate`: exit 0 and a one-line summary, or exit 1 with the first errors by path. */
export function validateCommand(args: ParsedCommand, io: CliIo): number {
  const path = onePositional(args, 'workshop file');
  const file = readWorkshopFile(path, io.cwd);
  io.out(
    `${path}: valid (${file.participants.length} participants, ${file.responses.length} answers, ` +
      `${file.realityCheck.length} Reality Check entries, ${file.decisions.length} Decision Replay entries)`,
  );
  return EXIT_OK;
}
