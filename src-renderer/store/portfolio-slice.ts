import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { Workshop } from '../../shared/domain/workshop';
import type { PortfolioSelection } from '../../shared/portfolio/selection';
import type { PortfolioResult } from '../../shared/portfolio/types';
import type { AppState } from './app-state';
import { errorMessage, type LoadStatus } from './workshops-slice';

/** What a portfolio is built from: a client's workshops, or workshops ticked one by one. */
export type PortfolioChoice = PortfolioSelection;

export interface PortfolioClient {
  client: string;
  workshops: number;
  demo: boolean;
}

export interface PortfolioSlice {
  /** Clients with workshops, and every workshop, to choose a portfolio from. */
  portfolioClients: PortfolioClient[];
  portfolioWorkshops: Workshop[];
  portfolioChoicesStatus: LoadStatus;
  portfolioChoicesError: string | null;
  /** The portfolio on screen and what it was built from (the exports ask for the same). */
  portfolio: { choice: PortfolioChoice; result: PortfolioResult } | null;
  portfolioStatus: LoadStatus;
  /** Why the last build was refused or failed, as the host said it. */
  portfolioError: string | null;

  loadPortfolioChoices(): Promise<void>;
  buildPortfolio(choice: PortfolioChoice): Promise<void>;
}

/** `next`, or `current` when it says the same (plain data from the host, compared as JSON). */
function sameAs<T>(current: T, next: T): T {
  return JSON.stringify(current) === JSON.stringify(next) ? current : next;
}

/** Portfolio: several teams of one client side by side, built by the host from their results. */
export function createPortfolioSlice(api: Api): StateCreator<AppState, [], [], PortfolioSlice> {
  // A second build asked for before the first answers wins, whatever order they land in.
  let latestBuild = 0;

  return (set) => ({
    portfolioClients: [],
    portfolioWorkshops: [],
    portfolioChoicesStatus: 'idle',
    portfolioChoicesError: null,
    portfolio: null,
    portfolioStatus: 'idle',
    portfolioError: null,

    async loadPortfolioChoices() {
      set({ portfolioChoicesStatus: 'loading', portfolioChoicesError: null });
      try {
        const [clients, workshops] = await Promise.all([
          api.call('portfolio:clients', {}),
          api.call('workshop:list', { query: '' }),
        ]);
        // The list is asked for each time the screen opens; an answer like the list on screen
        // keeps it as it is, so the chooser's rows are not drawn again for nothing.
        set((state) => ({
          portfolioClients: sameAs(state.portfolioClients, clients.clients),
          portfolioWorkshops: sameAs(state.portfolioWorkshops, workshops),
          portfolioChoicesStatus: 'ready',
        }));
      } catch (error) {
        set({ portfolioChoicesStatus: 'error', portfolioChoicesError: errorMessage(error) });
      }
    },

    async buildPortfolio(choice) {
      const request = ++latestBuild;
      set({ portfolioStatus: 'loading', portfolioError: null });
      try {
        const result = await api.call('portfolio:build', choice);
        if (request !== latestBuild) return;
        set({ portfolio: { choice, result }, portfolioStatus: 'ready' });
      } catch (error) {
        if (request !== latestBuild) return;
        set({ portfolioStatus: 'error', portfolioError: errorMessage(error) });
      }
    },
  });
}
