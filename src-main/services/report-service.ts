import type { Handlers } from '../../shared/api/contract';
import { getInstrument } from '../../shared/instrument';
import { makeCsvExport } from '../report/csv-export';
import { makeReport } from '../report/make-report';
import type { Db, ServiceDeps } from './service-deps';
import { reportInterventionsOf } from './interventions-service';
import { invalidInput } from './service-errors';
import { workshopFileFrom } from './workshop-file-service';
import { getWorkshop } from '../store/repositories/workshops';
import { brandingFor } from '../store/repositories/branding';

type ReportChannel = 'report:pdf' | 'export:csv';

function brandingOption(db: Db, id: string) {
  const branding = brandingFor(db, id);
  return branding ? { branding } : {};
}

/** The executive PDF and the CSV exports, made from the same workshop file an export writes. */
export function reportHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, ReportChannel> {
  return {
    'report:pdf': ({ id, flavour, language }) => {
      const file = workshopFileFrom(db, id);
      if (!getInstrument(file.workshop.instrumentVersion)) {
        throw invalidInput('report:pdf', [
          { path: 'id', message: 'uses an unknown instrument version' },
        ]);
      }
      const report = makeReport(file, {
        flavour,
        ...(language ? { language } : {}),
        generatedAt: deps.clock(),
        ...reportInterventionsOf(db, id, language ?? file.workshop.language),
        ...(getWorkshop(db, id)?.demo ? { demo: true } : {}),
        ...brandingOption(db, id),
      });
      return { filename: report.filename, base64: Buffer.from(report.pdf).toString('base64') };
    },
    'export:csv': ({ id, kind }) => {
      const file = workshopFileFrom(db, id);
      const instrument = getInstrument(file.workshop.instrumentVersion);
      if (!instrument) {
        throw invalidInput('export:csv', [
          { path: 'id', message: 'uses an unknown instrument version' },
        ]);
      }
      return makeCsvExport(file, instrument, kind);
    },
  };
}
