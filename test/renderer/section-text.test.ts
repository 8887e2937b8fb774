import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../shared/run/agenda';
import { sectionPrompt, sectionTitle } from '../../src-renderer/features/run/section-text';
import { messages } from '../../src-renderer/i18n/messages';

/** The facilitator's UI in one language; the workshop may be in the other. */
function uiIn(lng: 'en' | 'es') {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { en: { translation: messages.en }, es: { translation: messages.es } },
    lng,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

let next = 0;
const agenda = defaultAgenda(() => `s${(next += 1)}`);

describe('agenda section names', () => {
  it('are all in the workshop language, whatever the UI language', () => {
    const spanishUi = uiIn('es');
    const names = agenda.map((section) => sectionTitle(spanishUi, section, 'en'));
    // Not "Encuadre" beside "Human Debt".
    expect(names.slice(0, 5)).toEqual([
      'Framing',
      'Human Debt',
      'Technical Debt',
      'Decision Visibility',
      'Execution Reality',
    ]);
    const englishUi = uiIn('en');
    const spanish = agenda.map((section) => sectionTitle(englishUi, section, 'es'));
    expect(spanish.slice(0, 2)).toEqual(['Encuadre', 'Deuda Humana']);
    expect(spanish).toEqual(agenda.map((section) => sectionTitle(uiIn('es'), section, 'es')));
  });

  it('give what the room is asked in the workshop language too', () => {
    const [framing] = agenda;
    if (!framing) throw new Error('no framing section');
    expect(sectionPrompt(uiIn('es'), framing, 'en')).toBe(sectionPrompt(uiIn('en'), framing, 'en'));
  });

  it('keep the facilitator’s own name for a section they added', () => {
    const custom = {
      kind: 'custom' as const,
      title: 'Café',
      prompt: 'Diez minutos',
      dimensions: [],
    };
    expect(sectionTitle(uiIn('en'), custom, 'es')).toBe('Café');
    expect(sectionPrompt(uiIn('en'), custom, 'es')).toBe('Diez minutos');
  });
});
