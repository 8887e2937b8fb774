import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { InstrumentHealth } from '../../shared/instrument-health';
import type { AppState } from './app-state';

export interface InstrumentHealthSlice {
  /** The last figures fetched; the Instrument health page refreshes them on every visit. */
  instrumentHealth: InstrumentHealth | null;
  instrumentHealthError: string | null;
  loadInstrumentHealth(): Promise<void>;
}

/** The instrument's own consistency across every stored workshop (facilitator only). */
export function createInstrumentHealthSlice(
  api: Api,
): StateCreator<AppState, [], [], InstrumentHealthSlice> {
  return (set) => ({
    instrumentHealth: null,
    instrumentHealthError: null,

    async loadInstrumentHealth() {
      set({ instrumentHealthError: null });
      try {
        set({ instrumentHealth: await api.call('instrument:health', {}) });
      } catch (error) {
        set({ instrumentHealthError: error instanceof Error ? error.message : String(error) });
      }
    },
  });
}
