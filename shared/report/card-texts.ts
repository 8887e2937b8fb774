import type { Language } from '../domain/workshop';
import type { Localized } from '../instrument/types';
import { fillText } from './texts';

/** The words of the intervention cards (./intervention-cards.ts), in both report languages. */
export const CARD_TEXTS = {
  planTitle: { en: 'The agreed action plan', es: 'El plan de acción acordado' },
  introRecommended: {
    en: 'The team has not agreed a plan yet. These are the interventions the findings call for, those behind the strongest findings first; none of them is agreed by the team. Each success signal is the smallest fall this room’s answers can tell apart from noise: half the width of the factor’s 95 % interval, and at least {points} points.',
    es: 'El equipo aún no ha acordado un plan. Estas son las intervenciones que piden los hallazgos, primero las que responden a los hallazgos más fuertes; ninguna está acordada por el equipo. Cada señal de éxito es la bajada más pequeña que las respuestas de esta sala distinguen del ruido: la mitad del ancho del intervalo del 95 % del factor, y al menos {points} puntos.',
  },
  introAgreed: {
    en: 'The plan the room agreed, most votes first. Each success signal is the smallest fall this room’s answers can tell apart from noise: half the width of the factor’s 95 % interval, and at least {points} points.',
    es: 'El plan que acordó la sala, primero el más votado. Cada señal de éxito es la bajada más pequeña que las respuestas de esta sala distinguen del ruido: la mitad del ancho del intervalo del 95 % del factor, y al menos {points} puntos.',
  },
  badgeRecommended: {
    en: 'Recommended, not yet agreed by the team',
    es: 'Recomendada, aún no acordada por el equipo',
  },
  badgeAgreed: { en: 'Agreed by the room', es: 'Acordada por la sala' },
  badgeAgreedVote: { en: 'Agreed by the room · 1 vote', es: 'Acordada por la sala · 1 voto' },
  badgeAgreedVotes: {
    en: 'Agreed by the room · {votes} votes',
    es: 'Acordada por la sala · {votes} votos',
  },
  what: { en: 'What', es: 'Qué' },
  why: { en: 'Why', es: 'Por qué' },
  firstStep: { en: 'First step this week', es: 'Primer paso esta semana' },
  owner: { en: 'Owner', es: 'Responsable' },
  timescale: { en: 'Timescale', es: 'Plazo' },
  success: { en: 'Success signal', es: 'Señal de éxito' },
  check: { en: 'How the follow-up checks it', es: 'Cómo lo comprueba el seguimiento' },

  calledForOne: { en: 'Called for by one finding: {list}.', es: 'La pide un hallazgo: {list}.' },
  calledForMany: {
    en: 'Called for by {count} findings: {list}.',
    es: 'La piden {count} hallazgos: {list}.',
  },
  topFinding: { en: 'what matters most, {rank}', es: 'lo que más importa, {rank}' },
  group: { en: '{label} — {count} factors: {list}', es: '{label} — {count} factores: {list}' },
  andMore: { en: '{list} and {count} more', es: '{list} y {count} más' },
  clearDebt: { en: 'Clear debt', es: 'Deuda clara' },
  roomsOwn: {
    en: 'The room’s own action, added during the workshop.',
    es: 'Acción propia de la sala, añadida durante el taller.',
  },

  ownerNamed: { en: '{name} (suggested role: {role})', es: '{name} (rol sugerido: {role})' },
  ownerSuggested: {
    en: 'Suggested: {role}. The team names the person when it agrees the plan.',
    es: 'Sugerido: {role}. El equipo nombra a la persona al acordar el plan.',
  },
  ownerUnset: { en: 'Not named yet', es: 'Aún sin nombrar' },

  horizonTwoWeeks: {
    en: 'Start this week; it should show within two weeks.',
    es: 'Empezar esta semana; debería notarse en dos semanas.',
  },
  horizonQuarter: {
    en: 'Start this week; expect it to show within a quarter.',
    es: 'Empezar esta semana; cabe esperar que se note en un trimestre.',
  },
  due: { en: 'Due {date}.', es: 'Fecha límite: {date}.' },

  debtFalls: {
    en: 'debt on {factor} from {from} to {to} or lower by the follow-up',
    es: 'deuda en «{factor}» de {from} a {to} o menos en el seguimiento',
  },
  debtNoFigure: {
    en: '{factor}: too few answers for a figure now; the follow-up gives the first one',
    es: '«{factor}»: muy pocas respuestas para dar una cifra ahora; el seguimiento dará la primera',
  },
  gapNarrows: {
    en: 'the gap between {high} and {low} on {factor} from {from} to under {to} points',
    es: 'la diferencia entre {high} y {low} en «{factor}» de {from} a menos de {to} puntos',
  },
  splitCloses: {
    en: 'the room no longer splits on {factor} (SD now {sd})',
    es: 'la sala deja de dividirse en «{factor}» (DE actual {sd})',
  },
  roomSignal: { en: 'The room’s own signal: {signal}', es: 'Señal propia de la sala: {signal}' },

  checkSurvey: {
    en: 'In a follow-up workshop linked to this one, the room answers the statements on {factors} again and the trend compares them with n on both sides',
    es: 'En un taller de seguimiento vinculado a este, la sala vuelve a responder las afirmaciones sobre {factors} y la tendencia las compara con su n a ambos lados',
  },
  checkRealityCheck: {
    en: 'the Reality Check is repeated on the same kind of work items',
    es: 'se repite la Comprobación de realidad sobre el mismo tipo de elementos de trabajo',
  },
  checkReplay: {
    en: 'the Decision Replay is repeated on recent decisions',
    es: 'se repite el Repaso de decisiones con decisiones recientes',
  },
  checkOwnOnly: {
    en: 'The room checks its own signal in the follow-up workshop',
    es: 'La sala comprueba su propia señal en el taller de seguimiento',
  },

  answersTop: { en: 'answers finding {list}', es: 'responde al hallazgo {list}' },
  answersTopMany: { en: 'answers findings {list}', es: 'responde a los hallazgos {list}' },
  and: { en: 'and', es: 'y' },
  alsoTitle: {
    en: 'Also called for by the findings',
    es: 'También las piden los hallazgos',
  },
  alsoIntervention: { en: 'Intervention', es: 'Intervención' },
  alsoFindings: { en: 'Findings behind it', es: 'Hallazgos que la piden' },
  alsoOwner: { en: 'Suggested owner', es: 'Responsable sugerido' },
} as const satisfies Record<string, Localized>;

export type CardTextKey = keyof typeof CARD_TEXTS;

export function cardText(
  key: CardTextKey,
  language: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillText(CARD_TEXTS[key][language], values);
}
