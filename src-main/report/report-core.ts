import type { Branding } from '../../shared/branding/branding';
import type { Language } from '../../shared/domain/workshop';
import { titleSlug } from '../../shared/format/title-slug';
import { recordBranding } from '../../shared/report/embedded-branding';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import { getInstrument } from '../../shared/instrument';
import {
  buildReportModel,
  type ReportFlavour,
  type ReportIntervention,
  type ReportModel,
} from '../../shared/report/model';
import {
  renderReportPdf,
  type ReportFonts,
  type TextRecorder,
} from '../../shared/report/render-pdf';
import { scoreWorkshop } from '../../shared/scoring';
import {
  actionPlanForReport,
  recommendInterventions,
  reportInterventions,
} from '../../shared/interventions';
import type { ScoreResult } from '../../shared/scoring/result';

// Kept apart from make-report.ts, which finds the fonts on disk: the report worker imports this
// module and is handed the fonts, so nothing it bundles depends on where its own file lies.

export interface MadeReport {
  pdf: Uint8Array;
  /** What the pages were laid out from (its tables, tiles and labels). */
  model: ReportModel;
  result: ScoreResult;
  filename: string;
}

export interface ReportOptions {
  flavour: ReportFlavour;
  language?: Language;
  generatedAt: Date;
  recommendations?: readonly ReportIntervention[];
  alsoRecommended?: readonly ReportIntervention[];
  /** Demonstration data (the stored workshop's flag, or `edw demo`): marked on every page. */
  demo?: boolean;
  /** The consultant's branding (the workshop's own, else the installation's); none: the app's look. */
  branding?: Branding;
}

/** A file-system-safe name from the workshop title and date, e.g. `payments-2026-11-20-full.pdf`. */
export function reportFilename(file: WorkshopFile, suffix: string, extension = 'pdf'): string {
  return `${titleSlug(file.workshop.title)}-${file.workshop.date}-${suffix}.${extension}`;
}

/**
 * Scores a workshop file and renders its report with `fonts`; throws when the instrument is
 * unknown. `onText` hears every piece of text drawn, page by page (what `edw verify` compares).
 */
export function renderReport(
  file: WorkshopFile,
  options: ReportOptions,
  fonts: ReportFonts,
  onText?: TextRecorder,
): MadeReport {
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument)
    throw new Error(`unknown instrument version "${file.workshop.instrumentVersion ?? ''}"`);
  const result = scoreWorkshop(file, instrument);
  const model = buildReportModel({
    file,
    result,
    instrument,
    language: options.language ?? file.workshop.language,
    flavour: options.flavour,
    generatedAt: options.generatedAt.toISOString(),
    ...(options.demo ? { demo: true } : {}),
    // One way to build a report: without an agreed plan (the CLI, the demo) the recommendations
    // fill page one exactly as they do in the app before the room has agreed anything.
    ...(options.recommendations
      ? {
          recommendations: options.recommendations,
          ...(options.alsoRecommended ? { alsoRecommended: options.alsoRecommended } : {}),
        }
      : reportInterventions(
          actionPlanForReport({
            language: options.language ?? file.workshop.language,
            recommendations: recommendInterventions(result),
            findings: result.findings,
            actions: [],
            instrument,
          }),
        )),
  });
  // An agreed plan is the room's decision, not a figure: the report carries it so `edw verify`
  // can print the same pages again from the workshop's answers.
  const embedded = {
    ...model.embedded,
    ...(options.recommendations
      ? {
          plan: {
            recommendations: [...options.recommendations],
            ...(options.alsoRecommended ? { alsoRecommended: [...options.alsoRecommended] } : {}),
          },
        }
      : {}),
    // Replayed by `edw verify`, so its pages carry the same marking.
    ...(options.demo ? { demo: true as const } : {}),
    // Printed again by `edw verify`, which also names what the workshop's branding changed since.
    ...(options.branding ? { branding: recordBranding(options.branding) } : {}),
  };
  return {
    pdf: renderReportPdf(
      { ...model, embedded },
      {
        fonts,
        ...(onText ? { onText } : {}),
        ...(options.branding ? { branding: options.branding } : {}),
      },
    ),
    model,
    result,
    filename: reportFilename(file, options.flavour),
  };
}
