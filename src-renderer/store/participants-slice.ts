import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { Participant, ParticipantDraft } from '../../shared/domain/workshop';
import type { AppState } from './app-state';

export interface ParticipantUpdate {
  id: string;
  alias: string;
  role: string;
  name?: string;
}

export interface ParticipantsSlice {
  /** Each workshop's participants in the order the service keeps them. */
  participantsByWorkshop: Record<string, Participant[]>;

  loadParticipants(workshopId: string): Promise<Participant[]>;
  addParticipants(workshopId: string, drafts: ParticipantDraft[]): Promise<Participant[]>;
  updateParticipant(workshopId: string, update: ParticipantUpdate): Promise<Participant>;
  removeParticipant(workshopId: string, id: string): Promise<void>;
}

/** Keeps the workshop's participant count in step with the list the screen shows. */
function withParticipants(
  state: AppState,
  workshopId: string,
  participants: Participant[],
): Partial<AppState> {
  const count = participants.length;
  const workshop = state.workshopById[workshopId];
  return {
    participantsByWorkshop: { ...state.participantsByWorkshop, [workshopId]: participants },
    workshopById: workshop
      ? { ...state.workshopById, [workshopId]: { ...workshop, participantCount: count } }
      : state.workshopById,
    workshops: state.workshops.map((item) =>
      item.id === workshopId ? { ...item, participantCount: count } : item,
    ),
  };
}

/** Participants of the workshops the facilitator opens. */
export function createParticipantsSlice(
  api: Api,
): StateCreator<AppState, [], [], ParticipantsSlice> {
  return (set, get) => ({
    participantsByWorkshop: {},

    async loadParticipants(workshopId) {
      const participants = await api.call('participant:list', { workshopId });
      set((state) => withParticipants(state, workshopId, participants));
      return participants;
    },

    async addParticipants(workshopId, drafts) {
      const added = await api.call('participant:add', { workshopId, participants: drafts });
      const current = get().participantsByWorkshop[workshopId] ?? [];
      set((state) => withParticipants(state, workshopId, [...current, ...added]));
      return added;
    },

    async updateParticipant(workshopId, update) {
      const updated = await api.call('participant:update', update);
      const current = get().participantsByWorkshop[workshopId] ?? [];
      set((state) =>
        withParticipants(
          state,
          workshopId,
          current.map((item) => (item.id === updated.id ? updated : item)),
        ),
      );
      return updated;
    },

    async removeParticipant(workshopId, id) {
      await api.call('participant:remove', { id });
      const current = get().participantsByWorkshop[workshopId] ?? [];
      set((state) =>
        withParticipants(
          state,
          workshopId,
          current.filter((item) => item.id !== id),
        ),
      );
    },
  });
}
