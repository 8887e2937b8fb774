import type { Branding } from '../../shared/branding/branding';
import { LANGUAGES, type Language } from '../../shared/domain/workshop';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { getInstrument } from '../../shared/instrument';
import { readEmbeddedReport } from '../../shared/report/embedded';
import {
  brandingOfRecord,
  compareBranding,
  type BrandingDifference,
  type EmbeddedBranding,
} from '../../shared/report/embedded-branding';
import {
  compareWithResult,
  type EmbeddedReport,
  type VerifyOutcome,
} from '../../shared/report/figures';
import { comparePrintedFigures, type PrintedComparison } from '../../shared/report/printed-figures';
import { MODEL_VERSION, scoreWorkshop } from '../../shared/scoring';
import { loadReportFonts } from './fonts';
import { readPdfText } from './pdf-text';
import { renderReport } from './report-core';

export type ReportCheck =
  | { kind: 'not_pdf' | 'missing' | 'unreadable' }
  | { kind: 'unknown_instrument'; version: string }
  /** Made by another version of the scoring model: its figures cannot be replayed by this one. */
  | { kind: 'other_model'; report: string; current: string }
  | {
      kind: 'checked';
      ok: boolean;
      /** The embedded figures against the recomputation. */
      embedded: VerifyOutcome;
      /** The figures printed on the pages against the pages rendered again from the recomputation. */
      printed: PrintedComparison;
      branding: BrandingCheck;
    };

/**
 * The report's branding against the workshop's present one: `differences` lists each field that
 * changed since (empty when none did), or is null when the workshop came from a workshop file,
 * which carries no branding to compare with.
 */
export interface BrandingCheck {
  report: EmbeddedBranding | null;
  differences: BrandingDifference[] | null;
}

const FLAVOURS = ['full', 'brief'] as const;

/** The options the report was rendered with, as its embedded figures record them. */
function renderOptionsOf(embedded: EmbeddedReport) {
  const flavour = FLAVOURS.find((entry) => entry === embedded.flavour);
  const language = LANGUAGES.find((entry): entry is Language => entry === embedded.language);
  const generatedAt = new Date(embedded.generatedAt);
  if (!flavour || !language || Number.isNaN(generatedAt.getTime())) return undefined;
  return {
    flavour,
    language,
    generatedAt,
    ...(embedded.demo ? { demo: true } : {}),
    // The pages are printed again with the branding they were printed with, so the figures are
    // compared as they are; a branding changed since is a difference of its own (`BrandingCheck`).
    ...(embedded.branding ? { branding: brandingOfRecord(embedded.branding) } : {}),
    ...(embedded.plan
      ? {
          recommendations: embedded.plan.recommendations,
          ...(embedded.plan.alsoRecommended
            ? { alsoRecommended: embedded.plan.alsoRecommended }
            : {}),
        }
      : {}),
  };
}

const runsOf = (pages: Awaited<ReturnType<typeof readPdfText>>): string[][] =>
  pages.map((page) => page.runs.map((run) => run.text));

/** The workshop's present branding, when it is known (a stored workshop); `undefined`: none. */
export interface PresentBranding {
  branding: Branding | undefined;
}

/**
 * Checks a report against the workshop it claims to show: scores the workshop again, compares the
 * figures embedded in the PDF with the new scores, renders the report again from them and
 * compares every figure printed on every page with the one the new rendering prints there.
 * With `present` (a stored workshop), the branding the report records is compared with it.
 */
export async function checkReport(
  bytes: Uint8Array,
  file: WorkshopFile,
  present?: PresentBranding,
): Promise<ReportCheck> {
  const read = readEmbeddedReport(bytes);
  if (!read.ok) return { kind: read.reason };
  const { embedded } = read;
  const version = file.workshop.instrumentVersion ?? '';
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) return { kind: 'unknown_instrument', version };
  if (embedded.modelVersion !== MODEL_VERSION) {
    return { kind: 'other_model', report: embedded.modelVersion, current: MODEL_VERSION };
  }
  const options = renderOptionsOf(embedded);
  if (!options) return { kind: 'unreadable' };
  // The pages are read on a worker thread while this one scores and renders again.
  const reading = readPdfText(bytes).then(
    (pages) => runsOf(pages),
    () => null,
  );
  const outcome = compareWithResult(embedded, scoreWorkshop(file, instrument));
  // The same report rendered again from the new scores; what it draws is what the pages must show.
  const drawn: string[][] = [];
  renderReport(file, options, loadReportFonts(), (page, text) => {
    while (drawn.length < page) drawn.push([]);
    drawn[page - 1]?.push(text);
  });
  const printedPages = await reading;
  if (!printedPages) return { kind: 'unreadable' };
  const printed = comparePrintedFigures(printedPages, drawn);
  const branding: BrandingCheck = {
    report: embedded.branding ?? null,
    differences: present ? compareBranding(embedded.branding, present.branding) : null,
  };
  return {
    kind: 'checked',
    ok:
      outcome.ok &&
      printed.mismatches.length === 0 &&
      printed.pages.report === printed.pages.recomputed &&
      (branding.differences?.length ?? 0) === 0,
    embedded: outcome,
    printed,
    branding,
  };
}
