import type { Language } from '../domain/workshop';

/** Words shown for each point of the agreement scale, plus the "can't say" option. */
export interface ScaleLabels {
  1: string;
  2: string;
  3: string;
  4: string;
  5: string;
  cantSay: string;
}

export const SCALE_LABELS: Readonly<Record<Language, Readonly<ScaleLabels>>> = Object.freeze({
  en: Object.freeze({
    1: 'Strongly disagree',
    2: 'Disagree',
    3: 'Neither',
    4: 'Agree',
    5: 'Strongly agree',
    cantSay: "Can't say",
  }),
  es: Object.freeze({
    1: 'Muy en desacuerdo',
    2: 'En desacuerdo',
    3: 'Ni de acuerdo ni en desacuerdo',
    4: 'De acuerdo',
    5: 'Muy de acuerdo',
    cantSay: 'No sabría decir',
  }),
});
