import type { WorkshopFile } from '../format/workshop-file';
import { DIMENSION_PREFIX, type Instrument } from '../instrument/types';
import type { ScoreResult } from '../scoring/result';

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

export const ANSWER_COLUMNS = [
  'workshop',
  'participant',
  'role',
  'item',
  'dimension',
  'factor',
  'round',
  'value',
] as const;

/**
 * Role groups that may stand beside an alias: a group of fewer than k people would make its
 * members identifiable, and so would the one group left over when the others are named, so
 * the smallest groups are hidden together until what is hidden holds at least k people.
 */
export function rolesShownBeside(file: WorkshopFile): Set<string> {
  const k = file.workshop.anonymityThreshold;
  const sizes = new Map<string, number>();
  for (const participant of file.participants) {
    sizes.set(participant.role, (sizes.get(participant.role) ?? 0) + 1);
  }
  const bySize = [...sizes].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const hidden = new Set(bySize.filter(([, n]) => n < k).map(([role]) => role));
  let hiddenPeople = bySize.filter(([role]) => hidden.has(role)).reduce((sum, [, n]) => sum + n, 0);
  for (const [role, n] of bySize) {
    if (hiddenPeople === 0 || hiddenPeople >= k) break;
    if (hidden.has(role)) continue;
    hidden.add(role);
    hiddenPeople += n;
  }
  return new Set(bySize.map(([role]) => role).filter((role) => !hidden.has(role)));
}

/**
 * One row per answer, by participant alias (never a name), with its role group
 * only where the group is large enough to hide in (`rolesShownBeside`): the raw value 1–5, empty for
 * "can't say". Rows follow the participants' order, then the instrument's, then the round.
 */
export function answersCsv(file: WorkshopFile, instrument: Instrument): string {
  const shownRoles = rolesShownBeside(file);
  const items = new Map(instrument.items.map((item, index) => [item.id, { item, index }]));
  const participants = new Map(
    file.participants.map((participant, index) => [participant.id, { participant, index }]),
  );
  const rows = file.responses
    .filter((response) => items.has(response.item) && participants.has(response.participant))
    .sort((a, b) => {
      const pa = participants.get(a.participant)?.index ?? 0;
      const pb = participants.get(b.participant)?.index ?? 0;
      return (
        pa - pb ||
        (items.get(a.item)?.index ?? 0) - (items.get(b.item)?.index ?? 0) ||
        a.round - b.round
      );
    })
    .map((response): CsvCell[] => {
      const participant = participants.get(response.participant)?.participant;
      const item = items.get(response.item)?.item;
      return [
        file.workshop.title,
        participant?.alias ?? '',
        participant && shownRoles.has(participant.role)
          ? participant.role
          : suppressedNote(file.workshop.anonymityThreshold),
        response.item,
        item?.dimension ?? '',
        item ? `${DIMENSION_PREFIX[item.dimension]}.${item.factor}` : '',
        response.round,
        response.value,
      ];
    });
  return toCsv([[...ANSWER_COLUMNS], ...rows]);
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
] as const;

/** The note a suppressed row carries instead of figures. */
export function suppressedNote(k: number): string {
  return `suppressed (n<${k})`;
}

/**
 * Factor figures for the whole room, then per role group. A suppressed group or cell (fewer
 * than k people, or derivable from the others) keeps its row so the gap is visible, with no
 * figure at all: n, mean, SD and agreement stay empty and the note says why.
 */
export function aggregatesCsv(file: WorkshopFile, result: ScoreResult): string {
  const k = result.anonymityThreshold;
  const title = file.workshop.title;
  const rows: CsvCell[][] = [];
  for (const factor of result.factors) {
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
      factor.mean === null ? 'insufficient data' : '',
    ]);
  }
  const dimensionOf = new Map(result.factors.map((factor) => [factor.id, factor.dimension]));
  const groups = [...result.groups].sort((a, b) =>
    a.role < b.role ? -1 : a.role > b.role ? 1 : 0,
  );
  for (const group of groups) {
    for (const factor of result.factors) {
      const cell = group.suppressed ? null : group.factors.find((entry) => entry.id === factor.id);
      if (group.suppressed || cell === undefined || cell === null || cell.suppressed) {
        rows.push([
          title,
          'role',
          group.role,
          factor.dimension,
          factor.id,
          null,
          null,
          null,
          null,
          suppressedNote(k),
        ]);
        continue;
      }
      rows.push([
        title,
        'role',
        group.role,
        dimensionOf.get(cell.id) ?? factor.dimension,
        cell.id,
        cell.n,
        cell.mean,
        cell.sd,
        cell.agreement,
        cell.mean === null ? 'insufficient data' : '',
      ]);
    }
  }
  return toCsv([[...AGGREGATE_COLUMNS], ...rows]);
}
