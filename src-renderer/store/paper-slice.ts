import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { ChannelInput } from '../../shared/api/contract';
import type { PaperSectionOption, PaperSheet } from '../../shared/paper/schemas';
import type { AppState } from './app-state';
import type { AnswerSet } from './run-slice';

export interface PaperSlice {
  /** The sections each workshop's sheets may hold, as the host offered them. */
  paperSections: Record<string, PaperSectionOption[]>;
  /** The sheet being keyed, if any: one participant at a time. */
  paperSheet: PaperSheet | null;
  /** Whether it was opened by alias, not by its code: the keyer then checks the printed code. */
  paperSheetByAlias: boolean;

  loadPaperSections(workshopId: string): Promise<PaperSectionOption[]>;
  /**
   * Opens a sheet by participant or by its typed code (the host checks the code) and loads the
   * answers already stored for its rounds, so they show and can be typed over.
   */
  openPaperSheet(input: ChannelInput<'paper:layout'>): Promise<PaperSheet>;
  closePaperSheet(): void;
}

/** Paper answer sheets: what the preparation panel offers and the sheet on the entry screen. */
export function createPaperSlice(api: Api): StateCreator<AppState, [], [], PaperSlice> {
  return (set, get) => ({
    paperSections: {},
    paperSheet: null,
    paperSheetByAlias: false,

    async loadPaperSections(workshopId) {
      const sections = await api.call('paper:sections', { workshopId });
      set((state) => ({ paperSections: { ...state.paperSections, [workshopId]: sections } }));
      return sections;
    },

    async openPaperSheet(input) {
      const sheet = await api.call('paper:layout', input);
      // The client's own statements are one answer set of their own (never scored).
      const rounds = new Set(
        sheet.sections.map((section): AnswerSet => (section.client ? 'client' : section.round)),
      );
      // Answers are cached and written by the run slice, exactly as the capture grid's.
      await Promise.all([...rounds].map((round) => get().loadAnswers(input.workshopId, round)));
      set({ paperSheet: sheet, paperSheetByAlias: input.code === undefined });
      return sheet;
    },

    closePaperSheet() {
      set({ paperSheet: null });
    },
  });
}
