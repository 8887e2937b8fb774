import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { Workshop } from '../../shared/domain/workshop';
import type {
  FileDecisionEntry,
  FileRealityCheckEntry,
  WorkshopFile,
} from '../../shared/format/workshop-file';
import type { ScoreResult } from '../../shared/scoring';
import type { AppState } from './app-state';

/** A scored workshop plus the evidence entries its findings and funnel refer to by index. */
export interface WorkshopResults {
  result: ScoreResult;
  /** In file order: a finding's `realityCheck[i]` is `realityCheck[i]` here. */
  realityCheck: FileRealityCheckEntry[];
  decisions: FileDecisionEntry[];
}

export interface ResultsSlice {
  /** The last results fetched per workshop; the results screen refreshes them on every visit. */
  resultsByWorkshop: Record<string, WorkshopResults>;

  loadResults(workshopId: string): Promise<WorkshopResults>;
  /** The workshop as a workshop file v1, ready to be saved. */
  exportWorkshopFile(workshopId: string): Promise<WorkshopFile>;
  /** Stores a workshop file as a new workshop; an invalid file throws and stores nothing. */
  /** `confirmDuplicate`: import even when a workshop like it (same title and date) is stored. */
  importWorkshopFile(file: unknown, confirmDuplicate?: boolean): Promise<Workshop>;
}

/** Results of the workshops the facilitator opens, and workshop files in and out of the app. */
export function createResultsSlice(api: Api): StateCreator<AppState, [], [], ResultsSlice> {
  return (set) => ({
    resultsByWorkshop: {},

    async loadResults(workshopId) {
      // The score names evidence by index only; the file gives the titles people recognise.
      const [result, file] = await Promise.all([
        api.call('workshop:results', { id: workshopId }),
        api.call('workshop:exportFile', { id: workshopId }),
      ]);
      const results: WorkshopResults = {
        result,
        realityCheck: file.realityCheck,
        decisions: file.decisions,
      };
      set((state) => ({
        resultsByWorkshop: { ...state.resultsByWorkshop, [workshopId]: results },
      }));
      return results;
    },

    async exportWorkshopFile(workshopId) {
      return api.call('workshop:exportFile', { id: workshopId });
    },

    async importWorkshopFile(file, confirmDuplicate = false) {
      const workshop = await api.call('workshop:importFile', { file, confirmDuplicate });
      set((state) => ({
        workshopById: { ...state.workshopById, [workshop.id]: workshop },
        workshops: [workshop, ...state.workshops.filter((item) => item.id !== workshop.id)],
      }));
      return workshop;
    },
  });
}
