import { useTranslation } from 'react-i18next';
import { Language, type Language as LanguageCode } from '../../../shared/domain/workshop';

/** The UI language as a workshop language code, for picking catalogue and finding texts. */
export function useLang(): LanguageCode {
  const { i18n } = useTranslation();
  const parsed = Language.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : 'en';
}
