import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { listTemplates } from '../../store/repositories/agenda-templates';
import { templatesHandlers } from '../../services/templates-service';
import { EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import type { ParsedCommand } from '../args';

/**
 * `edw template export <id-or-name> [-o file]` and `edw template import <file>`: the agenda
 * template file of docs/formats.md; an invalid file is refused and stores nothing.
 */
export function templateCommand(args: ParsedCommand, io: CliIo): number {
  const [action, target, ...rest] = args.positionals;
  if ((action !== 'export' && action !== 'import') || !target || rest.length > 0) {
    throw new UsageError('expected "template export <template>" or "template import <file>"');
  }
  const db = openCliStore(args.dataFile);
  try {
    const handlers = templatesHandlers(db, {
      clock: () => new Date(),
      dataFile: args.dataFile,
      version: '',
      transport: 'http',
    });
    try {
      if (action === 'import') {
        const template = handlers['template:import']({
          text: readFileSync(resolve(io.cwd, target), 'utf8'),
        });
        io.out(
          `Imported agenda template "${template.name}" (${template.id}) into ${args.dataFile}`,
        );
        return EXIT_OK;
      }
      const found = listTemplates(db).find(
        (item) => item.id === target || item.name.toLowerCase() === target.toLowerCase(),
      );
      if (!found) throw new InvalidInputError(`No agenda template with id or name "${target}"`);
      const file = handlers['template:export']({ id: found.id });
      if (args.output) {
        writeFileSync(resolve(io.cwd, args.output), file.text);
        io.out(`Wrote agenda template "${found.name}" to ${args.output}`);
      } else {
        io.out(file.text.trimEnd());
      }
      return EXIT_OK;
    } catch (error) {
      if (error instanceof ApiError) throw new InvalidInputError(error.message);
      throw error;
    }
  } finally {
    db.close();
  }
}
