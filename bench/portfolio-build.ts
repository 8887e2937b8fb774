// The portfolio's budget (issue 18): 20 workshops × 15 people scored and built in under 200 ms.
// Measured as the service runs it: each workshop read from a real store and scored from its file,
// then the portfolio built; drawing it is the screen's own case (`portfolio-draw`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTRUMENT_V2 } from '../shared/instrument';
import { buildPortfolio, portfolioThreshold } from '../shared/portfolio/build';
import { scoreWorkshop } from '../shared/scoring';
import { createHandlers } from '../src-main/services/create-handlers';
import { dispatch } from '../src-main/services/dispatch';
import { loadPortfolioWorkshops } from '../src-main/services/portfolio-service';
import { openStore } from '../src-main/store/open-store';
import { largeWorkshop } from './fixtures';
import { measure, ms } from './measure';

export const PORTFOLIO_WORKSHOPS = 20;
const PEOPLE = 15;
/** 12 teams, 8 of them with a follow-up: rows and trends both have work to do. */
const TEAMS = 12;

export interface PortfolioBenchRow {
  what: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
}

export async function portfolioBuildRow(): Promise<PortfolioBenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'edw-bench-portfolio-'));
  const db = openStore(join(dir, 'portfolio.sqlite'));
  try {
    const handlers = createHandlers(db, {
      clock: () => new Date('2026-11-26T09:00:00.000Z'),
      dataFile: join(dir, 'portfolio.sqlite'),
      version: 'bench',
      transport: 'http',
    });
    const room = largeWorkshop(PEOPLE, INSTRUMENT_V2.items.length, INSTRUMENT_V2);
    // One round only, as a first workshop of a team usually is.
    const file = { ...room, responses: room.responses.filter((response) => response.round === 1) };
    const files = Array.from({ length: PORTFOLIO_WORKSHOPS }, (_, index) => ({
      ...file,
      workshop: {
        ...file.workshop,
        title: `Workshop ${index + 1}`,
        client: 'Bench Bank',
        team: `Team ${(index % TEAMS) + 1}`,
        date: `2026-${String(1 + Math.floor(index / TEAMS)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      },
    }));
    for (const workshop of files) {
      const stored = dispatch(handlers, 'workshop:importFile', { file: workshop });
      if (!stored.ok) throw new Error(`import failed: ${JSON.stringify(stored.error)}`);
    }
    const baseline = await measure('score the 20 files in memory', 20, () =>
      files.map((workshop) => scoreWorkshop(workshop, INSTRUMENT_V2)),
    );
    const built = await measure(
      'portfolio of 20 from the store',
      20,
      () => {
        const workshops = loadPortfolioWorkshops(db, { client: 'Bench Bank' });
        return buildPortfolio(workshops, portfolioThreshold(workshops));
      },
      10,
    );
    return {
      what: `portfolio of ${PORTFOLIO_WORKSHOPS} workshops × ${PEOPLE} people (${TEAMS} teams, instrument ${INSTRUMENT_V2.version}): each read from the store, scored from its file and the portfolio built (\`npm run bench -- portfolio\`); median, p95`,
      value: `${ms(built.medianMs)} ms, p95 ${ms(built.p95Ms)} ms`,
      baseline: `${ms(baseline.medianMs)} ms to score the same ${PORTFOLIO_WORKSHOPS} files in memory`,
      ratio: `${(built.medianMs / baseline.medianMs).toFixed(1)}×`,
      budget: `< 200 ms (scored and built; drawn: \`portfolio-draw\`): ${built.p95Ms < 200 ? 'met' : 'not met'}`,
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
