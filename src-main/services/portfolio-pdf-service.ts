import type { Handlers } from '../../shared/api/contract';
import { loadReportFonts } from '../report/fonts';
import { makePortfolioReport } from '../report/portfolio-report';
import type { Db, ServiceDeps } from './service-deps';

/**
 * The portfolio PDF in process (tests, and any transport without a heavy-work pool); the app and
 * browser mode draw it on the heavy-work thread instead (heavy-work.ts).
 */
export function portfolioPdfHandlers(db: Db, deps: ServiceDeps): Pick<Handlers, 'portfolio:pdf'> {
  return {
    'portfolio:pdf': ({ selection, language }) => {
      const report = makePortfolioReport(db, selection, {
        language,
        generatedAt: deps.clock(),
        fonts: loadReportFonts(),
      });
      return { filename: report.filename, base64: Buffer.from(report.pdf).toString('base64') };
    },
  };
}
