import type { Language } from '../../shared/domain/workshop';
import { getInstrument } from '../../shared/instrument';
import type { ReportFlavour } from '../../shared/report/model';
import type { ReportFonts } from '../../shared/report/render-pdf';
import { archiveOfFile, readArchive } from '../archive/edw-archive';
import { makeCsvExport, type CsvKind } from '../report/csv-export';
import { renderReport } from '../report/report-core';
import { reportInterventionsOf } from '../services/interventions-service';
import type { Db } from '../services/service-deps';
import { workshopFileFrom } from '../services/workshop-file-service';
import { getWorkshop } from '../store/repositories/workshops';
import { prepareWorkshopImport, type PreparedImport } from '../services/workshop-import';
import { ApiError, type ApiErrorBody } from '../../shared/api/errors';
import { readJsonBody, type JsonBodyProblem } from '../host/read-json-body';
import { encodeFileReply } from '../host/file-reply';
import { brandingFor } from '../store/repositories/branding';
import { chooseNativeBinding } from '../electron/native-binding';
import { makePortfolioReport } from '../report/portfolio-report';
import type { PortfolioSelection } from '../../shared/portfolio/selection';
import { renderPaperSheets, type PaperSheetsSource } from '../../shared/paper/render-sheets';
import type { InstrumentHealth } from '../../shared/instrument-health';
import { instrumentHealthOf } from '../services/instrument-health-service';
import { portfolioCsvFile, portfolioOf } from '../services/portfolio-service';
import type { PortfolioResult } from '../../shared/portfolio/types';

/** A workshop in a store file: the worker reads it over a read-only connection of its own. */
export interface StoredWorkshop {
  dataFile: string;
  workshopId: string;
}

/**
 * The work a heavy-work thread does. Jobs are plain data (structured-clone safe). Reading a large
 * workshop takes as long as drawing it, so the worker reads the store itself, over a read-only
 * connection (WAL lets it read beside the main thread's writes); nothing is ever written there.
 */
export type HeavyJob =
  | {
      kind: 'pdf';
      workshop: StoredWorkshop;
      flavour: ReportFlavour;
      language?: Language;
      /** An ISO time, as the main thread's clock gave it. */
      generatedAt: string;
    }
  | { kind: 'csv'; workshop: StoredWorkshop; csv: CsvKind }
  /** The portfolio PDF of a selection: the worker reads and scores its workshops itself. */
  | {
      kind: 'portfolioPdf';
      dataFile: string;
      selection: PortfolioSelection;
      language: Language;
      /** An ISO time, as the main thread's clock gave it. */
      generatedAt: string;
    }
  /** A portfolio (its data, or its CSV in `language`): the worker reads and scores the workshops. */
  | { kind: 'portfolio'; dataFile: string; selection: PortfolioSelection }
  | { kind: 'portfolioCsv'; dataFile: string; selection: PortfolioSelection; language: Language }
  /** A workshop archive (`.edw`); `now` stamps it, as the clock would. */
  | {
      kind: 'archive';
      workshop: StoredWorkshop;
      passphrase?: string;
      now: string;
      /** The name the reply carries, as the main thread gave it. */
      filename: string;
    }
  /**
   * An archive's bytes read back and checked whole into a workshop file, which is then prepared
   * for import as a workshop file is (`importFile`).
   */
  | { kind: 'readArchive'; bytes: Uint8Array; passphrase?: string; now: string }
  /** A workshop file checked and written into a scratch store (`workshop-import.ts`). */
  | { kind: 'importFile'; file: unknown; now: string }
  /**
   * A large request body read as JSON; with `importFile` (the body of `workshop:importFile`), its
   * `file` is then prepared for import right here, so the file never crosses back as objects.
   */
  | { kind: 'readBody'; bytes: Uint8Array; importFile: boolean; now: string }
  /** Every stored workshop's answers read for the Instrument health page. */
  | { kind: 'instrumentHealth'; dataFile: string }
  /** Paper answer sheets, from a source the main thread has checked (aliases only). */
  | { kind: 'paperSheets'; source: PaperSheetsSource };

/** A body's file prepared for import, or the service's refusal of it. */
export type ImportAttempt =
  { ok: true; prepared: PreparedImport } | { ok: false; error: ApiErrorBody };

export type BodyReading =
  | { ok: true; value: unknown }
  /** `rest`: the body's other fields (`confirmDuplicate`), for the contract to check as usual. */
  | { ok: true; importAttempt: ImportAttempt; rest: Record<string, unknown> }
  | { ok: false; problem: JsonBodyProblem };

export type HeavyOutput =
  /** `reply` is the JSON of `{ filename, base64 }`, made here (`encodeFileReply`). */
  | { kind: 'pdf'; filename: string; reply: Uint8Array }
  | { kind: 'csv'; filename: string; text: string }
  | { kind: 'portfolioPdf'; filename: string; reply: Uint8Array }
  | { kind: 'portfolio'; portfolio: PortfolioResult }
  | { kind: 'portfolioCsv'; filename: string; text: string }
  | { kind: 'archive'; reply: Uint8Array }
  /** The archive's workshop, named for the look-alike check, and its import prepared or refused. */
  | { kind: 'readArchive'; workshop: { title: string; date: string }; attempt: ImportAttempt }
  | { kind: 'importFile'; prepared: PreparedImport }
  | { kind: 'readBody'; reading: BodyReading }
  | { kind: 'instrumentHealth'; health: InstrumentHealth }
  | { kind: 'paperSheets'; filename: string; reply: Uint8Array };

