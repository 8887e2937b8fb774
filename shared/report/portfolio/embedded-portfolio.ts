import type { PortfolioSelection } from '../../portfolio/selection';
import type { PortfolioCell, PortfolioResult } from '../../portfolio/types';
import { MODEL_VERSION } from '../../scoring/constants';
import { isFigure } from '../embedded';
import { readBrandingRecord, type EmbeddedBranding } from '../embedded-branding';
import type { FigureValue } from '../figures';

// What a portfolio PDF carries so `edw verify` can rebuild it from the store: which workshops it
// compares, at which k, each workshop's fingerprint, and every figure its pages print. The figures
// are those of the PortfolioResult, never of the teams' raw results: a hidden cell is the word
// "hidden" and nothing else, so the embedded data tells no more than the pages
// (docs/anonymity.md, "Portfolio").

/** Tag of the embedded portfolio payload; bump when its shape changes. */
export const PORTFOLIO_EMBEDDED_FORMAT = 'edw-portfolio-figures/1';

/** Marks a cell or a trend point the portfolio hides; it carries no figure at all. */
export const HIDDEN = 'hidden';

/** One workshop the portfolio was built from, as it was when the PDF was made. */
export interface EmbeddedPortfolioWorkshop {
  id: string;
  title: string;
  date: string;
  /** Its ScoreResult fingerprint: data hash + instrument version + model version. */
  fingerprint: string;
}

export interface EmbeddedPortfolio {
  format: typeof PORTFOLIO_EMBEDDED_FORMAT;
  /** The workshops as chosen (ids in the order given) or the client named. */
  selection: PortfolioSelection;
  k: number;
  modelVersion: string;
  instrumentVersions: string[];
  language: string;
  generatedAt: string;
  /** Every workshop of the portfolio, the earlier ones of a team's trend included, oldest first. */
  workshops: EmbeddedPortfolioWorkshop[];
  /** Every figure the pages print, keyed by team and what it is (`Cards · hd.load · value`). */
  figures: Record<string, FigureValue>;
  /** The branding the pages were printed with, so `edw verify` prints them again alike. */
  branding?: EmbeddedBranding;
  /** Some workshop is demonstration data and the pages say so. */
  demo?: true;
}

/** What the renderer is told besides the portfolio, so it can embed where the figures came from. */
export interface PortfolioTrace {
  selection: PortfolioSelection;
  workshops: EmbeddedPortfolioWorkshop[];
}

function putCell(
  figures: Record<string, FigureValue>,
  key: string,
  cell: PortfolioCell | undefined,
): void {
  if (!cell?.shown) {
    // Neither the reason nor anything else: the page marks it `<k` or `–`, which the team row's
    // own n and the other cells already tell.
    figures[`${key} · value`] = HIDDEN;
    return;
  }
  figures[`${key} · value`] = cell.value;
  figures[`${key} · low`] = cell.interval?.low ?? null;
  figures[`${key} · high`] = cell.interval?.high ?? null;
  figures[`${key} · n`] = cell.n;
  if (cell.band !== null) figures[`${key} · band`] = cell.band;
}

/**
 * Every figure the portfolio PDF prints, from the portfolio alone: each team's workshop and cells,
 * its trend, and the patterns. The map's points are cells already (Human, Technical, visibility).
 */
export function portfolioFigures(portfolio: PortfolioResult): Record<string, FigureValue> {
  const figures: Record<string, FigureValue> = { k: portfolio.anonymityThreshold };
  for (const team of portfolio.teams) {
    figures[`${team.label} · workshop`] = team.workshopId;
    portfolio.columns.forEach((column, index) => {
      putCell(figures, `${team.label} · ${column.id}`, team.cells[index]);
    });
    for (const point of team.trend) {
      const byDate = `${team.label} · headline on ${point.date}`;
      // Two workshops of one team on one day: the second is told apart by its id.
      const key = byDate in figures ? `${byDate} (${point.workshopId})` : byDate;
      figures[key] = point.headline ?? HIDDEN;
    }
  }
  for (const pattern of portfolio.patterns) {
    const key = `pattern ${pattern.factor}`;
    figures[`${key} · kind`] = pattern.kind;
    figures[`${key} · high in`] = pattern.highTeams.join(', ');
    figures[`${key} · shown in`] = pattern.shownTeams;
  }
  return figures;
}

