import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Language, LANGUAGES, type Language as LanguageCode } from '../../shared/domain/workshop';
import { messages } from './messages';

/** Where the facilitator's choice of UI language is remembered between sessions. */
export const LANGUAGE_STORAGE_KEY = 'edw.language';

export const resources = {
  en: { translation: messages.en },
  es: { translation: messages.es },
  de: { translation: messages.de },
  fr: { translation: messages.fr },
} as const;

function storedLanguage(): LanguageCode | null {
  try {
    const parsed = Language.safeParse(window.localStorage.getItem(LANGUAGE_STORAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage can be disabled (private windows, strict policies); the app still works in English.
    return null;
  }
}

function browserLanguage(): LanguageCode {
  const preferred = (navigator.languages ?? [navigator.language]).map((tag) => tag.slice(0, 2));
  return preferred.find((code): code is LanguageCode => Language.safeParse(code).success) ?? 'en';
}

function setDocumentLanguage(language: LanguageCode): void {
  document.documentElement.lang = language;
}

const initial = storedLanguage() ?? browserLanguage();

void i18next.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // Resources are bundled, so initialising synchronously avoids a first paint with raw keys.
  initAsync: false,
  // React already escapes text; escaping twice would show "&amp;" to the user.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});
setDocumentLanguage(initial);

/** The language the UI is shown in now. */
export function currentLanguage(): LanguageCode {
  const parsed = Language.safeParse(i18next.resolvedLanguage ?? i18next.language);
  return parsed.success ? parsed.data : 'en';
}

/** Switches the UI language, updates `<html lang>` and remembers the choice. */
export function applyLanguage(language: LanguageCode): void {
  void i18next.changeLanguage(language);
  setDocumentLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works for this session.
  }
}

export default i18next;
