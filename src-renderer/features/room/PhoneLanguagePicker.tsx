import { useTranslation } from 'react-i18next';
import { Language, LANGUAGES } from '../../../shared/domain/workshop';
import { LANGUAGE_NAMES } from '../../i18n/language-names';

/**
 * Where this phone remembers the language its person picked. Apart from the UI's own key: a phone
 * that never picked one follows the workshop's language, whatever it showed last.
 */
export const PHONE_LANGUAGE_KEY = 'edw.room.language';

/** The language this phone picked before, or null to follow the workshop's. */
export function storedPhoneLanguage(): Language | null {
  try {
    const parsed = Language.safeParse(window.localStorage.getItem(PHONE_LANGUAGE_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Remembers the phone's pick on this device (storage may be off: then only for this page). */
export function rememberPhoneLanguage(language: Language): void {
  try {
    window.localStorage.setItem(PHONE_LANGUAGE_KEY, language);
  } catch {
    // Not remembered; the switch still holds until the page is reloaded.
  }
}

/** A small picker of the phone's language, each language named in its own words. */
export function PhoneLanguagePicker({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="room-language">
      <label htmlFor="room-language" className="room-language__label">
        {/* A globe, so someone who cannot read the word still finds the languages. */}
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <g fill="none" stroke="currentColor" strokeWidth="1.2">
            <circle cx="8" cy="8" r="6.4" />
            <ellipse cx="8" cy="8" rx="2.8" ry="6.4" />
            <path d="M1.6 8h12.8M2.6 4.8h10.8M2.6 11.2h10.8" />
          </g>
        </svg>
        {t('room.phone.language')}
      </label>
      <select
        id="room-language"
        className="room-language__select"
        value={value}
        onChange={(event) => {
          const parsed = Language.safeParse(event.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