/** Runs `read` in one read transaction, so every table is read at the same moment. */
function snapshot<T>(db: Db, read: () => T): T {
  return db.transaction(read)();
}

/**
 * Runs one job to completion, as the in-process services would (report-service.ts,
 * archive-service.ts); `store` gives the read-only connection to a store file.
 */
export function runHeavyJob(
  job: HeavyJob,
  fonts: ReportFonts,
  store: (dataFile: string) => Db,
): HeavyOutput {
  if (job.kind === 'importFile') {
    return {
      kind: 'importFile',
      prepared: prepareWorkshopImport(job.file, job.now, scratchStore()),
    };
  }
  if (job.kind === 'readBody') return { kind: 'readBody', reading: readBody(job) };
  if (job.kind === 'paperSheets') {
    const { filename, pdf } = renderPaperSheets(job.source, fonts);
    return { kind: 'paperSheets', filename, reply: encodeFileReply(filename, pdf) };
  }
  if (job.kind === 'portfolioPdf') {
    const report = makePortfolioReport(store(job.dataFile), job.selection, {
      language: job.language,
      generatedAt: new Date(job.generatedAt),
      fonts,
    });
    return {
      kind: 'portfolioPdf',
      filename: report.filename,
      reply: encodeFileReply(report.filename, report.pdf),
    };
  }
  if (job.kind === 'portfolio') {
    return { kind: 'portfolio', portfolio: portfolioOf(store(job.dataFile), job.selection) };
  }
  if (job.kind === 'portfolioCsv') {
    const csv = portfolioCsvFile(store(job.dataFile), job.selection, job.language);
    return { kind: 'portfolioCsv', ...csv };
  }
  if (job.kind === 'readArchive') {
    const options = job.passphrase !== undefined ? { passphrase: job.passphrase } : {};
    const file = readArchive(job.bytes, options);
    const { title, date } = file.workshop;
    return { kind: 'readArchive', workshop: { title, date }, attempt: prepared(file, job.now) };
  }
  if (job.kind === 'instrumentHealth') {
    return { kind: 'instrumentHealth', health: instrumentHealthOf(store(job.dataFile)) };
  }
  const db = store(job.workshop.dataFile);
  const id = job.workshop.workshopId;
  if (job.kind === 'pdf') {
    const { file, interventions, demo, branding } = snapshot(db, () => {
      const read = workshopFileFrom(db, id);
      return {
        file: read,
        interventions: reportInterventionsOf(db, id, job.language ?? read.workshop.language),
        demo: getWorkshop(db, id)?.demo === true,
        branding: brandingFor(db, id),
      };
    });
    const report = renderReport(
      file,
      {
        flavour: job.flavour,
        ...(job.language ? { language: job.language } : {}),
        generatedAt: new Date(job.generatedAt),
        ...interventions,
        ...(demo ? { demo } : {}),
        ...(branding ? { branding } : {}),
      },
      fonts,
    );
    return {
      kind: 'pdf',
      filename: report.filename,
      reply: encodeFileReply(report.filename, report.pdf),
    };
  }
  const file = snapshot(db, () => workshopFileFrom(db, id));
  if (job.kind === 'archive') {
    const now = new Date(job.now);
    const bytes = archiveOfFile(file, {
      clock: () => now,
      ...(job.passphrase !== undefined ? { passphrase: job.passphrase } : {}),
    });
    // The reply has a buffer of its own, so it can be transferred away from this thread.
    return { kind: 'archive', reply: encodeFileReply(job.filename, bytes) };
  }
  const instrument = getInstrument(file.workshop.instrumentVersion);
  if (!instrument) {
    throw new Error(`unknown instrument version "${file.workshop.instrumentVersion ?? ''}"`);
  }
  return { kind: 'csv', ...makeCsvExport(file, instrument, job.csv) };
}

/** The scratch store is opened with the same native binding the worker's own connections use. */
function scratchStore(): { nativeBinding?: string } {
  const nativeBinding = chooseNativeBinding(process.versions, process.env);
  return nativeBinding ? { nativeBinding } : {};
}

function readBody(job: Extract<HeavyJob, { kind: 'readBody' }>): BodyReading {
  const reading = readJsonBody(job.bytes);
  if (!reading.ok || !job.importFile) return reading;
  const body = reading.value;
  // Not the channel's shape: the contract refuses it on the main thread, as for a small body.
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return reading;
  const { file, ...rest } = body as Record<string, unknown>;
  return { ok: true, importAttempt: prepared(file, job.now), rest };
}

/** `raw` prepared for import, or the service's refusal of it as data (anything else throws). */
function prepared(raw: unknown, now: string): ImportAttempt {
  try {
    return { ok: true, prepared: prepareWorkshopImport(raw, now, scratchStore()) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    throw error;
  }
}
