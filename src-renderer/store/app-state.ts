import type { ClientStatementsSlice } from './client-statements-slice';
import type { InstrumentHealthSlice } from './instrument-health-slice';
import type { InterventionsSlice } from './interventions-slice';
import type { ParticipantsSlice } from './participants-slice';
import type { PaperSlice } from './paper-slice';
import type { PortfolioSlice } from './portfolio-slice';
import type { ResultsSlice } from './results-slice';
import type { RunSlice } from './run-slice';
import type { SettingsSlice } from './settings-slice';
import type { WorkshopsSlice } from './workshops-slice';

/** The whole renderer state: one store, one slice per feature. */
export type AppState = WorkshopsSlice &
  ParticipantsSlice &
  PaperSlice &
  SettingsSlice &
  InstrumentHealthSlice &
  ResultsSlice &
  InterventionsSlice &
  RunSlice &
  PortfolioSlice &
  ClientStatementsSlice;
