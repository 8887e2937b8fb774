import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type {
  Action,
  ActionDraftInput,
  RecommendationView,
  Trend,
  VoteBudget,
} from '../../shared/interventions';
import type { AppState } from './app-state';

export interface InterventionsSlice {
  recommendationsByWorkshop: Record<string, RecommendationView[]>;
  actionsByWorkshop: Record<string, Action[]>;
  voteBudgetByWorkshop: Record<string, VoteBudget>;
  trendByWorkshop: Record<string, Trend>;

  /** Recommendations and the action plan together, as the Interventions section shows them. */
  loadInterventions(workshopId: string): Promise<void>;
  saveAction(draft: ActionDraftInput): Promise<Action>;
  removeAction(workshopId: string, id: string): Promise<void>;
  voteAction(workshopId: string, actionId: string, delta: number): Promise<void>;
  setVotesPerPerson(workshopId: string, votesPerPerson: number): Promise<void>;
  loadTrend(workshopId: string): Promise<Trend>;
  linkFollowUp(workshopId: string, followsId: string | null): Promise<Trend>;
}

function withAction(state: AppState, action: Action, budget: VoteBudget): Partial<AppState> {
  const current = state.actionsByWorkshop[action.workshopId] ?? [];
  const exists = current.some((item) => item.id === action.id);
  return {
    actionsByWorkshop: {
      ...state.actionsByWorkshop,
      [action.workshopId]: exists
        ? current.map((item) => (item.id === action.id ? action : item))
        : [...current, action],
    },
    voteBudgetByWorkshop: { ...state.voteBudgetByWorkshop, [action.workshopId]: budget },
  };
}

/** Recommended interventions, the room's action plan with its dot votes, and follow-up trends. */
export function createInterventionsSlice(
  api: Api,
): StateCreator<AppState, [], [], InterventionsSlice> {
  return (set) => ({
    recommendationsByWorkshop: {},
    actionsByWorkshop: {},
    voteBudgetByWorkshop: {},
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
        voteBudgetByWorkshop: { ...state.voteBudgetByWorkshop, [workshopId]: list.budget },
      }));
    },

    async saveAction(draft) {
      const { action, budget } = await api.call('actions:save', draft);
      set((state) => withAction(state, action, budget));
      return action;
    },

    async removeAction(workshopId, id) {
      const { budget } = await api.call('actions:remove', { id });
      set((state) => ({
        actionsByWorkshop: {
          ...state.actionsByWorkshop,
          [workshopId]: (state.actionsByWorkshop[workshopId] ?? []).filter((a) => a.id !== id),
        },
        voteBudgetByWorkshop: { ...state.voteBudgetByWorkshop, [workshopId]: budget },
      }));
    },

    async voteAction(_workshopId, actionId, delta) {
      const { action, budget } = await api.call('actions:vote', { actionId, delta });
      set((state) => withAction(state, action, budget));
    },

    async setVotesPerPerson(workshopId, votesPerPerson) {
      const budget = await api.call('actions:configure', { workshopId, votesPerPerson });
      set((state) => ({
        voteBudgetByWorkshop: { ...state.voteBudgetByWorkshop, [workshopId]: budget },
      }));
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
