import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { CSV_BOM } from '../../shared/export/csv';
import type { Language, Workshop } from '../../shared/domain/workshop';
import { teamKey } from '../../shared/domain/team-key';
import { buildPortfolio, portfolioThreshold } from '../../shared/portfolio/build';
import { portfolioCsv, portfolioCsvFilename } from '../../shared/portfolio/csv';
import type { PortfolioSelection } from '../../shared/portfolio/selection';
import type { PortfolioResult, PortfolioWorkshop } from '../../shared/portfolio/types';
import { compareText } from '../../shared/scoring/stats';
import { getFollowsId } from '../store/repositories/followups';
import { getWorkshop, listWorkshops } from '../store/repositories/workshops';
import { scoreStored } from './results-service';
import type { Db, ServiceDeps } from './service-deps';
import { notFound } from './service-errors';

type PortfolioChannel = 'portfolio:clients' | 'portfolio:build' | 'portfolio:csv';

/**
 * The stored workshops of a client, by its name compared like team names. Demonstration data
 * never joins a real client's portfolio: the demo workshops of a client are taken only when it
 * has no other workshops (the demo's own client), so the demo can still be tried as a portfolio.
 */
function workshopsOfClient(db: Db, client: string): Workshop[] {
  const key = teamKey(client);
  const all = listWorkshops(db).filter(
    (workshop) => key !== '' && teamKey(workshop.client) === key,
  );
  const real = all.filter((workshop) => !workshop.demo);
  const chosen = real.length > 0 ? real : all;
  if (chosen.length === 0) {
    throw new ApiError('not_found', `No stored workshop has the client "${client.trim()}"`);
  }
  return chosen;
}

function workshopsById(db: Db, ids: readonly string[]): Workshop[] {
  return ids.map((id) => {
    const workshop = getWorkshop(db, id);
    if (!workshop) throw notFound('workshop', id);
    return workshop;
  });
}

/**
 * The workshops a portfolio selection names, each scored from its stored file exactly as its own
 * results and report are: what `buildPortfolio` takes. Refuses an unknown id (naming it) and a
 * client with no stored workshop. Shared by the portfolio channels, the portfolio PDF and
 * `edw portfolio`. Reads only.
 */
export function loadPortfolioWorkshops(db: Db, selection: PortfolioSelection): PortfolioWorkshop[] {
  return db.transaction(() => {
    const workshops =
      'workshopIds' in selection
        ? workshopsById(db, selection.workshopIds)
        : workshopsOfClient(db, selection.client);
    return workshops.map((workshop) => ({
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
      team: workshop.team,
      client: workshop.client,
      followsId: getFollowsId(db, workshop.id),
      result: scoreStored(db, workshop.id),
    }));
  })();
}

/** The portfolio of a selection at the strictest k among its workshops. */
export function portfolioOf(db: Db, selection: PortfolioSelection): PortfolioResult {
  const workshops = loadPortfolioWorkshops(db, selection);
  return buildPortfolio(workshops, portfolioThreshold(workshops));
}

/** The portfolio CSV of a selection, named and with the BOM, as the channel and the worker give it. */
export function portfolioCsvFile(
  db: Db,
  selection: PortfolioSelection,
  language: Language,
): { filename: string; text: string } {
  const portfolio = portfolioOf(db, selection);
  // With the BOM, as every CSV the app writes, so spreadsheets read the accents right.
  return {
    filename: portfolioCsvFilename(portfolio),
    text: CSV_BOM + portfolioCsv(portfolio, language),
  };
}

/**
 * Client names of the stored workshops, once each (compared like team names, written as on the
 * newest workshop), with how many workshops a portfolio of it takes; `demo` marks a client whose
 * workshops are all demonstration data.
 */
function clientsOf(db: Db): { client: string; workshops: number; demo: boolean }[] {
  const byKey = new Map<string, { client: string; real: number; demo: number }>();
  // Newest first, so the first spelling met is the newest workshop's.
  for (const workshop of listWorkshops(db)) {
    const key = teamKey(workshop.client);
    if (key === '') continue;
    const entry = byKey.get(key) ?? { client: workshop.client.trim(), real: 0, demo: 0 };
    if (workshop.demo) entry.demo += 1;
    else entry.real += 1;
    byKey.set(key, entry);
  }
  // Counted as a selection by client takes them: demo workshops only for a client with no other.
  return [...byKey.values()]
    .map(({ client, real, demo }) => ({
      client,
      workshops: real > 0 ? real : demo,
      demo: real === 0,
    }))
    .sort(
      (a, b) =>
        compareText(teamKey(a.client), teamKey(b.client)) || compareText(a.client, b.client),
    );
}

/** Handlers for the portfolio: several teams of one client side by side. */
export function portfolioHandlers(db: Db, _deps: ServiceDeps): Pick<Handlers, PortfolioChannel> {
  return {
    'portfolio:clients': () => ({ clients: clientsOf(db) }),
    'portfolio:build': (selection) => portfolioOf(db, selection),
    'portfolio:csv': ({ selection, language }) => portfolioCsvFile(db, selection, language),
  };
}
