import type { FactorInfo, InstrumentItem } from './types';

// Instrument v1 content. Once released, wording and keying are frozen: answers already saved
// refer to these ids, so a reworded statement belongs in a new instrument version.

export const VISIBILITY_FACTORS: FactorInfo[] = [
  {
    id: 'replay',
    dimension: 'visibility',
    label: { en: 'Replayability & audit trail', es: 'Trazabilidad y registro de decisiones' },
    prompt: {
      en: 'Pick a decision from last month: can we say who made it, on what information, and where it is written?',
      es: 'Elijamos una decisión del mes pasado: ¿podemos decir quién la tomó, con qué información y dónde está escrita?',
    },
  },
  {
    id: 'explain',
    dimension: 'visibility',
    label: { en: 'Explainability', es: 'Capacidad de explicar' },
    prompt: {
      en: 'Which of our outcomes would we struggle to explain to a customer or a regulator?',
      es: '¿Qué resultado nuestro nos costaría explicarle a un cliente o a un regulador?',
    },
  },
  {
    id: 'ownership',
    dimension: 'visibility',
    label: { en: 'Ownership assignability', es: 'Responsables identificables' },
    prompt: {
      en: 'Where did a problem last sit without an owner, and for how long?',
      es: '¿Dónde quedó un problema sin responsable la última vez, y durante cuánto tiempo?',
    },
  },
  {
    id: 'consistency',
    dimension: 'visibility',
    label: {
      en: 'Consistency: same inputs, same outcome',
      es: 'Consistencia: mismos datos, mismo resultado',
    },
    prompt: {
      en: 'Where do two people, or two runs, reach different answers from the same facts?',
      es: '¿Dónde llegan dos personas, o dos ejecuciones, a respuestas distintas con los mismos datos?',
    },
  },
  {
    id: 'controls',
    dimension: 'visibility',
    label: {
      en: 'Controls that map to results',
      es: 'Controles que se reflejan en los resultados',
    },
    prompt: {
      en: 'Which of our checks could we drop tomorrow without any difference showing up in results?',
      es: '¿Qué control podríamos quitar mañana sin que se notara ninguna diferencia en los resultados?',
    },
  },
];

