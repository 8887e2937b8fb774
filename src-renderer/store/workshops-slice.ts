import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { Language, Workshop, WorkshopDraftInput } from '../../shared/domain/workshop';
import type { AppState } from './app-state';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface WorkshopsSlice {
  /** The home list, as the service sorted it (newest first). */
  workshops: Workshop[];
  workshopsStatus: LoadStatus;
  workshopsError: string | null;
  /** The search text the list was last asked for. */
  workshopQuery: string;
  /** Workshops fetched one by one (workshop and edit screens), by id. */
  workshopById: Record<string, Workshop>;

  loadWorkshops(query?: string): Promise<void>;
  loadWorkshop(id: string): Promise<Workshop>;
  createWorkshop(draft: WorkshopDraftInput & { instrumentVersion?: string }): Promise<Workshop>;
  updateWorkshop(id: string, draft: WorkshopDraftInput): Promise<Workshop>;
  duplicateWorkshop(id: string): Promise<Workshop>;
  /** A linked follow-up of a closed workshop: same set-up, participants and agenda. */
  planFollowUp(id: string, title: string): Promise<Workshop>;
  deleteWorkshop(id: string): Promise<void>;
  /** The demo workshop in `language`, created the first time. */
  openDemo(language: Language): Promise<Workshop>;
}

function withWorkshop(state: AppState, workshop: Workshop): Partial<AppState> {
  return {
    workshopById: { ...state.workshopById, [workshop.id]: workshop },
    workshops: state.workshops.map((item) => (item.id === workshop.id ? workshop : item)),
  };
}

/** Workshops: the home list and the single workshop the screens show. */
export function createWorkshopsSlice(api: Api): StateCreator<AppState, [], [], WorkshopsSlice> {
  // Typing in the search box fires several requests; only the newest may land in the list.
  let latestListRequest = 0;

  return (set, get) => ({
    workshops: [],
    workshopsStatus: 'idle',
    workshopsError: null,
    workshopQuery: '',
    workshopById: {},

    async loadWorkshops(query = get().workshopQuery) {
      const request = ++latestListRequest;
      set({ workshopsStatus: 'loading', workshopsError: null, workshopQuery: query });
      try {
        const workshops = await api.call('workshop:list', { query });
        if (request !== latestListRequest) return;
        set({ workshops, workshopsStatus: 'ready' });
      } catch (error) {
        if (request !== latestListRequest) return;
        set({ workshopsStatus: 'error', workshopsError: errorMessage(error) });
      }
    },

    async loadWorkshop(id) {
      const workshop = await api.call('workshop:get', { id });
      set((state) => withWorkshop(state, workshop));
      return workshop;
    },

    async createWorkshop(draft) {
      const workshop = await api.call('workshop:create', draft);
      set((state) => ({
        workshopById: { ...state.workshopById, [workshop.id]: workshop },
        workshops: [workshop, ...state.workshops],
      }));
      return workshop;
    },

    async updateWorkshop(id, draft) {
      const workshop = await api.call('workshop:update', { id, draft });
      set((state) => withWorkshop(state, workshop));
      return workshop;
    },

    async duplicateWorkshop(id) {
      const copy = await api.call('workshop:duplicate', { id });
      set((state) => ({ workshopById: { ...state.workshopById, [copy.id]: copy } }));
      // The service decides where the copy sorts, so the list is asked for again.
      await get().loadWorkshops();
      return copy;
    },

    async planFollowUp(id, title) {
      const followUp = await api.call('workshop:planFollowUp', { id, title });
      set((state) => ({ workshopById: { ...state.workshopById, [followUp.id]: followUp } }));
      await get().loadWorkshops();
      return followUp;
    },

    async openDemo(language) {
      const demo = await api.call('workshop:openDemo', { language });
      set((state) => ({ workshopById: { ...state.workshopById, [demo.id]: demo } }));
      await get().loadWorkshops();
      return demo;
    },

    async deleteWorkshop(id) {
      await api.call('workshop:delete', { id });
      set((state) => {
        const { [id]: _deleted, ...workshopById } = state.workshopById;
        const { [id]: _participants, ...participantsByWorkshop } = state.participantsByWorkshop;
        return {
          workshopById,
          participantsByWorkshop,
          workshops: state.workshops.filter((item) => item.id !== id),
        };
      });
    },
  });
}

/** The message of whatever a failed call threw. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
