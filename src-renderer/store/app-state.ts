import type { ParticipantsSlice } from './participants-slice';
import type { SettingsSlice } from './settings-slice';
import type { WorkshopsSlice } from './workshops-slice';

/** The whole renderer state: one store, one slice per feature. */
export type AppState = WorkshopsSlice & ParticipantsSlice & SettingsSlice;