export const VISIBILITY_ITEMS: InstrumentItem[] = [
  {
    id: 'dv.replay.1',
    dimension: 'visibility',
    factor: 'replay',
    keyed: 'health',
    text: {
      en: 'For an important decision from last month, I could find a written record of it with its reasons.',
      es: 'De una decisión importante del mes pasado, podría encontrar un registro escrito con sus motivos.',
    },
    note: {
      en: 'Whether decisions leave a record someone can find.',
      es: 'Si las decisiones dejan un registro que se pueda encontrar.',
    },
  },
  {
    id: 'dv.replay.2',
    dimension: 'visibility',
    factor: 'replay',
    keyed: 'debt',
    text: {
      en: 'Many of our decisions are made in calls or chats and never written down anywhere.',
      es: 'Muchas de nuestras decisiones se toman en llamadas o chats y nunca quedan escritas en ningún lugar.',
    },
    note: {
      en: 'Decisions that leave no trace.',
      es: 'Decisiones que no dejan rastro.',
    },
  },
  {
    id: 'dv.replay.3',
    dimension: 'visibility',
    factor: 'replay',
    keyed: 'health',
    text: {
      en: 'If an auditor asked how we reached a past decision, we could reconstruct it step by step.',
      es: 'Si un auditor nos preguntara cómo llegamos a una decisión pasada, podríamos reconstruirla paso a paso.',
    },
    note: {
      en: 'Whether the path to a decision can be audited afterwards.',
      es: 'Si el camino hacia una decisión se puede auditar después.',
    },
  },
  {
    id: 'dv.replay.4',
    dimension: 'visibility',
    factor: 'replay',
    keyed: 'debt',
    text: {
      en: 'In the last three months, we argued about what had been agreed because nobody could find the decision.',
      es: 'En los últimos tres meses discutimos sobre qué se había acordado porque nadie encontraba la decisión.',
    },
    note: {
      en: 'The everyday cost of decisions that were not recorded.',
      es: 'El costo cotidiano de las decisiones que no quedaron registradas.',
    },
  },
  {
    id: 'dv.explain.1',
    dimension: 'visibility',
    factor: 'explain',
    keyed: 'debt',
    text: {
      en: 'Some of our systems make choices, such as prices or approvals, that none of us could explain for a given case.',
      es: 'Algunos de nuestros sistemas toman decisiones, como precios o aprobaciones, que ninguno de nosotros sabría explicar en un caso concreto.',
    },
    note: {
      en: 'Automated decisions nobody can account for.',
      es: 'Decisiones automáticas de las que nadie sabe dar cuenta.',
    },
  },
  {
    id: 'dv.explain.2',
    dimension: 'visibility',
    factor: 'explain',
    keyed: 'health',
    text: {
      en: 'When a customer or colleague asks why something happened, we can usually give a clear answer.',
      es: 'Cuando un cliente o un colega pregunta por qué pasó algo, en general podemos darle una respuesta clara.',
    },
    note: {
      en: 'Everyday ability to explain an outcome.',
      es: 'Capacidad cotidiana de explicar un resultado.',
    },
  },
  {
    id: 'dv.explain.3',
    dimension: 'visibility',
    factor: 'explain',
    keyed: 'debt',
    text: {
      en: 'Decisions often reach us with no explanation of the reasoning behind them.',
      es: 'Las decisiones a menudo nos llegan sin ninguna explicación del razonamiento que hay detrás.',
    },
    note: {
      en: 'Reasoning that does not travel with the decision.',
      es: 'Razonamiento que no acompaña a la decisión.',
    },
  },
  {
    id: 'dv.ownership.1',
    dimension: 'visibility',
    factor: 'ownership',
    keyed: 'debt',
    text: {
      en: 'When something goes wrong here, it takes a long time to work out who should fix it.',
      es: 'Cuando algo sale mal, nos lleva mucho tiempo averiguar quién debe arreglarlo.',
    },
    note: {
      en: 'Whether an owner can be assigned once a problem appears.',
      es: 'Si se puede asignar un responsable cuando aparece un problema.',
    },
  },
  {
    id: 'dv.ownership.2',
    dimension: 'visibility',
    factor: 'ownership',
    keyed: 'health',
    text: {
      en: 'Every system and service we rely on has a named owner we can contact.',
      es: 'Cada sistema y servicio del que dependemos tiene un responsable con nombre al que podemos acudir.',
    },
    note: {
      en: 'Named owners for the systems the team relies on.',
      es: 'Responsables con nombre para los sistemas de los que depende el equipo.',
    },
  },
  {
    id: 'dv.ownership.3',
    dimension: 'visibility',
    factor: 'ownership',
    keyed: 'debt',
    text: {
      en: 'In the last three months, an issue bounced between people or teams because none of them owned it.',
      es: 'En los últimos tres meses, algún problema pasó de mano en mano entre personas o equipos porque nadie se hacía cargo.',
    },
    note: {
      en: 'Ownership gaps at the boundaries between people and teams.',
      es: 'Vacíos de responsabilidad en las fronteras entre personas y equipos.',
    },
  },
  {
    id: 'dv.consistency.1',
    dimension: 'visibility',
    factor: 'consistency',
    keyed: 'debt',
    text: {
      en: 'The same kind of request can get a different answer here depending on who handles it.',
      es: 'Aquí, una misma solicitud puede recibir una respuesta distinta según quién la atienda.',
    },
    note: {
      en: 'Outcomes that depend on the person rather than the facts.',
      es: 'Resultados que dependen de la persona y no de los hechos.',
    },
  },
  {
    id: 'dv.consistency.2',
    dimension: 'visibility',
    factor: 'consistency',
    keyed: 'health',
    text: {
      en: 'If we ran the same process twice with the same information, we would get the same result.',
      es: 'Si hiciéramos el mismo proceso dos veces con la misma información, obtendríamos el mismo resultado.',
    },
    note: {
      en: 'Confidence that outcomes can be repeated.',
      es: 'Confianza en que los resultados se pueden repetir.',
    },
  },
  {
    id: 'dv.consistency.3',
    dimension: 'visibility',
    factor: 'consistency',
    keyed: 'debt',
    text: {
      en: 'In the last three months, we saw a result that we could not reproduce when we tried again.',
      es: 'En los últimos tres meses vimos algún resultado que no pudimos reproducir al intentarlo de nuevo.',
    },
    note: {
      en: 'Observed cases of the same inputs giving different results.',
      es: 'Casos observados en los que los mismos datos dieron resultados distintos.',
    },
  },
  {
    id: 'dv.controls.1',
    dimension: 'visibility',
    factor: 'controls',
    keyed: 'debt',
    text: {
      en: 'Some of our approvals are given without anyone really checking the work.',
      es: 'Algunas de nuestras aprobaciones se dan sin que nadie revise realmente el trabajo.',
    },
    note: {
      en: 'Controls that have become a formality.',
      es: 'Controles que se han vuelto un mero trámite.',
    },
  },
  {
    id: 'dv.controls.2',
    dimension: 'visibility',
    factor: 'controls',
    keyed: 'health',
    text: {
      en: 'When one of our reviews or checks blocks something, it is usually because of a real problem.',
      es: 'Cuando una de nuestras revisiones o verificaciones frena algo, suele ser por un problema real.',
    },
    note: {
      en: 'Whether controls catch real issues.',
      es: 'Si los controles detectan problemas reales.',
    },
  },
  {
    id: 'dv.controls.3',
    dimension: 'visibility',
    factor: 'controls',
    keyed: 'debt',
    text: {
      en: 'Our dashboards can stay green while customers are having problems.',
      es: 'Nuestros indicadores pueden seguir en verde mientras los clientes tienen problemas.',
    },
    note: {
      en: 'Measures that do not follow real results.',
      es: 'Indicadores que no siguen los resultados reales.',
    },
  },
];
