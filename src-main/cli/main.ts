import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultDataFile } from '../host/data-location';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, InvalidInputError, UsageError, type CliIo } from './io';
import type { ParsedCommand } from './args';
import { instrumentCommand } from './commands/instrument';
import { scoreCommand } from './commands/score';
import { validateCommand } from './commands/validate';
import { importCommand } from './commands/import';
import { exportCommand } from './commands/export';
import { reportCommand } from './commands/report';
import { verifyCommand } from './commands/verify';
import { demoCommand } from './commands/demo';
import { backupsCommand, restoreCommand } from './commands/backups';
import { archiveCommand, unarchiveCommand } from './commands/archive';
import { unlockCommand } from './commands/unlock';
import { templateCommand } from './commands/template';
import { portfolioCommand } from './commands/portfolio';

export const USAGE = `edw — Execution Debt Workshop on the command line

Usage:
  edw instrument [--version x.y.z] [--lang en|es|de|fr] [--json]
                                              the statements of the current instrument, or of
                                              the released version named (1.0.0, 2.0.0)
  edw validate <file.json>                    check a workshop file
  edw score <file.json> [--json]              score a workshop file
  edw import <file.json> [--copy] [--data store.sqlite]
                                              add a workshop file to the app's store; one
                                              already there (same title and date) only with --copy
  edw export <workshop-id> [-o file.json] [--data store.sqlite]   write a workshop as a file
  edw report <file.json|workshop-id> [-o report.pdf] [--brief] [--lang en|es|de|fr] [--data store.sqlite]
                                              the PDF report, full or a three-page brief
  edw portfolio <workshop-id…|--client NAME> -o portfolio.pdf [--csv file.csv] [--lang en|es|de|fr] [--data store.sqlite]
                                              several teams side by side: the portfolio PDF
                                              (decision page first) and, with --csv, its CSV
  edw verify <report.pdf> <file.json|workshop-id> [--data store.sqlite]
                                              replay the scores and check every figure of a report
  edw verify <portfolio.pdf> [--data store.sqlite]
                                              rebuild a portfolio from the store and check it
  edw demo [-o dir] [--lang en|es|de|fr] [--data store.sqlite]
                                              add a demo workshop; write its reports, CSV and file
  edw backups [--data store.sqlite] [--json]  list the backups beside the store, newest first
  edw restore <backup-name> [--data store.sqlite]   put a backup in place of the store
  edw archive <workshop-id> [-o file.edw] [--passphrase-env VAR] [--data store.sqlite]
                                              one workshop as an .edw archive; with a passphrase
                                              (read from the variable VAR) it is encrypted
  edw unarchive <file.edw> [--passphrase-env VAR] [--data store.sqlite]
                                              add an archived workshop as a new workshop
  edw unlock [--data store.sqlite]            end private mode when its PIN is forgotten
  edw template export <id|name> [-o file.json] [--data store.sqlite]
  edw template import <file.json> [--data store.sqlite]
                                              an agenda template as a file, and back

Exit codes: 0 success, 1 invalid input, 2 wrong usage.`;

const OPTIONS = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  data: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  brief: { type: 'boolean' },
  copy: { type: 'boolean' },
  'passphrase-env': { type: 'string' },
  version: { type: 'string' },
  client: { type: 'string' },
  csv: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** Runs one `edw` invocation and returns its exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...argv],
        options: OPTIONS,
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const [command, ...positionals] = parsed.positionals;
    if (parsed.values.help || command === undefined || command === 'help') {
      io.out(USAGE);
      return command === undefined && !parsed.values.help ? EXIT_USAGE : EXIT_OK;
    }
    const args: ParsedCommand = {
      positionals,
      lang: parsed.values.lang,
      json: parsed.values.json ?? false,
      output: parsed.values.output,
      dataFile: parsed.values.data
        ? resolve(io.cwd, parsed.values.data)
        : defaultDataFile({ platform: process.platform, env: io.env, home: homedir() }),
    };
    switch (command) {
      case 'instrument':
        return instrumentCommand({ ...args, version: parsed.values.version }, io);
      case 'validate':
        return validateCommand(args, io);
      case 'score':
        return scoreCommand(args, io);
      case 'import':
        return importCommand({ ...args, copy: parsed.values.copy ?? false }, io);
      case 'export':
        return exportCommand(args, io);
      case 'report':
        return reportCommand({ ...args, brief: parsed.values.brief ?? false }, io);
      case 'portfolio':
        return portfolioCommand(
          { ...args, client: parsed.values.client, csv: parsed.values.csv },
          io,
        );
      case 'verify':
        return await verifyCommand(args, io);
      case 'demo':
        return demoCommand(args, io);
      case 'backups':
        return backupsCommand(args, io);
      case 'restore':
        return restoreCommand(args, io);
      case 'archive':
        return archiveCommand({ ...args, passphraseEnv: parsed.values['passphrase-env'] }, io);
      case 'unlock':
        return unlockCommand(args, io);
      case 'template':
        return templateCommand(args, io);
      case 'unarchive':
        return unarchiveCommand({ ...args, passphraseEnv: parsed.values['passphrase-env'] }, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`edw: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (error instanceof InvalidInputError) {
      io.err(`edw: ${error.message}`);
      return EXIT_INVALID;
    }
    io.err(`edw: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INVALID;
  }
}
