import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LANGUAGES, type Language } from '../../../shared/domain/workshop';
import { makeReport } from '../../report/make-report';
import { reportSourceFromArgument } from '../../report/workshop-source';
import { onePositional, type ParsedCommand } from '../args';
import { EXIT_OK, InvalidInputError, UsageError, type CliIo } from '../io';

/** `--lang` as a report language, or the workshop's own when absent. */
export function reportLanguage(lang: string | undefined): Language | undefined {
  if (lang === undefined) return undefined;
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, got "${lang}"`);
  }
  return lang as Language;
}

/** `edw report`: the PDF report of a workshop file or stored workshop, full or `--brief`. */
export function reportCommand(args: ParsedCommand & { brief: boolean }, io: CliIo): number {
  const source = onePositional(args, 'workshop file or workshop id');
  const language = reportLanguage(args.lang);
  // A stored workshop brings its agreed plan and branding, as in the app; a workshop file has none.
  const { file, plan, demo, branding } = reportSourceFromArgument(
    source,
    io.cwd,
    args.dataFile,
    language,
  );
  let report;
  try {
    report = makeReport(file, {
      flavour: args.brief ? 'brief' : 'full',
      ...(language ? { language } : {}),
      generatedAt: new Date(),
      ...(plan ?? {}),
      ...(demo ? { demo } : {}),
      ...(branding ? { branding } : {}),
    });
  } catch (error) {
    throw new InvalidInputError(`${source}: ${(error as Error).message}`);
  }
  const target = resolve(io.cwd, args.output ?? report.filename);
  writeFileSync(target, report.pdf);
  io.out(
    `Wrote the ${args.brief ? 'brief' : 'full'} report of "${file.workshop.title}" to ${target}`,
  );
  io.out(`Fingerprint ${report.result.fingerprint.value}`);
  return EXIT_OK;
}
