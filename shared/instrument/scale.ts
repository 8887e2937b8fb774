import type { Language } from '../domain/workshop';

/** Words shown for each point of the agreement scale, plus "can't say" and "not applicable". */
export interface ScaleLabels {
  1: string;
  2: string;
  3: string;
  4: string;
  5: string;
  cantSay: string;
  notApplicable: string;
}

/**
 * German and French are optional while the instrument's texts are being written in them, as in
 * `Localized` (types.ts); they become required when those languages join LANGUAGES.
 */
export const SCALE_LABELS: Readonly<
  Record<Language, Readonly<ScaleLabels>> & Partial<Record<'de' | 'fr', Readonly<ScaleLabels>>>
> = Object.freeze({
  en: Object.freeze({
    1: 'Strongly disagree',
    2: 'Disagree',
    3: 'Neither',
    4: 'Agree',
    5: 'Strongly agree',
    cantSay: "Can't say",
    notApplicable: 'Not applicable to my role',
  }),
  es: Object.freeze({
    1: 'Muy en desacuerdo',
    2: 'En desacuerdo',
    3: 'Ni de acuerdo ni en desacuerdo',
    4: 'De acuerdo',
    5: 'Muy de acuerdo',
    cantSay: 'No sabría decir',
    notApplicable: 'No aplica a mi rol',
  }),
  de: Object.freeze({
    1: 'Stimme überhaupt nicht zu',
    2: 'Stimme nicht zu',
    3: 'Weder noch',
    4: 'Stimme zu',
    5: 'Stimme voll und ganz zu',
    cantSay: 'Kann ich nicht sagen',
    notApplicable: 'Trifft auf meine Rolle nicht zu',
  }),
  fr: Object.freeze({
    1: 'Pas du tout d’accord',
    2: 'Pas d’accord',
    3: 'Ni d’accord ni pas d’accord',
    4: 'D’accord',
    5: 'Tout à fait d’accord',
    cantSay: 'Je ne saurais dire',
    notApplicable: 'Ne s’applique pas à mon rôle',
  }),
});
