import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../shared/domain/workshop';
import { ROLE_TEXT, roleName } from '../../shared/report/texts';
import { roleLabel } from '../../src-renderer/i18n/labels';
import { messages } from '../../src-renderer/i18n/messages';

function tIn(language: Language) {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    resources: { [language]: { translation: messages[language] } },
    initAsync: false,
  });
  return i18n.t;
}

describe('role group labels', () => {
  // The demo and pasted lists store a default group by its name in the workshop's language; the
  // screens showed "entwicklung" or "ingeniería" as typed while the report translated them.
  it('translate a default group stored by its name in any language, as the report does', () => {
    for (const language of LANGUAGES) {
      const t = tIn(language);
      for (const [id, names] of Object.entries(ROLE_TEXT)) {
        for (const stored of [id, ...Object.values(names), names.de.toLowerCase()]) {
          expect(roleLabel(t, stored), `${stored} in ${language}`).toBe(t(`roles.${id}`));
          expect(roleName(stored, language)).toBe(names[language]);
        }
      }
    }
  });

  it("keep the facilitator's own groups as typed", () => {
    const t = tIn('de');
    expect(roleLabel(t, 'qa')).toBe('qa');
    expect(roleLabel(t, 'Platform Team')).toBe('Platform Team');
  });
});
