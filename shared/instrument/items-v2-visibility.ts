import { continuedFactor } from './continued';
import { VISIBILITY_FACTORS } from './items-visibility';
import type { FactorInfo, InstrumentItem } from './types';

// Instrument 2.0.0 content (docs/instrument.md gives the rules each statement follows). Once
// released, wording and keying are frozen: answers refer to these ids.

export const VISIBILITY_FACTORS_V2: FactorInfo[] = [
  continuedFactor(VISIBILITY_FACTORS, 'replay'),
  continuedFactor(VISIBILITY_FACTORS, 'explain'),
  continuedFactor(VISIBILITY_FACTORS, 'ownership'),
  continuedFactor(VISIBILITY_FACTORS, 'consistency'),
  continuedFactor(VISIBILITY_FACTORS, 'controls'),
];

export const VISIBILITY_ITEMS_V2: InstrumentItem[] = [
  {
    id: 'dv.replay.1',
    dimension: 'visibility',
    factor: 'replay',
    keyed: 'health',
    text: {
      en: 'For an important decision our team made last month, a written record of its reasons can be found.',
      es: 'De una decisión importante que nuestro equipo tomó el mes pasado se puede encontrar un registro escrito de sus motivos.',
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
      en: 'Many of our team’s decisions are made in calls or chats without being written down.',
      es: 'Muchas decisiones de nuestro equipo se toman en llamadas o chats sin quedar por escrito.',
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
      en: 'If asked how it reached a past decision, our team could reconstruct it step by step.',
      es: 'Si se lo preguntaran, nuestro equipo podría reconstruir paso a paso cómo llegó a una decisión pasada.',
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
      en: 'Our team sometimes argues about what was agreed because the decision cannot be found.',
      es: 'Nuestro equipo a veces discute qué se acordó porque no encuentra la decisión.',
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
      en: 'Some systems our team runs make choices, such as prices or approvals, that the team could not explain in a given case.',
      es: 'Algunos sistemas de nuestro equipo toman decisiones, como precios o aprobaciones, que el equipo no sabría explicar en un caso concreto.',
    },
    note: {
      en: 'Automated decisions the team cannot account for.',
      es: 'Decisiones automáticas de las que el equipo no sabe dar cuenta.',
    },
  },
  {
    id: 'dv.explain.2',
    dimension: 'visibility',
    factor: 'explain',
    keyed: 'health',
    text: {
      en: 'When a customer asks why something happened, our team can give a clear answer.',
      es: 'Cuando un cliente pregunta por qué pasó algo, nuestro equipo puede darle una respuesta clara.',
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
      en: 'Decisions reach our team without the reasoning behind them.',
      es: 'Las decisiones llegan a nuestro equipo sin el razonamiento que las sustenta.',
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
      en: 'When something goes wrong, our team takes a long time to work out who should fix it.',
      es: 'Cuando algo sale mal, a nuestro equipo le lleva mucho tiempo averiguar quién debe arreglarlo.',
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
      en: 'The systems our team relies on have named owners it can contact.',
      es: 'Los sistemas de los que depende nuestro equipo tienen responsables con nombre a quienes puede acudir.',
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
    keyed: 'health',
    text: {
      en: 'When a problem lands between our team and another, an owner is agreed within a day.',
      es: 'Cuando un problema queda entre nuestro equipo y otro, se acuerda un responsable en menos de un día.',
    },
    note: {
      en: 'Ownership at the boundaries between teams.',
      es: 'Responsabilidad en las fronteras entre equipos.',
    },
  },
  {
    id: 'dv.consistency.1',
    dimension: 'visibility',
    factor: 'consistency',
    keyed: 'debt',
    text: {
      en: 'In our team, the same kind of request can get a different answer depending on who handles it.',
      es: 'En nuestro equipo, una misma solicitud puede recibir una respuesta distinta según quién la atienda.',
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
      en: 'If our team ran the same process twice with the same information, it would get the same result.',
      es: 'Si nuestro equipo repitiera el mismo proceso con la misma información, obtendría el mismo resultado.',
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
      en: 'Our team gets results that it cannot reproduce when it tries again.',
      es: 'Nuestro equipo obtiene resultados que no puede reproducir cuando lo vuelve a intentar.',
    },
    note: {
      en: 'Same inputs giving different results.',
      es: 'Los mismos datos dan resultados distintos.',
    },
  },
  {
    id: 'dv.consistency.4',
    dimension: 'visibility',
    factor: 'consistency',
    keyed: 'health',
    text: {
      en: 'Our team settles recurring cases by written criteria.',
      es: 'Nuestro equipo resuelve los casos recurrentes con criterios escritos.',
    },
    note: {
      en: 'Whether repeated calls follow stated rules.',
      es: 'Si las decisiones repetidas siguen reglas explícitas.',
    },
  },
  {
    id: 'dv.controls.1',
    dimension: 'visibility',
    factor: 'controls',
    keyed: 'debt',
    text: {
      en: 'In our team, some approvals are given without the work really being checked.',
      es: 'En nuestro equipo, algunas aprobaciones se dan sin revisar de verdad el trabajo.',
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
      en: 'When a review in our team blocks something, it is usually because of a real problem.',
      es: 'Cuando una revisión de nuestro equipo frena algo, suele ser por un problema real.',
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
      en: 'Our team keeps checks that it could drop with no visible effect on results.',
      es: 'Nuestro equipo mantiene controles que podría quitar sin que se notara en los resultados.',
    },
    note: {
      en: 'Checks that do not map to results.',
      es: 'Controles que no se reflejan en los resultados.',
    },
  },
  {
    id: 'dv.controls.4',
    dimension: 'visibility',
    factor: 'controls',
    keyed: 'health',
    text: {
      en: 'The checks our team relies on catch problems before they reach customers.',
      es: 'Los controles de nuestro equipo detectan problemas antes de que lleguen a los clientes.',
    },
    note: {
      en: 'Whether controls stop the problems that matter.',
      es: 'Si los controles frenan los problemas que importan.',
    },
  },
];
