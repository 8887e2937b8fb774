import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import type { AppState } from './app-state';
import { createClientStatementsSlice } from './client-statements-slice';
import { createInstrumentHealthSlice } from './instrument-health-slice';
import { createInterventionsSlice } from './interventions-slice';
import { createParticipantsSlice } from './participants-slice';
import { createPaperSlice } from './paper-slice';
import { createPortfolioSlice } from './portfolio-slice';
import { createResultsSlice } from './results-slice';
import { createRunSlice } from './run-slice';
import { createSettingsSlice, type SettingsDeps } from './settings-slice';
import { createWorkshopsSlice } from './workshops-slice';

/** Builds the store around an api client; tests pass their own client and language hooks. */
export function createAppStore(api: Api, settings: SettingsDeps): StoreApi<AppState> {
  return createStore<AppState>()((...args) => ({
    ...createWorkshopsSlice(api)(...args),
    ...createParticipantsSlice(api)(...args),
    ...createPaperSlice(api)(...args),
    ...createSettingsSlice(api, settings)(...args),
    ...createInstrumentHealthSlice(api)(...args),
    ...createResultsSlice(api)(...args),
    ...createInterventionsSlice(api)(...args),
    ...createRunSlice(api)(...args),
    ...createPortfolioSlice(api)(...args),
    ...createClientStatementsSlice(api)(...args),
  }));
}
