import type { ScoreResult } from '../scoring/result';
import type { EmbeddedBranding } from './embedded-branding';
import type { ReportIntervention } from './model-types';

/** A figure as the report prints it: a number, a word (band, agreement, "suppressed"), or null. */
export type FigureValue = number | string | null;

/** Tag of the embedded payload; bump when its shape changes. */
export const EMBEDDED_FORMAT = 'edw-report-figures/1';

/** What a report carries inside its PDF so `edw verify` can replay it. */
export interface EmbeddedReport {
  format: typeof EMBEDDED_FORMAT;
  fingerprint: string;
  modelVersion: string;
  instrumentVersion: string;
  language: string;
  flavour: string;
  generatedAt: string;
  figures: Record<string, FigureValue>;
  /**
   * The action plan the room agreed, when the report printed one: names, dates and texts are the
   * room's decisions, not figures, so `edw verify` replays them from here when it renders the
   * report again. Absent when the report printed the recommendations of the scores.
   */
  plan?: EmbeddedPlan;
  /** The report is of demonstration data and says so on its pages. */
  demo?: true;
  /**
   * The consultant's branding the pages were printed with; absent for the app's own look. Printed
   * again from here by `edw verify`, which also says where the workshop's branding now differs.
   */
  branding?: EmbeddedBranding;
}

export interface EmbeddedPlan {
  recommendations: ReportIntervention[];
  alsoRecommended?: ReportIntervention[];
}

/** Marks a breakdown the report hides; it carries no figure at all. */
export const SUPPRESSED = 'suppressed';

/**
 * Every figure the report prints, keyed by where it comes from (`factors.hd.load.mean`).
 * Suppressed role-group figures appear only as the word "suppressed", so the embedded data
 * can never leak what the pages hide.
 */
export function reportFigures(result: ScoreResult): Record<string, FigureValue> {
  const figures: Record<string, FigureValue> = {};
  const put = (key: string, value: FigureValue) => {
    figures[key] = value;
  };
  put('n.participants', result.n.participants);
  put('n.respondents', result.n.respondents);
  put('n.responses', result.n.responses);
  put('n.cantSay', result.n.cantSay);
  // Embedded only when given, so a report of a room without it (any made before it existed)
  // still verifies figure for figure.
  if (result.n.notApplicable > 0) put('n.notApplicable', result.n.notApplicable);
  put('n.round2', result.n.round2);
  put('k', result.anonymityThreshold);
  const putInterval = (key: string, interval: { low: number; high: number } | null) => {
    put(`${key}.low`, interval?.low ?? null);
    put(`${key}.high`, interval?.high ?? null);
  };
  for (const [key, value] of Object.entries(result.indices)) {
    if (key === 'executionDebtIndexInterval') continue;
    put(`indices.${key}`, typeof value === 'boolean' ? String(value) : (value as FigureValue));
  }
  putInterval('indices.executionDebtIndexInterval', result.indices.executionDebtIndexInterval);
  for (const dimension of result.dimensions) {
    put(`dimensions.${dimension.id}.index`, dimension.index);
    putInterval(`dimensions.${dimension.id}.interval`, dimension.interval);
    put(`dimensions.${dimension.id}.n`, dimension.n);
    put(`dimensions.${dimension.id}.factorsScored`, dimension.factorsScored);
  }
  for (const factor of result.factors) {
    const key = `factors.${factor.id}`;
    put(`${key}.mean`, factor.mean);
    putInterval(`${key}.interval`, factor.interval);
    put(`${key}.rwg`, factor.rwg);
    put(`${key}.sd`, factor.sd);
    put(`${key}.n`, factor.n);
    put(`${key}.cantSay`, factor.cantSay);
    put(`${key}.agreement`, factor.agreement);
    put(`${key}.bins`, factor.bins.join(' '));
  }
  for (const item of result.items) {
    const key = `items.${item.id}`;
    put(`${key}.mean`, item.mean);
    put(`${key}.sd`, item.sd);
    put(`${key}.n`, item.n);
    put(`${key}.answers`, [...item.distribution.values, item.distribution.cantSay].join(' '));
    if (item.notApplicable > 0) put(`${key}.notApplicable`, item.notApplicable);
  }
  for (const group of result.groups) {
    const key = `groups.${group.role}`;
    if (group.suppressed) {
      put(key, SUPPRESSED);
      continue;
    }
    put(`${key}.n`, group.n);
    for (const cell of group.factors) {
      if (cell.suppressed) put(`${key}.${cell.id}`, SUPPRESSED);
      else {
        put(`${key}.${cell.id}.mean`, cell.mean);
        put(`${key}.${cell.id}.n`, cell.n);
      }
    }
  }
  for (const gap of result.roleGaps) put(`roleGaps.${gap.factor}`, gap.gap);
  // The map's caption prints the spread; hidden, it is only the word, like a hidden group.
  if (result.spread.suppressed) put('spread', SUPPRESSED);
  else {
    put('spread.n', result.spread.n);
    put('spread.humanDebt.mean', result.spread.humanDebt.mean);
    put('spread.humanDebt.sd', result.spread.humanDebt.sd);
    put('spread.technicalDebt.mean', result.spread.technicalDebt.mean);
    put('spread.technicalDebt.sd', result.spread.technicalDebt.sd);
    put('spread.correlation', result.spread.correlation);
  }
  const { realityCheck, decisions, progressMismatch, visibilityMismatch } = result.evidence;
  put('evidence.realityCheck.entries', realityCheck.entries);
  put('evidence.realityCheck.verified', realityCheck.verified);
  put('evidence.realityCheck.partly', realityCheck.partly);
  put('evidence.realityCheck.ownerClear', realityCheck.ownerClear);
  put('evidence.realityCheck.traceable', realityCheck.traceable);
  put('evidence.realityCheck.gap', realityCheck.gap);
  put('evidence.decisions.entries', decisions.entries);
  put('evidence.decisions.gap', decisions.gap);
  put('evidence.progressMismatch', progressMismatch?.difference ?? null);
  put('evidence.visibilityMismatch', visibilityMismatch?.difference ?? null);
  for (const factor of result.convergence.factors) {
    put(`convergence.${factor.id}.round2.mean`, factor.round2.mean);
    put(`convergence.${factor.id}.round2.sd`, factor.round2.sd);
    put(`convergence.${factor.id}.direction`, factor.direction);
  }
  for (const entry of result.consensus) put(`consensus.${entry.dimension}`, entry.rwg);
  put('findings', result.findings.map((finding) => finding.id).join(' '));
  return figures;
}

