// The portfolio PDF's budget (issue 18): 20 workshops × 15 people drawn in under 2 s. Measured as
// 'portfolio:pdf' and `edw portfolio` run it: each workshop read from a real store and scored from
// its file, the portfolio built, then every page drawn.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTRUMENT_V2 } from '../shared/instrument';
import { buildPortfolio, portfolioThreshold } from '../shared/portfolio/build';
import { loadReportFonts } from '../src-main/report/fonts';
import { makePortfolioReport } from '../src-main/report/portfolio-report';
import { createHandlers } from '../src-main/services/create-handlers';
import { dispatch } from '../src-main/services/dispatch';
import { loadPortfolioWorkshops } from '../src-main/services/portfolio-service';
import { openStore } from '../src-main/store/open-store';
import { largeWorkshop } from './fixtures';
import { measure, ms } from './measure';
import type { PortfolioBenchRow } from './portfolio-build';

const WORKSHOPS = 20;
const PEOPLE = 15;

/**
 * Twenty teams of fifteen, one workshop each: the widest portfolio of that size (twenty rows on
 * page one, three heatmap pages), against building the same portfolio without drawing it.
 */
export async function portfolioPdfRow(): Promise<PortfolioBenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'edw-bench-portfolio-pdf-'));
  const file = join(dir, 'portfolio.sqlite');
  const db = openStore(file);
  try {
    const handlers = createHandlers(db, {
      clock: () => new Date('2026-11-26T09:00:00.000Z'),
      dataFile: file,
      version: 'bench',
      transport: 'http',
    });
    const room = largeWorkshop(PEOPLE, INSTRUMENT_V2.items.length, INSTRUMENT_V2);
    const first = { ...room, responses: room.responses.filter((response) => response.round === 1) };
    for (let index = 0; index < WORKSHOPS; index++) {
      const stored = dispatch(handlers, 'workshop:importFile', {
        file: {
          ...first,
          workshop: {
            ...first.workshop,
            title: `Workshop ${index + 1}`,
            client: 'Bench Bank',
            team: `Team ${String(index + 1).padStart(2, '0')}`,
            date: `2026-10-${String(1 + index).padStart(2, '0')}`,
          },
        },
      });
      if (!stored.ok) throw new Error(`import failed: ${JSON.stringify(stored.error)}`);
    }
    const selection = { client: 'Bench Bank' };
    const fonts = loadReportFonts();
    let pages = 0;
    let bytes = 0;
    const built = await measure('portfolio built from the store', 10, () => {
      const workshops = loadPortfolioWorkshops(db, selection);
      return buildPortfolio(workshops, portfolioThreshold(workshops));
    });
    const drawn = await measure(
      'portfolio PDF from the store',
      10,
      () => {
        const report = makePortfolioReport(db, selection, {
          language: 'en',
          generatedAt: new Date('2026-11-26T09:00:00.000Z'),
          fonts,
        });
        bytes = report.pdf.length;
        pages = (
          Buffer.from(report.pdf)
            .toString('latin1')
            .match(/\/Type \/Page\b/g) ?? []
        ).length;
      },
      3,
    );
    return {
      what: `portfolio PDF of ${WORKSHOPS} workshops × ${PEOPLE} people (${WORKSHOPS} teams, ${pages} pages, ${Math.round(bytes / 1024)} KiB): each read from the store, scored, the portfolio built and drawn (\`npm run bench -- portfolio-pdf\`); median, p95`,
      value: `${ms(drawn.medianMs)} ms, p95 ${ms(drawn.p95Ms)} ms`,
      baseline: `${ms(built.medianMs)} ms to build the same portfolio without drawing it`,
      ratio: `${(drawn.medianMs / built.medianMs).toFixed(1)}×`,
      budget: `< 2 s: ${drawn.p95Ms < 2000 ? 'met' : 'not met'}`,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
