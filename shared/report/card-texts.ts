import type { Language } from '../domain/workshop';
import type { Localized } from '../instrument/types';
import { fillText } from './texts';

/** The words of the intervention cards (./intervention-cards.ts), in every report language. */
export const CARD_TEXTS = {
  planTitle: {
    en: 'The agreed action plan',
    es: 'El plan de acción acordado',
    de: 'Der vereinbarte Maßnahmenplan',
    fr: 'Le plan d’action convenu',
  },
  introRecommended: {
    en: 'The team has not agreed a plan yet. These are the interventions the findings call for, those behind the strongest findings first; none of them is agreed by the team. Each success signal is the smallest fall this room’s answers can tell apart from noise: half the width of the factor’s 95 % interval, and at least {points} points.',
    es: 'El equipo aún no ha acordado un plan. Estas son las intervenciones que piden los hallazgos, primero las que responden a los hallazgos más fuertes; ninguna está acordada por el equipo. Cada señal de éxito es la bajada más pequeña que las respuestas de esta sala distinguen del ruido: la mitad del ancho del intervalo del 95 % del factor, y al menos {points} puntos.',
    de: 'Das Team hat noch keinen Plan vereinbart. Dies sind die Interventionen, die die Befunde nahelegen, die hinter den stärksten Befunden zuerst; keine davon ist vom Team vereinbart. Jedes Erfolgssignal ist der kleinste Rückgang, den die Antworten dieser Gruppe vom Rauschen unterscheiden können: die halbe Breite des 95-%-Intervalls des Faktors und mindestens {points} Punkte.',
    fr: 'L’équipe n’a pas encore convenu d’un plan. Voici les interventions qu’appellent les constats, en commençant par celles qui répondent aux constats les plus forts ; aucune n’a été convenue par l’équipe. Chaque signal de réussite est la plus petite baisse que les réponses de cette salle permettent de distinguer du bruit : la moitié de la largeur de l’intervalle à 95 % du facteur, et au moins {points} points.',
  },
  introAgreed: {
    en: 'The plan the room agreed, most votes first. Each success signal is the smallest fall this room’s answers can tell apart from noise: half the width of the factor’s 95 % interval, and at least {points} points.',
    es: 'El plan que acordó la sala, primero el más votado. Cada señal de éxito es la bajada más pequeña que las respuestas de esta sala distinguen del ruido: la mitad del ancho del intervalo del 95 % del factor, y al menos {points} puntos.',
    de: 'Der Plan, den die Gruppe vereinbart hat, die meisten Stimmen zuerst. Jedes Erfolgssignal ist der kleinste Rückgang, den die Antworten dieser Gruppe vom Rauschen unterscheiden können: die halbe Breite des 95-%-Intervalls des Faktors und mindestens {points} Punkte.',
    fr: 'Le plan convenu par la salle, du plus voté au moins voté. Chaque signal de réussite est la plus petite baisse que les réponses de cette salle permettent de distinguer du bruit : la moitié de la largeur de l’intervalle à 95 % du facteur, et au moins {points} points.',
  },
  badgeRecommended: {
    en: 'Recommended, not yet agreed by the team',
    es: 'Recomendada, aún no acordada por el equipo',
    de: 'Empfohlen, vom Team noch nicht vereinbart',
    fr: 'Recommandée, pas encore convenue par l’équipe',
  },
  badgeAgreed: {
    en: 'Agreed by the room',
    es: 'Acordada por la sala',
    de: 'Von der Gruppe vereinbart',
    fr: 'Convenue par la salle',
  },
  badgeAgreedVote: {
    en: 'Agreed by the room · 1 vote',
    es: 'Acordada por la sala · 1 voto',
    de: 'Von der Gruppe vereinbart · 1 Stimme',
    fr: 'Convenue par la salle · 1 voix',
  },
  badgeAgreedVotes: {
    en: 'Agreed by the room · {votes} votes',
    es: 'Acordada por la sala · {votes} votos',
    de: 'Von der Gruppe vereinbart · {votes} Stimmen',
    fr: 'Convenue par la salle · {votes} voix',
  },
  what: { en: 'What', es: 'Qué', de: 'Was', fr: 'Quoi' },
  why: { en: 'Why', es: 'Por qué', de: 'Warum', fr: 'Pourquoi' },
  firstStep: {
    en: 'First step this week',
    es: 'Primer paso esta semana',
    de: 'Erster Schritt diese Woche',
    fr: 'Première étape cette semaine',
  },
  owner: { en: 'Owner', es: 'Responsable', de: 'Verantwortlich', fr: 'Responsable' },
  timescale: { en: 'Timescale', es: 'Plazo', de: 'Zeitrahmen', fr: 'Échéance' },
  success: {
    en: 'Success signal',
    es: 'Señal de éxito',
    de: 'Erfolgssignal',
    fr: 'Signal de réussite',
  },
  check: {
    en: 'How the follow-up checks it',
    es: 'Cómo lo comprueba el seguimiento',
    de: 'Wie der Folge-Workshop es prüft',
    fr: 'Comment l’atelier de suivi le vérifie',
  },

  calledForOne: {
    en: 'Called for by one finding: {list}.',
    es: 'La pide un hallazgo: {list}.',
    de: 'Nahegelegt durch einen Befund: {list}.',
    fr: 'Appelée par un constat : {list}.',
  },
  calledForMany: {
    en: 'Called for by {count} findings: {list}.',
    es: 'La piden {count} hallazgos: {list}.',
    de: 'Nahegelegt durch {count} Befunde: {list}.',
    fr: 'Appelée par {count} constats : {list}.',
  },
  topFinding: {
    en: 'what matters most, {rank}',
    es: 'lo que más importa, {rank}',
    de: 'was am meisten zählt, {rank}',
    fr: 'ce qui compte le plus, {rank}',
  },
  group: {
    en: '{label} — {count} factors: {list}',
    es: '{label} — {count} factores: {list}',
    de: '{label} – {count} Faktoren: {list}',
    fr: '{label} – {count} facteurs : {list}',
  },
  andMore: {
    en: '{list} and {count} more',
    es: '{list} y {count} más',
    de: '{list} und {count} weitere',
    fr: '{list} et {count} autres',
  },
  clearDebt: { en: 'Clear debt', es: 'Deuda clara', de: 'Deutliche Schulden', fr: 'Dette nette' },
  roomsOwn: {
    en: 'The room’s own action, added during the workshop.',
    es: 'Acción propia de la sala, añadida durante el taller.',
    de: 'Eigene Maßnahme der Gruppe, im Workshop ergänzt.',
    fr: 'Action propre à la salle, ajoutée pendant l’atelier.',
  },

  ownerNamed: {
    en: '{name} (suggested role: {role})',
    es: '{name} (rol sugerido: {role})',
    de: '{name} (vorgeschlagene Rolle: {role})',
    fr: '{name} (rôle suggéré : {role})',
  },
  ownerSuggested: {
    en: 'Suggested: {role}. The team names the person when it agrees the plan.',
    es: 'Sugerido: {role}. El equipo nombra a la persona al acordar el plan.',
    de: 'Vorschlag: {role}. Das Team benennt die Person, wenn es den Plan vereinbart.',
    fr: 'Suggestion : {role}. L’équipe désigne la personne quand elle convient du plan.',
  },
  ownerUnset: {
    en: 'Not named yet',
    es: 'Aún sin nombrar',
    de: 'Noch nicht benannt',
    fr: 'Pas encore désigné',
  },

  horizonTwoWeeks: {
    en: 'Start this week; it should show within two weeks.',
    es: 'Empezar esta semana; debería notarse en dos semanas.',
    de: 'Diese Woche beginnen; sichtbar werden sollte es innerhalb von zwei Wochen.',
    fr: 'Commencer cette semaine ; l’effet devrait se voir sous deux semaines.',
  },
  horizonQuarter: {
    en: 'Start this week; expect it to show within a quarter.',
    es: 'Empezar esta semana; cabe esperar que se note en un trimestre.',
    de: 'Diese Woche beginnen; sichtbar werden dürfte es innerhalb eines Quartals.',
    fr: 'Commencer cette semaine ; l’effet devrait se voir d’ici un trimestre.',
  },
  due: {
    en: 'Due {date}.',
    es: 'Fecha límite: {date}.',
    de: 'Fällig am {date}.',
    fr: 'Échéance : {date}.',
  },

  debtFalls: {
    en: 'debt on {factor} from {from} to {to} or lower by the follow-up',
    es: 'deuda en «{factor}» de {from} a {to} o menos en el seguimiento',
    de: 'Schulden bei {factor} sinken bis zum Folge-Workshop von {from} auf {to} oder weniger',
    fr: 'la dette sur {factor} passe de {from} à {to} ou moins d’ici l’atelier de suivi',
  },
  debtNoFigure: {
    en: '{factor}: too few answers for a figure now; the follow-up gives the first one',
    es: '«{factor}»: muy pocas respuestas para dar una cifra ahora; el seguimiento dará la primera',
    de: '{factor}: derzeit zu wenige Antworten für einen Wert; der Folge-Workshop liefert den ersten',
    fr: '{factor} : trop peu de réponses pour un chiffre aujourd’hui ; l’atelier de suivi donnera le premier',
  },
  gapNarrows: {
    en: 'the gap between {high} and {low} on {factor} from {from} to under {to} points',
    es: 'la diferencia entre {high} y {low} en «{factor}» de {from} a menos de {to} puntos',
    de: 'der Abstand zwischen {high} und {low} bei {factor} sinkt von {from} auf unter {to} Punkte',
    fr: 'l’écart entre {high} et {low} sur {factor} passe de {from} à moins de {to} points',
  },
  splitCloses: {
    en: 'the room no longer splits on {factor} (SD now {sd})',
    es: 'la sala deja de dividirse en «{factor}» (DE actual {sd})',
    de: 'die Gruppe ist bei {factor} nicht mehr gespalten (SA derzeit {sd})',
    fr: 'la salle n’est plus divisée sur {factor} (ET actuel {sd})',
  },
  roomSignal: {
    en: 'The room’s own signal: {signal}',
    es: 'Señal propia de la sala: {signal}',
    de: 'Das eigene Signal der Gruppe: {signal}',
    fr: 'Le signal propre à la salle : {signal}',
  },

  checkSurvey: {
    en: 'In a follow-up workshop linked to this one, the room answers the statements on {factors} again and the trend compares them with n on both sides',
    es: 'En un taller de seguimiento vinculado a este, la sala vuelve a responder las afirmaciones sobre {factors} y la tendencia las compara con su n a ambos lados',
    de: 'In einem mit diesem verknüpften Folge-Workshop beantwortet die Gruppe die Aussagen zu {factors} erneut, und der Verlauf vergleicht sie mit n auf beiden Seiten',
    fr: 'lors d’un atelier de suivi lié à celui-ci, la salle répond de nouveau aux affirmations sur {factors} et la tendance les compare, avec n de part et d’autre',
  },
  checkRealityCheck: {
    en: 'the Reality Check is repeated on the same kind of work items',
    es: 'se repite la Comprobación de realidad sobre el mismo tipo de elementos de trabajo',
    de: 'der Realitätscheck wird mit derselben Art von Arbeitspaketen wiederholt',
    fr: 'la Vérification de la réalité est refaite sur le même type d’éléments de travail',
  },
  checkReplay: {
    en: 'the Decision Replay is repeated on recent decisions',
    es: 'se repite el Repaso de decisiones con decisiones recientes',
    de: 'der Entscheidungsrückblick wird mit aktuellen Entscheidungen wiederholt',
    fr: 'la Relecture des décisions est refaite sur des décisions récentes',
  },
  checkOwnOnly: {
    en: 'The room checks its own signal in the follow-up workshop',
    es: 'La sala comprueba su propia señal en el taller de seguimiento',
    de: 'Die Gruppe prüft ihr eigenes Signal im Folge-Workshop',
    fr: 'La salle vérifie son propre signal lors de l’atelier de suivi',
  },

  answersTop: {
    en: 'answers finding {list}',
    es: 'responde al hallazgo {list}',
    de: 'zu Befund {list}',
    fr: 'répond au constat {list}',
  },
  answersTopMany: {
    en: 'answers findings {list}',
    es: 'responde a los hallazgos {list}',
    de: 'zu den Befunden {list}',
    fr: 'répond aux constats {list}',
  },
  and: { en: 'and', es: 'y', de: 'und', fr: 'et' },
  alsoTitle: {
    en: 'Also called for by the findings',
    es: 'También las piden los hallazgos',
    de: 'Ebenfalls von den Befunden nahegelegt',
    fr: 'Également appelées par les constats',
  },
  alsoIntervention: {
    en: 'Intervention',
    es: 'Intervención',
    de: 'Intervention',
    fr: 'Intervention',
  },
  alsoFindings: {
    en: 'Findings behind it',
    es: 'Hallazgos que la piden',
    de: 'Zugrunde liegende Befunde',
    fr: 'Constats à l’origine',
  },
  alsoOwner: {
    en: 'Suggested owner',
    es: 'Responsable sugerido',
    de: 'Verantwortlich (Vorschlag)',
    fr: 'Responsable suggéré',
  },
} as const satisfies Record<string, Localized>;

export type CardTextKey = keyof typeof CARD_TEXTS;

export function cardText(
  key: CardTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillText(CARD_TEXTS[key][language], values);
}