/** The payload a portfolio PDF embeds. */
export function embeddedPortfolio(
  portfolio: PortfolioResult,
  trace: PortfolioTrace,
  meta: { language: string; generatedAt: string; branding?: EmbeddedBranding; demo?: boolean },
): EmbeddedPortfolio {
  return {
    format: PORTFOLIO_EMBEDDED_FORMAT,
    selection: trace.selection,
    k: portfolio.anonymityThreshold,
    modelVersion: MODEL_VERSION,
    instrumentVersions: portfolio.instrumentVersions,
    language: meta.language,
    generatedAt: meta.generatedAt,
    workshops: trace.workshops,
    figures: portfolioFigures(portfolio),
    ...(meta.branding ? { branding: meta.branding } : {}),
    ...(meta.demo ? { demo: true as const } : {}),
  };
}

/** `edw:2.0.0:2.0.0:3fa1…` → `edw:2.0.0:2.0.0:3fa1c0de9b71…`, as the one-team report prints it. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.replace(/^(.*:)([0-9a-f]{12})[0-9a-f]+$/, '$1$2…');
}

const isString = (value: unknown): value is string => typeof value === 'string';

function selectionOf(value: unknown): PortfolioSelection | null {
  if (typeof value !== 'object' || value === null) return null;
  const { workshopIds, client } = value as { workshopIds?: unknown; client?: unknown };
  if (Array.isArray(workshopIds) && workshopIds.length > 0 && workshopIds.every(isString)) {
    return client === undefined ? { workshopIds } : null;
  }
  return workshopIds === undefined && isString(client) && client.trim() !== '' ? { client } : null;
}

function workshopOf(value: unknown): EmbeddedPortfolioWorkshop | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, title, date, fingerprint } = value as Partial<Record<string, unknown>>;
  if (![id, title, date, fingerprint].every(isString)) return null;
  return {
    id: id as string,
    title: title as string,
    date: date as string,
    fingerprint: fingerprint as string,
  };
}

/** Whether an embedded payload claims to be a portfolio's (of this or any later format). */
export function isPortfolioPayload(payload: { format?: unknown }): boolean {
  return typeof payload.format === 'string' && payload.format.startsWith('edw-portfolio-figures/');
}

/**
 * The portfolio payload checked for the shape `edw verify` needs, or null when it is not one
 * (altered, or of another format).
 */
export function readEmbeddedPortfolio(payload: unknown): EmbeddedPortfolio | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const candidate = payload as Partial<Record<keyof EmbeddedPortfolio, unknown>>;
  if (candidate.format !== PORTFOLIO_EMBEDDED_FORMAT) return null;
  const selection = selectionOf(candidate.selection);
  const { k, figures } = candidate;
  const workshops = Array.isArray(candidate.workshops) ? candidate.workshops.map(workshopOf) : [];
  if (
    !selection ||
    typeof k !== 'number' ||
    !Number.isInteger(k) ||
    k < 1 ||
    workshops.length === 0 ||
    workshops.some((workshop) => workshop === null) ||
    typeof figures !== 'object' ||
    figures === null ||
    !Object.values(figures).every(isFigure) ||
    !isString(candidate.modelVersion)
  ) {
    return null;
  }
  const branding = readBrandingRecord(candidate.branding);
  if (branding === 'invalid') return null;
  const versions = candidate.instrumentVersions;
  return {
    format: PORTFOLIO_EMBEDDED_FORMAT,
    selection,
    k,
    modelVersion: candidate.modelVersion,
    instrumentVersions: Array.isArray(versions) ? versions.filter(isString) : [],
    language: isString(candidate.language) ? candidate.language : '',
    generatedAt: isString(candidate.generatedAt) ? candidate.generatedAt : '',
    workshops: workshops as EmbeddedPortfolioWorkshop[],
    figures: figures as Record<string, FigureValue>,
    ...(branding ? { branding } : {}),
    ...(candidate.demo === true ? { demo: true as const } : {}),
  };
}

export interface PortfolioFigureMismatch {
  key: string;
  /** undefined: the PDF has no such figure (or the rebuilt portfolio has none). */
  report: FigureValue | undefined;
  recomputed: FigureValue | undefined;
}

/** Every figure of the PDF against the rebuilt portfolio's, in the PDF's order, then new ones. */
export function comparePortfolioFigures(
  report: Record<string, FigureValue>,
  recomputed: Record<string, FigureValue>,
): { checked: number; mismatches: PortfolioFigureMismatch[] } {
  const keys = [...new Set([...Object.keys(report), ...Object.keys(recomputed)])];
  const mismatches: PortfolioFigureMismatch[] = [];
  for (const key of keys) {
    const a = key in report ? report[key] : undefined;
    const b = key in recomputed ? recomputed[key] : undefined;
    if (a !== b) mismatches.push({ key, report: a, recomputed: b });
  }
  return { checked: keys.length, mismatches };
}
