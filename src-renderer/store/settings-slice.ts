import type { StateCreator } from 'zustand';
import type { Api } from '../api/client';
import type { AppInfo } from '../../shared/api/contract';
import type { Language } from '../../shared/domain/workshop';
import type { AppState } from './app-state';

export interface Announcement {
  text: string;
  /** Changes on every announcement, so saying the same words twice is still heard. */
  id: number;
}

export interface SettingsSlice {
  language: Language;
  appInfo: AppInfo | null;
  appInfoError: string | null;
  /** The last short status message ("Workshop deleted"), read out by the live region. */
  announcement: Announcement | null;

  setLanguage(language: Language): void;
  loadAppInfo(): Promise<void>;
  announce(text: string): void;
  /** Clears the message, unless a newer one replaced it meanwhile. */
  dismissAnnouncement(id: number): void;
}

export interface SettingsDeps {
  initialLanguage: Language;
  /** Switches the UI's texts (i18next) and remembers the choice. */
  applyLanguage(language: Language): void;
}

/** The app's own settings (language) and what the header and About screen show. */
export function createSettingsSlice(
  api: Api,
  deps: SettingsDeps,
): StateCreator<AppState, [], [], SettingsSlice> {
  let announcements = 0;
  return (set, get) => ({
    language: deps.initialLanguage,
    appInfo: null,
    appInfoError: null,
    announcement: null,

    setLanguage(language) {
      if (language === get().language) return;
      deps.applyLanguage(language);
      // A confirmation still on screen would stay in the old language.
      set({ language, announcement: null });
    },

    async loadAppInfo() {
      try {
        set({ appInfo: await api.call('app:info', {}), appInfoError: null });
      } catch (error) {
        set({ appInfoError: error instanceof Error ? error.message : String(error) });
      }
    },

    announce(text) {
      announcements += 1;
      set({ announcement: { text, id: announcements } });
    },

    dismissAnnouncement(id) {
      if (get().announcement?.id === id) set({ announcement: null });
    },
  });
}
