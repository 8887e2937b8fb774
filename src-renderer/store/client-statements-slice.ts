import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type {
  ClientStatementDraftInput,
  ListedClientStatement,
} from '../../shared/client-statements/client-statements';
import type { AppState } from './app-state';

/**
 * The client's own statements of each workshop, as the set-up panel and the run screen show them
 * (each with its count of stored answers). Their answers live in the run slice, beside the grid's.
 */
export interface ClientStatementsSlice {
  clientStatementsByWorkshop: Record<string, ListedClientStatement[]>;
  loadClientStatements(workshopId: string): Promise<ListedClientStatement[]>;
  /** Adds one; a refusal (empty, too long, an 11th) is thrown with the service's reason. */
  addClientStatement(workshopId: string, statement: ClientStatementDraftInput): Promise<void>;
  /** Removes one and its answers. */
  removeClientStatement(workshopId: string, id: string): Promise<void>;
}

export function createClientStatementsSlice(
  api: Api,
): StateCreator<AppState, [], [], ClientStatementsSlice> {
  return (set, get) => ({
    clientStatementsByWorkshop: {},

    async loadClientStatements(workshopId) {
      const statements = await api.call('clientStatement:list', { workshopId });
      set((state) => ({
        clientStatementsByWorkshop: {
          ...state.clientStatementsByWorkshop,
          [workshopId]: statements,
        },
      }));
      return statements;
    },

    async addClientStatement(workshopId, statement) {
      await api.call('clientStatement:add', { workshopId, statement });
      await get().loadClientStatements(workshopId);
    },

    async removeClientStatement(workshopId, id) {
      await api.call('clientStatement:remove', { id });
      await get().loadClientStatements(workshopId);
    },
  });
}
