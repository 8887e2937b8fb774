import type { WorkshopFile } from '../../shared/format/workshop-file';
import { getInstrument } from '../../shared/instrument';
import { archiveOfFile, readArchive } from '../archive/edw-archive';
import type { ReportFonts } from '../../shared/report/render-pdf';
import { makeCsvExport, type CsvKind } from '../report/csv-export';
import { renderReport, type ReportOptions } from '../report/report-core';

/**
 * The work a heavy-work thread does. Everything in a job is plain data (structured-clone safe):
 * the main thread reads the store, the worker only computes, so no database handle is shared.
 */
export type HeavyJob =
  | {
      kind: 'pdf';
      file: WorkshopFile;
      /** `generatedAt` travels as an ISO string; a Date would arrive as one anyway. */
      options: Omit<ReportOptions, 'generatedAt'> & { generatedAt: string };
    }
  | { kind: 'csv'; file: WorkshopFile; csv: CsvKind }
  /** A workshop archive (`.edw`) written from the file; `now` stamps it, as the clock would. */
  | { kind: 'archive'; file: WorkshopFile; passphrase?: string; now: string }
  /** An archive's bytes read back and checked whole into a workshop file. */
  | { kind: 'readArchive'; bytes: Uint8Array; passphrase?: string };

export type HeavyOutput =
  | { kind: 'pdf'; filename: string; pdf: Uint8Array }
  | { kind: 'csv'; filename: string; text: string }
  | { kind: 'archive'; bytes: Uint8Array }
  | { kind: 'readArchive'; file: WorkshopFile };

/** Runs one job to completion; throws on an unknown instrument like the in-process services. */
export function runHeavyJob(job: HeavyJob, fonts: ReportFonts): HeavyOutput {
  if (job.kind === 'pdf') {
    const report = renderReport(
      job.file,
      { ...job.options, generatedAt: new Date(job.options.generatedAt) },
      fonts,
    );
    return { kind: 'pdf', filename: report.filename, pdf: report.pdf };
  }
  if (job.kind === 'archive') {
    const now = new Date(job.now);
    const bytes = archiveOfFile(job.file, {
      clock: () => now,
      ...(job.passphrase !== undefined ? { passphrase: job.passphrase } : {}),
    });
    // A copy with a buffer of its own: a small Buffer may share Node's pool, which must not be
    // transferred away from this thread.
    return { kind: 'archive', bytes: new Uint8Array(bytes) };
  }
  if (job.kind === 'readArchive') {
    const options = job.passphrase !== undefined ? { passphrase: job.passphrase } : {};
    return { kind: 'readArchive', file: readArchive(job.bytes, options) };
  }
  const instrument = getInstrument(job.file.workshop.instrumentVersion);
  if (!instrument) {
    throw new Error(`unknown instrument version "${job.file.workshop.instrumentVersion ?? ''}"`);
  }
  return { kind: 'csv', ...makeCsvExport(job.file, instrument, job.csv) };
}
