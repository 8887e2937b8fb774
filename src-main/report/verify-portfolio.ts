import { ApiError } from '../../shared/api/errors';
import { buildPortfolio } from '../../shared/portfolio/build';
import type { PortfolioWorkshop } from '../../shared/portfolio/types';
import {
  comparePortfolioFigures,
  portfolioFigures,
  type EmbeddedPortfolio,
  type PortfolioFigureMismatch,
} from '../../shared/report/portfolio/embedded-portfolio';
import { MODEL_VERSION } from '../../shared/scoring/constants';
import { loadPortfolioWorkshops } from '../services/portfolio-service';
import type { Db } from '../services/service-deps';
import { getWorkshop } from '../store/repositories/workshops';

/** One workshop the PDF names, as the store holds it now. */
export type PortfolioWorkshopCheck =
  | { status: 'same' | 'changed'; id: string; title: string; date: string }
  /** No longer in the store, or (a selection by client) no longer of that client. */
  | { status: 'gone'; id: string; title: string; date: string }
  /** Of the client now, but not when the PDF was made. */
  | { status: 'new'; id: string; title: string; date: string };

export type PortfolioCheck =
  /** Made by another version of the scoring model: its figures cannot be replayed by this one. */
  | { kind: 'other_model'; report: string; current: string }
  | {
      kind: 'checked';
      ok: boolean;
      workshops: PortfolioWorkshopCheck[];
      /** null when no workshop of the PDF is left to rebuild the portfolio from. */
      figures: { checked: number; mismatches: PortfolioFigureMismatch[] } | null;
    };

/** The workshops of the selection that the store still holds (none refused for a missing one). */
function presentWorkshops(db: Db, embedded: EmbeddedPortfolio): PortfolioWorkshop[] {
  const { selection } = embedded;
  if ('workshopIds' in selection) {
    const present = selection.workshopIds.filter((id) => getWorkshop(db, id) !== undefined);
    return present.length === 0 ? [] : loadPortfolioWorkshops(db, { workshopIds: present });
  }
  try {
    return loadPortfolioWorkshops(db, selection);
  } catch (error) {
    // A client with no stored workshop left: every workshop of the PDF is gone.
    if (error instanceof ApiError) return [];
    throw error;
  }
}

/**
 * Checks a portfolio PDF's embedded data against the store: each workshop it names by its
 * fingerprint, then the portfolio rebuilt from the same selection at the same k, figure by figure.
 * Reads only.
 */
export function checkPortfolio(db: Db, embedded: EmbeddedPortfolio): PortfolioCheck {
  if (embedded.modelVersion !== MODEL_VERSION) {
    return { kind: 'other_model', report: embedded.modelVersion, current: MODEL_VERSION };
  }
  const present = db.transaction(() => presentWorkshops(db, embedded))();
  const now = new Map(present.map((workshop) => [workshop.id, workshop]));
  const named = new Set(embedded.workshops.map((workshop) => workshop.id));
  const workshops: PortfolioWorkshopCheck[] = embedded.workshops.map((then) => {
    const workshop = now.get(then.id);
    if (!workshop) return { status: 'gone', id: then.id, title: then.title, date: then.date };
    return {
      status: workshop.result.fingerprint.value === then.fingerprint ? 'same' : 'changed',
      id: workshop.id,
      title: workshop.title,
      date: workshop.date,
    };
  });
  for (const workshop of present) {
    if (!named.has(workshop.id)) {
      workshops.push({
        status: 'new',
        id: workshop.id,
        title: workshop.title,
        date: workshop.date,
      });
    }
  }
  const figures =
    present.length === 0
      ? null
      : comparePortfolioFigures(
          embedded.figures,
          portfolioFigures(buildPortfolio(present, embedded.k)),
        );
  return {
    kind: 'checked',
    ok:
      workshops.every((workshop) => workshop.status === 'same') &&
      figures !== null &&
      figures.mismatches.length === 0,
    workshops,
    figures,
  };
}
