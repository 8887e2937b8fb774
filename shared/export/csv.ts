import { clientStatementFigures } from '../client-statements/file-figures';
import { meetsThreshold, type HiddenReason } from '../disclosure/suppression';
import type { Language } from '../domain/workshop';
import type { WorkshopFile } from '../format/workshop-file';
import { NOT_APPLICABLE, type Instrument, type Localized } from '../instrument/types';
import { factorKey } from '../scoring/model';
import type { FactorScore, ScoreResult } from '../scoring/result';

/** Byte-order mark that makes spreadsheet programs read the UTF-8 accents right. */
export const CSV_BOM = '\uFEFF';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180 style: quoted when it holds a comma, quote or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (= + - @, tab, CR first) gets a leading
 * apostrophe. Numbers are written as they are: they never start with those characters here.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 asks; ends with a line break. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Appended to every kind, after the columns it always had (so they keep their places): whose
 * statement a row is about, the instrument's or the client's own (never scored, in rows after the
 * instrument's), and for the client's its text and keying.
 */
export const CLIENT_COLUMNS = ['source', 'statement_text', 'reversed'] as const;

/** The three cells of `CLIENT_COLUMNS` for a row about one of the instrument's statements. */
const INSTRUMENT_SOURCE: CsvCell[] = ['instrument', '', ''];

/** The three cells of `CLIENT_COLUMNS` for a client statement. */
function clientSource(statement: { text: string; reversed: boolean }): CsvCell[] {
  return ['client', statement.text, statement.reversed ? 'true' : 'false'];
}

/** Per statement and round: how many gave each answer. No row belongs to a person. */
export const STATEMENT_COUNT_COLUMNS = [
  'workshop',
  'item',
  'dimension',
  'factor',
  'round',
  'n',
  'answered_1',
  'answered_2',
  'answered_3',
  'answered_4',
  'answered_5',
  'cant_say',
  'not_applicable',
  'note',
  ...CLIENT_COLUMNS,
] as const;

/** The notes a CSV row carries instead of figures, in the workshop's language. */
const CSV_NOTES = {
  belowThreshold: {
    en: 'hidden: fewer than {k} people',
    es: 'oculto: menos de {k} personas',
    de: 'verborgen: weniger als {k} Personen',
    fr: 'masqué : moins de {k} personnes',
  },
  complementary: {
    en: 'hidden so that a smaller group cannot be worked out',
    es: 'oculto para que no se pueda deducir un grupo más pequeño',
    de: 'verborgen, damit sich keine kleinere Gruppe erschließen lässt',
    fr: "masqué pour qu'un groupe plus petit ne puisse pas être déduit",
  },
  roomBelowThreshold: {
    en: 'hidden: fewer than {k} people answered in the whole room',
    es: 'oculto: menos de {k} personas respondieron en toda la sala',
    de: 'verborgen: In der ganzen Gruppe haben weniger als {k} Personen geantwortet',
    fr: 'masqué : moins de {k} personnes ont répondu dans toute la salle',
  },
  clientBelowThreshold: {
    en: 'withheld: fewer than {k} people gave a value',
    es: 'retenida: menos de {k} personas dieron un valor',
    de: 'zurückgehalten: weniger als {k} Personen haben einen Wert angegeben',
    fr: 'masquée : moins de {k} personnes ont donné une valeur',
  },
  insufficient: {
    en: 'insufficient data',
    es: 'datos insuficientes',
    de: 'unzureichende Daten',
    fr: 'données insuffisantes',
  },
} satisfies Record<string, Localized>;

function note(key: keyof typeof CSV_NOTES, language: Language, k: number): string {
  return CSV_NOTES[key][language].replace('{k}', String(k));
}

/**
 * The client's own statements as the CSV exports give them: the figures when shown, else the note
 * that says why not (the whole room below k, or too few answers to this statement).
 */
function clientStatementRows(
  file: WorkshopFile,
  result: Pick<ScoreResult, 'roomWithheld'>,
  language: Language,
  k: number,
) {
  return clientStatementFigures(file, k).map(({ statement, summary }) => {
    const hidden = result.roomWithheld
      ? note('roomBelowThreshold', language, k)
      : summary.shown
        ? null
        : note('clientBelowThreshold', language, k);
    return { statement, shown: hidden === null && summary.shown ? summary : null, hidden };
  });
}

/** The note a hidden row carries: why it is hidden, never how many it hides. */
export function hiddenNote(reason: HiddenReason, language: Language, k: number): string {
  return note(reason === 'complementary' ? 'complementary' : 'belowThreshold', language, k);
}

/**
 * The default answers export: per statement and round, how many gave each answer. It carries no
 * alias and no per-person row, so nothing in it can be matched against a group's figures to find
 * who is who (docs/anonymity.md). A statement fewer than k answered, or any statement of a room
 * below k, keeps its row with its n and no counts.
 */
export function answersCsv(
  file: WorkshopFile,
  instrument: Instrument,
  result: ScoreResult,
): string {
  const k = result.anonymityThreshold;
  const language = file.workshop.language;
  const known = new Set(file.participants.map((participant) => participant.id));
  const tally = new Map<string, { values: number[]; cantSay: number; notApplicable: number }>();
  for (const response of file.responses) {
    if (!known.has(response.participant)) continue;
    const key = `${response.item}|${response.round}`;
    const entry = tally.get(key) ?? { values: [0, 0, 0, 0, 0], cantSay: 0, notApplicable: 0 };
    if (response.value === null) entry.cantSay += 1;
    else if (response.value === NOT_APPLICABLE) entry.notApplicable += 1;
    else entry.values[response.value - 1] = (entry.values[response.value - 1] ?? 0) + 1;
    tally.set(key, entry);
  }
  const rows: CsvCell[][] = [];
  for (const item of instrument.items) {
    for (const round of [1, 2] as const) {
      const entry = tally.get(`${item.id}|${round}`);
      if (entry === undefined) continue;
      const n = entry.values.reduce((sum, value) => sum + value, 0);
      const hidden = result.roomWithheld
        ? note('roomBelowThreshold', language, k)
        : meetsThreshold(n, k)
          ? null
          : note('belowThreshold', language, k);
      rows.push([
        file.workshop.title,
        item.id,
        item.dimension,
        factorKey(item.dimension, item.factor),
        round,
        n,
        ...(hidden === null ? entry.values : [null, null, null, null, null]),
        hidden === null ? entry.cantSay : null,
        hidden === null ? entry.notApplicable : null,
        hidden ?? '',
        ...INSTRUMENT_SOURCE,
      ]);
    }
  }
  // The client's own statements, one round only. Withheld whole below k: not even n, "can't say"
  // or "not applicable", which with the room's size would tell how many answered.
  for (const { statement, shown, hidden } of clientStatementRows(file, result, language, k)) {
    rows.push([
      file.workshop.title,
      statement.id,
      '',
      '',
      1,
      shown ? shown.n : null,
      ...(shown ? shown.distribution : [null, null, null, null, null]),
      shown ? shown.cantSay : null,
      shown ? shown.notApplicable : null,
      hidden ?? '',
      ...clientSource(statement),
    ]);
  }
  return toCsv([[...STATEMENT_COUNT_COLUMNS], ...rows]);
}

export const ANSWER_BY_ALIAS_COLUMNS = [
  'workshop',
  'participant',
  'role',
  'item',
  'dimension',
  'factor',
  'round',
  'value',
  ...CLIENT_COLUMNS,
] as const;

/**
 * The facilitator's own export, asked for by name and with a warning: one row per answer, by
 * alias. Anyone who knows who had which alias can read each person's answers, and anyone holding
 * it beside a group's figures can search for the members who match them. A role stands beside an
 * alias only for the groups the results show (`ScoreResult.groups`, decided by the one disclosure
 * algorithm), never for a group below k or one hidden to protect it.
 */
export function answersByAliasCsv(
  file: WorkshopFile,
  instrument: Instrument,
  result: ScoreResult,
): string {
  const k = result.anonymityThreshold;
  const language = file.workshop.language;
  const hiddenRole = new Map<string, HiddenReason>();
  const shownRoles = new Set<string>();
  for (const group of result.groups) {
    if (group.suppressed) hiddenRole.set(group.role, group.reason);
    else shownRoles.add(group.role);
  }
  const roleCell = (role: string): string =>
    shownRoles.has(role) && !result.roomWithheld
      ? role
      : hiddenNote(hiddenRole.get(role) ?? 'below_threshold', language, k);
  const items = new Map(instrument.items.map((item, index) => [item.id, { item, index }]));
  // By alias, never by the order people were added: that order is the facilitator's list.
  const participants = new Map(
    file.participants.map((participant) => [participant.id, participant]),
  );
  const rows = file.responses
    .filter((response) => items.has(response.item) && participants.has(response.participant))
    .sort((a, b) => {
      const aliasA = participants.get(a.participant)?.alias ?? '';
      const aliasB = participants.get(b.participant)?.alias ?? '';
      return (
        aliasA.localeCompare(aliasB, 'en', { numeric: true }) ||
        (items.get(a.item)?.index ?? 0) - (items.get(b.item)?.index ?? 0) ||
        a.round - b.round
      );
    })
    .map((response): CsvCell[] => {
      const participant = participants.get(response.participant);
      const item = items.get(response.item)?.item;
      return [
        file.workshop.title,
        participant?.alias ?? '',
        roleCell(participant?.role ?? ''),
        response.item,
        item?.dimension ?? '',
        item ? factorKey(item.dimension, item.factor) : '',
        response.round,
        response.value,
        ...INSTRUMENT_SOURCE,
      ];
    });
  // The client's own answers after the instrument's, by alias, then in the statements' order.
  const clientRows = (file.clientStatements ?? [])
    .flatMap((statement, position) =>
      statement.answers
        .filter((answer) => participants.has(answer.participant))
        .map((answer) => ({ statement, position, answer })),
    )
    .sort((a, b) => {
      const aliasA = participants.get(a.answer.participant)?.alias ?? '';
      const aliasB = participants.get(b.answer.participant)?.alias ?? '';
      return aliasA.localeCompare(aliasB, 'en', { numeric: true }) || a.position - b.position;
    })
    .map(({ statement, answer }): CsvCell[] => [
      file.workshop.title,
      participants.get(answer.participant)?.alias ?? '',
      roleCell(participants.get(answer.participant)?.role ?? ''),
      statement.id,
      '',
      '',
      1,
      answer.value,
      ...clientSource(statement),
    ]);
  return toCsv([[...ANSWER_BY_ALIAS_COLUMNS], ...rows, ...clientRows]);
}

export const AGGREGATE_COLUMNS = [
  'workshop',
  'scope',
  'role',
  'dimension',
  'factor',
  'n',
  'mean',
  'sd',
  'agreement',
  'note',
  ...CLIENT_COLUMNS,
] as const;

/**
 * Factor figures for the whole room, then per role group, exactly as the scored result shows
 * them (it has been through the disclosure step). A hidden group or cell keeps its row so the gap
 * is visible, with no figure at all: n, mean, SD and agreement stay empty and the note says why.
 */
export function aggregatesCsv(file: WorkshopFile, result: ScoreResult): string {
  const k = result.anonymityThreshold;
  const language = file.workshop.language;
  const title = file.workshop.title;
  const rows: CsvCell[][] = [];
  const hiddenRow = (scope: string, role: string, factor: FactorScore, why: string): CsvCell[] => [
    title,
    scope,
    role,
    factor.dimension,
    factor.id,
    null,
    null,
    null,
    null,
    why,
    ...INSTRUMENT_SOURCE,
  ];
  for (const factor of result.factors) {
    if (result.roomWithheld) {
      rows.push(hiddenRow('overall', '', factor, note('roomBelowThreshold', language, k)));
      continue;
    }
    rows.push([
      title,
      'overall',
      '',
      factor.dimension,
      factor.id,
      factor.n,
      factor.mean,
      factor.sd,
      factor.agreement,
      factor.withheld
        ? note('belowThreshold', language, k)
        : factor.mean === null
          ? note('insufficient', language, k)
          : '',
      ...INSTRUMENT_SOURCE,
    ]);
  }
  const groups = [...result.groups].sort((a, b) =>
    a.role < b.role ? -1 : a.role > b.role ? 1 : 0,
  );
  for (const group of groups) {
    for (const factor of result.factors) {
      if (group.suppressed) {
        rows.push(hiddenRow('role', group.role, factor, hiddenNote(group.reason, language, k)));
        continue;
      }
      const cell = group.factors.find((entry) => entry.id === factor.id);
      if (cell === undefined || cell.suppressed) {
        const reason = cell?.suppressed ? cell.reason : 'below_threshold';
        rows.push(hiddenRow('role', group.role, factor, hiddenNote(reason, language, k)));
        continue;
      }
      rows.push([
        title,
        'role',
        group.role,
        factor.dimension,
        cell.id,
        cell.n,
        cell.mean,
        cell.sd,
        cell.agreement,
        cell.mean === null ? note('insufficient', language, k) : '',
        ...INSTRUMENT_SOURCE,
      ]);
    }
  }
  // The client's own statements last, scope `client`, their id in `factor`: the mean is on the
  // answers' own 1–5 scale, not a 0–100 debt score, and no role group is ever given for them.
  for (const { statement, shown, hidden } of clientStatementRows(file, result, language, k)) {
    rows.push([
      title,
      'client',
      '',
      '',
      statement.id,
      shown ? shown.n : null,
      shown ? Math.round(shown.mean * 100) / 100 : null,
      null,
      null,
      hidden ?? '',
      ...clientSource(statement),
    ]);
  }
  return toCsv([[...AGGREGATE_COLUMNS], ...rows]);
}
