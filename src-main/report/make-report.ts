import type { WorkshopFile } from '../../shared/format/workshop-file';
import { loadReportFonts } from './fonts';
import { renderReport, type MadeReport, type ReportOptions } from './report-core';

export { reportFilename, type MadeReport, type ReportOptions } from './report-core';

/** Scores a workshop file and renders its report; throws when the instrument is unknown. */
export function makeReport(file: WorkshopFile, options: ReportOptions): MadeReport {
  return renderReport(file, options, loadReportFonts());
}
