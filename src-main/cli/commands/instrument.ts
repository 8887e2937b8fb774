import { LANGUAGES, type Language } from '../../../shared/domain/workshop';
import {
  getInstrument,
  INSTRUMENTS,
  localizedItems,
  NEW_WORKSHOP_INSTRUMENT,
  type Instrument,
} from '../../../shared/instrument';
import { EXIT_OK, UsageError, type CliIo } from '../io';
import type { ParsedCommand } from '../args';

export function parseLanguage(value: string | undefined): Language {
  if (value === undefined) return 'en';
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, got "${value}"`);
}

/** The released instrument with that version; without one, the one new workshops ask. */
export function parseInstrumentVersion(value: string | undefined): Instrument {
  const instrument = value === undefined ? NEW_WORKSHOP_INSTRUMENT : getInstrument(value);
  if (instrument) return instrument;
  const known = INSTRUMENTS.map((released) => released.version).join(', ');
  throw new UsageError(`--version must be one of ${known}, got "${value ?? ''}"`);
}

/** `edw instrument`: the statements, as text or as the documented JSON. */
export function instrumentCommand(args: ParsedCommand & { version?: string }, io: CliIo): number {
  if (args.positionals.length > 0) throw new UsageError('instrument takes no file');
  const lang = parseLanguage(args.lang);
  const instrument = parseInstrumentVersion(args.version);
  const items = localizedItems(instrument, lang);
  if (args.json) {
    io.out(JSON.stringify({ version: instrument.version, language: lang, items }, null, 2));
    return EXIT_OK;
  }
  const lines = [`Instrument ${instrument.version} (${items.length} statements)`];
  let factor = '';
  for (const item of items) {
    const group = `${item.dimension} / ${item.factor}`;
    if (group !== factor) {
      lines.push('', group);
      factor = group;
    }
    lines.push(`  ${item.id.padEnd(22)} [${item.keyed}] ${item.text}`);
  }
  io.out(lines.join('\n'));
  return EXIT_OK;
}
