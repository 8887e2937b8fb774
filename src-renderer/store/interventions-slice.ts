import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type {
  Action,
  ActionDraftInput,
  RecommendationView,
  Trend,
  VoteGrid,
  VoteState,
} from '../../shared/interventions';
import type { AppState } from './app-state';

export interface InterventionsSlice {
  recommendationsByWorkshop: Record<string, RecommendationView[]>;
  actionsByWorkshop: Record<string, Action[]>;
  voteByWorkshop: Record<string, VoteState>;
  voteGridByWorkshop: Record<string, VoteGrid>;
  trendByWorkshop: Record<string, Trend>;

  /** Recommendations and the action plan together, as the Interventions section shows them. */
  loadInterventions(workshopId: string): Promise<void>;
  saveAction(draft: ActionDraftInput): Promise<Action>;
  removeAction(workshopId: string, id: string): Promise<void>;
  /** The facilitator's grid of dots for participants without a phone. */
  loadVoteGrid(workshopId: string): Promise<void>;
  placeDots(
    workshopId: string,
    actionId: string,
    participantId: string,
    dots: number,
  ): Promise<void>;
  revealVote(workshopId: string): Promise<void>;
  setVotesPerPerson(workshopId: string, votesPerPerson: number): Promise<void>;
  loadTrend(workshopId: string): Promise<Trend>;
  linkFollowUp(workshopId: string, followsId: string | null): Promise<Trend>;
}

function withAction(state: AppState, action: Action, vote: VoteState): Partial<AppState> {
  const current = state.actionsByWorkshop[action.workshopId] ?? [];
  const exists = current.some((item) => item.id === action.id);
  return {
    actionsByWorkshop: {
      ...state.actionsByWorkshop,
      [action.workshopId]: exists
        ? current.map((item) => (item.id === action.id ? action : item))
        : [...current, action],
    },
    voteByWorkshop: { ...state.voteByWorkshop, [action.workshopId]: vote },
  };
}

function withGrid(state: AppState, workshopId: string, grid: VoteGrid): Partial<AppState> {
  return {
    voteGridByWorkshop: { ...state.voteGridByWorkshop, [workshopId]: grid },
    voteByWorkshop: { ...state.voteByWorkshop, [workshopId]: grid.vote },
  };
}

/** Recommended interventions, the room's action plan with its dot votes, and follow-up trends. */
export function createInterventionsSlice(
  api: Api,
): StateCreator<AppState, [], [], InterventionsSlice> {
  return (set) => ({
    recommendationsByWorkshop: {},
    actionsByWorkshop: {},
    voteByWorkshop: {},
    voteGridByWorkshop: {},
    trendByWorkshop: {},

    async loadInterventions(workshopId) {
      const [recommended, list] = await Promise.all([
        api.call('interventions:recommend', { workshopId }),
        api.call('actions:list', { workshopId }),
      ]);
      set((state) => ({
        recommendationsByWorkshop: {
          ...state.recommendationsByWorkshop,
          [workshopId]: recommended.recommendations,
        },
        actionsByWorkshop: { ...state.actionsByWorkshop, [workshopId]: list.actions },
        voteByWorkshop: { ...state.voteByWorkshop, [workshopId]: list.vote },
      }));
    },

    async saveAction(draft) {
      const { action, vote } = await api.call('actions:save', draft);
      set((state) => withAction(state, action, vote));
      return action;
    },

    async removeAction(workshopId, id) {
      const { vote } = await api.call('actions:remove', { id });
      set((state) => ({
        actionsByWorkshop: {
          ...state.actionsByWorkshop,
          [workshopId]: (state.actionsByWorkshop[workshopId] ?? []).filter((a) => a.id !== id),
        },
        voteByWorkshop: { ...state.voteByWorkshop, [workshopId]: vote },
      }));
    },

    async loadVoteGrid(workshopId) {
      const grid = await api.call('actions:voteGrid', { workshopId });
      set((state) => withGrid(state, workshopId, grid));
    },

    async placeDots(workshopId, actionId, participantId, dots) {
      const grid = await api.call('actions:vote', { actionId, participantId, dots });
      set((state) => withGrid(state, workshopId, grid));
    },

    async revealVote(workshopId) {
      await api.call('actions:revealVote', { workshopId });
      // The revealed totals live on the actions (their `votes`), so both are read again.
      const [list, grid] = await Promise.all([
        api.call('actions:list', { workshopId }),
        api.call('actions:voteGrid', { workshopId }),
      ]);
      set((state) => ({
        ...withGrid(state, workshopId, grid),
        actionsByWorkshop: { ...state.actionsByWorkshop, [workshopId]: list.actions },
      }));
    },

    async setVotesPerPerson(workshopId, votesPerPerson) {
      const vote = await api.call('actions:configure', { workshopId, votesPerPerson });
      set((state) => ({ voteByWorkshop: { ...state.voteByWorkshop, [workshopId]: vote } }));
    },

    async loadTrend(workshopId) {
      const trend = await api.call('followup:trend', { workshopId });
      set((state) => ({ trendByWorkshop: { ...state.trendByWorkshop, [workshopId]: trend } }));
      return trend;
    },

    async linkFollowUp(workshopId, followsId) {
      await api.call('workshop:linkFollowUp', { id: workshopId, followsId });
      const trend = await api.call('followup:trend', { workshopId });
      set((state) => ({ trendByWorkshop: { ...state.trendByWorkshop, [workshopId]: trend } }));
      return trend;
    },
  });
}
