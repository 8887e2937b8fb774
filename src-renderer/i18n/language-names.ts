import type { Language } from '../../shared/domain/workshop';

/** Each language is offered in its own words, whatever the UI language is now. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  de: 'Deutsch',
  fr: 'Français',
};
