import type { Language } from '../../shared/domain/workshop';
import { teamKey } from '../../shared/domain/team-key';
import { buildPortfolio, portfolioThreshold } from '../../shared/portfolio/build';
import type { PortfolioSelection } from '../../shared/portfolio/selection';
import type { PortfolioResult, PortfolioWorkshop } from '../../shared/portfolio/types';
import {
  renderPortfolioPdf,
  type PortfolioReportInput,
} from '../../shared/report/portfolio/render-portfolio-pdf';
import type { ReportFonts } from '../../shared/report/render-pdf';
import { compareText } from '../../shared/scoring/stats';
import { loadPortfolioWorkshops } from '../services/portfolio-service';
import type { Db } from '../services/service-deps';
import { getInstallationBranding } from '../store/repositories/branding';
import { getWorkshop } from '../store/repositories/workshops';

// Kept free of where the fonts lie on disk, like report-core.ts: the heavy-work thread imports it
// and is handed the fonts.

export interface MadePortfolioReport {
  pdf: Uint8Array;
  portfolio: PortfolioResult;
  filename: string;
}

/** `portfolio-<latest workshop date>.pdf`, as the portfolio's CSV is named. */
export function portfolioPdfFilename(portfolio: PortfolioResult): string {
  const latest = portfolio.teams.reduce((date, team) => (team.date > date ? team.date : date), '');
  return latest === '' ? 'portfolio.pdf' : `portfolio-${latest}.pdf`;
}

/** The client the workshops share, as the newest of them writes it; null when they differ. */
function sharedClient(workshops: readonly PortfolioWorkshop[]): string | null {
  const keys = new Set(workshops.map((workshop) => teamKey(workshop.client)));
  if (keys.size !== 1 || keys.has('')) return null;
  const newest = [...workshops].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return newest[0]?.client.trim() ?? null;
}

/**
 * What the portfolio PDF of these workshops is drawn from, at `k`: the portfolio, its client and
 * titles, and the trace it embeds (the selection, each workshop's fingerprint). `edw verify`
 * draws a portfolio again from the same.
 */
export function portfolioReportInput(
  workshops: PortfolioWorkshop[],
  k: number,
  selection: PortfolioSelection,
  options: { language: Language; generatedAt: string; demo: boolean },
): PortfolioReportInput {
  return {
    portfolio: buildPortfolio(workshops, k),
    language: options.language,
    generatedAt: options.generatedAt,
    client: sharedClient(workshops),
    workshopTitles: Object.fromEntries(workshops.map((workshop) => [workshop.id, workshop.title])),
    ...(options.demo ? { demo: true } : {}),
    trace: {
      selection,
      // Oldest first, as the store dates them, so the embedded list reads as the trends do.
      workshops: [...workshops]
        .sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id))
        .map((workshop) => ({
          id: workshop.id,
          title: workshop.title,
          date: workshop.date,
          fingerprint: workshop.result.fingerprint.value,
        })),
    },
  };
}

/**
 * The portfolio PDF of a selection of stored workshops: each scored as its own report is, built
 * at the strictest k among them, drawn in `language` with the installation's branding (a
 * portfolio spans workshops, so no single workshop's own branding applies). Refuses an unknown id
 * or client as the portfolio channels do. Reads only.
 */
export function makePortfolioReport(
  db: Db,
  selection: PortfolioSelection,
  options: { language: Language; generatedAt: Date; fonts: ReportFonts },
): MadePortfolioReport {
  // One read transaction, so the workshops, their demo marks and the branding are of one moment.
  const { workshops, demo, branding } = db.transaction(() => {
    const loaded = loadPortfolioWorkshops(db, selection);
    return {
      workshops: loaded,
      demo: loaded.some((workshop) => getWorkshop(db, workshop.id)?.demo === true),
      branding: getInstallationBranding(db),
    };
  })();
  const input = portfolioReportInput(workshops, portfolioThreshold(workshops), selection, {
    language: options.language,
    generatedAt: options.generatedAt.toISOString(),
    demo,
  });
  const pdf = renderPortfolioPdf(input, {
    fonts: options.fonts,
    ...(branding ? { branding } : {}),
  });
  const { portfolio } = input;
  return { pdf, portfolio, filename: portfolioPdfFilename(portfolio) };
}
