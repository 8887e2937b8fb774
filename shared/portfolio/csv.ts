import { factorWebNames } from '../charts/factor-names';
import type { Language } from '../domain/workshop';
import { hiddenNote, toCsv, type CsvCell } from '../export/csv';
import { INSTRUMENTS } from '../instrument';
import type { Localized } from '../instrument/types';
import { REPORT_TEXTS } from '../report/texts';
import type { PortfolioCell, PortfolioColumn, PortfolioResult, PortfolioTeam } from './types';

/**
 * The portfolio CSV: one row per team and heatmap column, as the portfolio shows them. Column
 * names are fixed (as in every CSV the app writes, so a sheet or script reads any language);
 * the labels and notes are in the language asked for. A hidden cell keeps its row with no figure
 * at all, n included, and the note says why; a last row, team left empty, says which instrument
 * versions were compared and which factors were left out (docs/formats.md, "Portfolio CSV").
 */
export const PORTFOLIO_CSV_COLUMNS = [
  'team',
  'workshop_date',
  'instrument_version',
  'column',
  'column_label',
  'dimension',
  'n',
  'value',
  'interval_low',
  'interval_high',
  'band',
  'note',
] as const;

/** The `column` of the portfolio-level row about instrument versions. */
export const INSTRUMENTS_ROW = 'instruments';

const TEXTS = {
  noData: {
    en: 'no data: nobody answered',
    es: 'sin datos: nadie respondió',
    de: 'keine Daten: niemand hat geantwortet',
    fr: 'aucune donnée : personne n’a répondu',
  },
  teamBelowThreshold: {
    en: 'hidden: fewer than {k} people answered in this team',
    es: 'oculto: menos de {k} personas respondieron en este equipo',
    de: 'verborgen: In diesem Team haben weniger als {k} Personen geantwortet',
    fr: 'masqué : moins de {k} personnes ont répondu dans cette équipe',
  },
  instrumentsLabel: {
    en: 'Instrument versions compared',
    es: 'Versiones del instrumento comparadas',
    de: 'Verglichene Fragebogenversionen',
    fr: 'Versions du questionnaire comparées',
  },
  oneVersion: {
    en: 'Every team answered instrument {versions}.',
    es: 'Todos los equipos respondieron el instrumento {versions}.',
    de: 'Alle Teams haben den Fragebogen {versions} beantwortet.',
    fr: 'Toutes les équipes ont répondu au questionnaire {versions}.',
  },
  mixedVersions: {
    en: 'Teams answered instruments {versions}: compared only on the factors they share; not compared: {left}.',
    es: 'Los equipos respondieron los instrumentos {versions}: se comparan solo en los factores comunes; sin comparar: {left}.',
    de: 'Die Teams haben die Fragebögen {versions} beantwortet: verglichen nur bei den gemeinsamen Faktoren; nicht verglichen: {left}.',
    fr: 'Les équipes ont répondu aux questionnaires {versions} : comparées uniquement sur les facteurs communs ; non comparés : {left}.',
  },
} satisfies Record<string, Localized>;

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Factor and dimension names from the newest instrument: it names every factor of the older. */
function namesIn(language: Language) {
  const newest = INSTRUMENTS[INSTRUMENTS.length - 1];
  return newest ? factorWebNames(newest, language) : { factors: {}, dimensions: {} };
}

function noteFor(cell: PortfolioCell, team: PortfolioTeam, language: Language, k: number): string {
  if (cell.shown) return '';
  if (team.withheld) return fill(TEXTS.teamBelowThreshold[language], { k });
  return cell.reason === 'no_data' ? TEXTS.noData[language] : hiddenNote(cell.reason, language, k);
}

function versionsNote(portfolio: PortfolioResult, language: Language): string {
  const versions = portfolio.instrumentVersions.join(', ');
  if (portfolio.instrumentVersions.length <= 1 && portfolio.factorsNotShared.length === 0) {
    return fill(TEXTS.oneVersion[language], { versions });
  }
  return fill(TEXTS.mixedVersions[language], {
    versions,
    left: portfolio.factorsNotShared.join(', '),
  });
}

/** The portfolio as CSV text (CRLF line ends, formula-looking text defused, no BOM). */
export function portfolioCsv(portfolio: PortfolioResult, language: Language): string {
  const k = portfolio.anonymityThreshold;
  const names = namesIn(language);
  const labelOf = (column: PortfolioColumn): string => {
    if (column.kind === 'headline') return REPORT_TEXTS.headlineLabel[language];
    if (column.kind === 'dimension') return names.dimensions[column.id] ?? column.id;
    return names.factors[column.id] ?? column.id;
  };
  const dimensionOf = (column: PortfolioColumn): string =>
    column.kind === 'headline' ? '' : column.kind === 'dimension' ? column.id : column.dimension;
  const rows: CsvCell[][] = [];
  for (const team of portfolio.teams) {
    portfolio.columns.forEach((column, index) => {
      const cell = team.cells[index] ?? { shown: false as const, reason: 'no_data' as const };
      rows.push([
        team.label,
        team.date,
        team.instrumentVersion,
        column.id,
        labelOf(column),
        dimensionOf(column),
        cell.shown ? cell.n : null,
        cell.shown ? cell.value : null,
        cell.shown ? (cell.interval?.low ?? null) : null,
        cell.shown ? (cell.interval?.high ?? null) : null,
        cell.shown ? cell.band : null,
        noteFor(cell, team, language, k),
      ]);
    });
  }
  rows.push([
    '',
    '',
    portfolio.instrumentVersions.join(' '),
    INSTRUMENTS_ROW,
    TEXTS.instrumentsLabel[language],
    '',
    null,
    null,
    null,
    null,
    null,
    versionsNote(portfolio, language),
  ]);
  return toCsv([[...PORTFOLIO_CSV_COLUMNS], ...rows]);
}

/** `portfolio-<latest workshop date>.csv`. */
export function portfolioCsvFilename(portfolio: PortfolioResult): string {
  const latest = portfolio.teams.reduce((date, team) => (team.date > date ? team.date : date), '');
  return latest === '' ? 'portfolio.csv' : `portfolio-${latest}.csv`;
}
