import type { Language } from '../domain/workshop';
import type { Localized } from '../instrument/types';
import { fillText } from '../report/texts';

/**
 * Every sentence a paper answer sheet prints that is not a statement or a scale label: our own
 * wording, in each language a workshop can be held in. Placeholders are `{name}` (`fillText`).
 */
export const SHEET_TEXTS = {
  sheetTitle: {
    en: 'Answer sheet',
    es: 'Hoja de respuestas',
    de: 'Antwortbogen',
    fr: 'Feuille de réponses',
  },
  code: { en: 'Sheet code', es: 'Código de hoja', de: 'Bogen-Code', fr: 'Code de la feuille' },
  page: {
    en: 'Page {page} of {pages}',
    es: 'Página {page} de {pages}',
    de: 'Seite {page} von {pages}',
    fr: 'Page {page} sur {pages}',
  },
  instruction: {
    en: 'For each statement, tick one box: how far do you agree, from 1 (strongly disagree) to 5 (strongly agree)? Tick “?” when the statement applies to your work but you cannot judge it, and “{na}” when it is about work your role does not do. Your sheet carries only your alias, never your name: answer for the team as you see it.',
    es: 'Para cada afirmación, marque una sola casilla: ¿en qué medida está de acuerdo, de 1 (muy en desacuerdo) a 5 (muy de acuerdo)? Marque «?» si la afirmación se refiere a su trabajo pero no puede valorarla, y «{na}» si trata de un trabajo que su rol no realiza. Su hoja lleva solo su alias, nunca su nombre: responda pensando en el equipo tal como usted lo ve.',
    de: 'Kreuzen Sie bei jeder Aussage genau ein Kästchen an: Wie sehr stimmen Sie zu, von 1 (stimme überhaupt nicht zu) bis 5 (stimme voll und ganz zu)? Kreuzen Sie „?“ an, wenn die Aussage Ihre Arbeit betrifft, Sie sie aber nicht beurteilen können, und „{na}“, wenn es um Arbeit geht, die Ihre Rolle nicht macht. Ihr Bogen trägt nur Ihr Kürzel, nie Ihren Namen: Antworten Sie für das Team, wie Sie es erleben.',
    fr: 'Pour chaque affirmation, cochez une seule case : dans quelle mesure êtes-vous d’accord, de 1 (pas du tout d’accord) à 5 (tout à fait d’accord) ? Cochez « ? » si l’affirmation concerne votre travail mais que vous ne pouvez pas en juger, et « {na} » si elle porte sur un travail que votre rôle ne fait pas. Votre feuille ne porte que votre alias, jamais votre nom : répondez pour l’équipe telle que vous la voyez.',
  },
  /** The short mark above the "not applicable" column; the grid shows the same one. */
  notApplicableMark: { en: 'n/a', es: 'n/a', de: 'n. z.', fr: 'n.a.' },
  revote: {
    en: 'Re-vote: {sections}',
    es: 'Segunda votación: {sections}',
    de: 'Zweite Abstimmung: {sections}',
    fr: 'Second vote : {sections}',
  },
  /** The heading of the client's own statements on a sheet. */
  clientStatements: {
    en: 'Your organisation’s own statements',
    es: 'Afirmaciones propias de su organización',
    de: 'Eigene Aussagen Ihrer Organisation',
    fr: 'Affirmations propres à votre organisation',
  },
  blankBack: {
    en: 'This side is left blank so that every answer sheet is printed on paper of its own.',
    es: 'Esta cara se deja en blanco para que cada hoja de respuestas quede en su propio papel.',
    de: 'Diese Seite bleibt leer, damit jeder Antwortbogen auf einem eigenen Blatt steht.',
    fr: 'Cette face est laissée blanche afin que chaque feuille de réponses soit imprimée sur son propre papier.',
  },
  attribution: {
    en: 'Human Debt™ and Execution Debt™ are concepts originated by Duena Blomstrom and applied through PeopleNotTech. This diagnostic applies the Execution Debt framework; its statements and texts are our own.',
    es: 'Human Debt™ y Execution Debt™ son conceptos originados por Duena Blomstrom y aplicados a través de PeopleNotTech. Este diagnóstico aplica el marco de la Deuda de Ejecución; sus afirmaciones y sus textos son propios.',
    de: 'Human Debt™ und Execution Debt™ sind Konzepte, die von Duena Blomstrom entwickelt und über PeopleNotTech angewendet werden. Diese Diagnose wendet das Execution-Debt-Framework an; ihre Aussagen und Texte sind eigene.',
    fr: 'Human Debt™ et Execution Debt™ sont des concepts créés par Duena Blomstrom et appliqués par PeopleNotTech. Ce diagnostic applique le cadre de l’Execution Debt ; ses affirmations et ses textes sont les nôtres.',
  },
} as const satisfies Record<string, Localized>;

export type SheetTextKey = keyof typeof SHEET_TEXTS;

/** A sheet's sentence in `language` with its placeholders filled. */
export function sheetText(
  key: SheetTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillText(SHEET_TEXTS[key][language], values);
}
