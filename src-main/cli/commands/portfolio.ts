import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { CSV_BOM } from '../../../shared/export/csv';
import { portfolioCsv } from '../../../shared/portfolio/csv';
import { PortfolioSelectionInput } from '../../../shared/portfolio/selection';
import { loadReportFonts } from '../../report/fonts';
import { makePortfolioReport } from '../../report/portfolio-report';
import type { ParsedCommand } from '../args';
import { EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';
import { openCliStore } from '../open-cli-store';
import { reportLanguage } from './report';

/**
 * `edw portfolio <ids…|--client NAME> -o file.pdf [--csv file.csv]`: the portfolio PDF of stored
 * workshops, and its CSV. Every check runs and both files are made before either is written, so a
 * refusal writes nothing.
 */
export function portfolioCommand(
  args: ParsedCommand & { client?: string | undefined; csv?: string | undefined },
  io: CliIo,
): number {
  const ids = args.positionals;
  if (ids.length > 0 && args.client !== undefined) {
    throw new UsageError('give workshop ids or --client NAME, not both');
  }
  if (ids.length === 0 && args.client === undefined) {
    throw new UsageError('expected workshop ids or --client NAME');
  }
  if (args.output === undefined) throw new UsageError('-o file.pdf is required');
  const language = reportLanguage(args.lang) ?? 'en';
  const parsed = PortfolioSelectionInput.safeParse(
    args.client !== undefined ? { client: args.client } : { workshopIds: ids },
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')} ` : '';
    throw new InvalidInputError(`the selection ${where}${issue?.message ?? 'is not valid'}`);
  }
  // A store that is not there holds no workshop: say so rather than create an empty one.
  if (!existsSync(args.dataFile)) {
    throw new InvalidInputError(`no store at ${args.dataFile}: no workshop is stored there`);
  }
  const db = openCliStore(args.dataFile);
  let made;
  try {
    made = makePortfolioReport(db, parsed.data, {
      language,
      generatedAt: new Date(),
      fonts: loadReportFonts(),
    });
  } catch (error) {
    if (error instanceof ApiError) throw new InvalidInputError(error.message);
    throw error;
  } finally {
    db.close();
  }
  const csv = args.csv === undefined ? null : CSV_BOM + portfolioCsv(made.portfolio, language);
  const target = resolve(io.cwd, args.output);
  writeFileSync(target, made.pdf);
  const teams = made.portfolio.teams.length;
  io.out(`Wrote the portfolio of ${teams} team${teams === 1 ? '' : 's'} to ${target}`);
  if (csv !== null && args.csv !== undefined) {
    const csvTarget = resolve(io.cwd, args.csv);
    writeFileSync(csvTarget, csv, 'utf8');
    io.out(`Wrote its CSV to ${csvTarget}`);
  }
  return EXIT_OK;
}