/** The payload embedded in a report of this result. */
export function embeddedReportOf(
  result: ScoreResult,
  meta: { language: string; flavour: string; generatedAt: string },
): EmbeddedReport {
  return {
    format: EMBEDDED_FORMAT,
    fingerprint: result.fingerprint.value,
    modelVersion: result.modelVersion,
    instrumentVersion: result.instrumentVersion,
    language: meta.language,
    flavour: meta.flavour,
    generatedAt: meta.generatedAt,
    figures: reportFigures(result),
  };
}

export interface FigureMismatch {
  key: string;
  report: FigureValue | undefined;
  recomputed: FigureValue | undefined;
}

export interface VerifyOutcome {
  ok: boolean;
  /** Figures compared (the union of both sides). */
  checked: number;
  fingerprint: { report: string; recomputed: string; matches: boolean };
  mismatches: FigureMismatch[];
}

/** Compares every embedded figure and the fingerprint with a fresh scoring of the same data. */
export function compareWithResult(embedded: EmbeddedReport, result: ScoreResult): VerifyOutcome {
  const fresh = reportFigures(result);
  const keys = [...new Set([...Object.keys(embedded.figures), ...Object.keys(fresh)])].sort();
  const mismatches: FigureMismatch[] = [];
  for (const key of keys) {
    const report = Object.prototype.hasOwnProperty.call(embedded.figures, key)
      ? embedded.figures[key]
      : undefined;
    const recomputed = Object.prototype.hasOwnProperty.call(fresh, key) ? fresh[key] : undefined;
    if (report !== recomputed) mismatches.push({ key, report, recomputed });
  }
  const fingerprint = {
    report: embedded.fingerprint,
    recomputed: result.fingerprint.value,
    matches: embedded.fingerprint === result.fingerprint.value,
  };
  return {
    ok: fingerprint.matches && mismatches.length === 0,
    checked: keys.length,
    fingerprint,
    mismatches,
  };
}
