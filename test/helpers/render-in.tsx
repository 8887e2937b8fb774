import { render } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/workshop';
import { messages } from '../../src-renderer/i18n/messages';

/** The app's translations in their own i18next instance, set to `lng` (English beneath it). */
export function appI18n(lng: Language): I18n {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    // Every language, so a test can change it as the app's language buttons do.
    resources: Object.fromEntries(
      Object.entries(messages).map(([code, translation]) => [code, { translation }]),
    ),
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return i18n;
}

/** Renders `ui` with the app's translations in `lng`, as a screen of the app is. */
export function renderIn(lng: Language, ui: ReactElement) {
  return render(<I18nextProvider i18n={appI18n(lng)}>{ui}</I18nextProvider>);
}
