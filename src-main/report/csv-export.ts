import { aggregatesCsv, answersByAliasCsv, answersCsv, CSV_BOM } from '../../shared/export/csv';
import type { WorkshopFile } from '../../shared/format/workshop-file';
import type { Instrument } from '../../shared/instrument';
import { scoreWorkshop } from '../../shared/scoring';
import { reportFilename } from './report-core';

export type CsvKind = 'answers' | 'aggregates' | 'answers-by-alias';

/** One CSV export of a workshop file: scored here, so the disclosure step applies to it. */
export function makeCsvExport(
  file: WorkshopFile,
  instrument: Instrument,
  kind: CsvKind,
): { filename: string; text: string } {
  const result = scoreWorkshop(file, instrument);
  const text =
    kind === 'answers'
      ? answersCsv(file, instrument, result)
      : kind === 'answers-by-alias'
        ? answersByAliasCsv(file, instrument, result)
        : aggregatesCsv(file, result);
  return { filename: reportFilename(file, kind, 'csv'), text: CSV_BOM + text };
}
