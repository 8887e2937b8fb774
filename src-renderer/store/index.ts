import { useStore } from 'zustand';
import { api } from '../api/client';
import { applyLanguage, currentLanguage } from '../i18n';
import type { AppState } from './app-state';
import { createAppStore } from './create-app-store';

export type { AppState } from './app-state';

/** The renderer's one store. */
export const appStore = createAppStore(api, { initialLanguage: currentLanguage(), applyLanguage });

/** Reads one narrow piece of the store; pick a field or an action, never the whole state. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
