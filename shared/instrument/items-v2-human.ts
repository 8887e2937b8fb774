import { continuedFactor } from './continued';
import { HUMAN_FACTORS } from './items-human';
import type { FactorInfo, InstrumentItem } from './types';

// Instrument 2.0.0 content (docs/instrument.md gives the rules each statement follows). Once
// released, wording and keying are frozen: answers refer to these ids.

export const HUMAN_FACTORS_V2: FactorInfo[] = [
  continuedFactor(HUMAN_FACTORS, 'load'),
  continuedFactor(HUMAN_FACTORS, 'speakup'),
  {
    id: 'trust',
    dimension: 'human',
    label: { en: 'Trust within the team', es: 'Confianza dentro del equipo' },
    prompt: {
      en: 'Whose work do we check again before we rely on it, and what would let us stop?',
      es: '¿El trabajo de quién volvemos a comprobar antes de fiarnos, y qué nos permitiría dejar de hacerlo?',
    },
  },
  {
    id: 'learning',
    dimension: 'human',
    label: {
      en: 'Learning from failure (inquiry, not blame)',
      es: 'Aprender de los fallos (indagar, no culpar)',
    },
    prompt: {
      en: 'After our last failure, what did we change besides the thing that broke?',
      es: 'Después del último fallo, ¿qué cambiamos además de lo que se rompió?',
    },
  },
  continuedFactor(HUMAN_FACTORS, 'accountability'),
  continuedFactor(HUMAN_FACTORS, 'normalised'),
  continuedFactor(HUMAN_FACTORS, 'incentives'),
  {
    id: 'autonomy',
    dimension: 'human',
    label: { en: 'Autonomy', es: 'Autonomía' },
    prompt: {
      en: 'Which decision that should be ours do we still ask permission for?',
      es: '¿Qué decisión que debería ser nuestra todavía necesita un permiso?',
    },
  },
];

export const HUMAN_ITEMS_V2: InstrumentItem[] = [
  {
    id: 'hd.load.1',
    dimension: 'human',
    factor: 'load',
    keyed: 'debt',
    text: {
      en: 'Our team has taken on more work than it can finish at a sustainable pace.',
      es: 'Nuestro equipo ha asumido más trabajo del que puede terminar a un ritmo sostenible.',
    },
    note: {
      en: 'Over-commitment measured against a pace the team can keep up.',
      es: 'Exceso de compromisos frente a un ritmo que el equipo puede mantener.',
    },
  },
  {
    id: 'hd.load.2',
    dimension: 'human',
    factor: 'load',
    keyed: 'health',
    text: {
      en: 'Our team checks its capacity before it agrees to new work.',
      es: 'Nuestro equipo revisa su capacidad antes de aceptar trabajo nuevo.',
    },
    note: {
      en: 'Whether capacity is weighed before the team commits.',
      es: 'Si se tiene en cuenta la capacidad antes de comprometerse.',
    },
  },
  {
    id: 'hd.load.3',
    dimension: 'human',
    factor: 'load',
    keyed: 'debt',
    text: {
      en: 'People in our team juggle so many topics at once that some of them get lost.',
      es: 'En nuestro equipo se atienden tantos temas a la vez que algunos se pierden por el camino.',
    },
    note: {
      en: 'Context switching and the mental load it adds.',
      es: 'Cambios constantes de tema y la carga mental que suman.',
    },
  },
  {
    id: 'hd.speakup.1',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'health',
    text: {
      en: 'In our team, people who disagree with a plan say so before it is decided.',
      es: 'En nuestro equipo, quien no está de acuerdo con un plan lo dice antes de que se decida.',
    },
    note: {
      en: 'Dissent voiced in time to change the decision.',
      es: 'Desacuerdo expresado a tiempo para cambiar la decisión.',
    },
  },
  {
    id: 'hd.speakup.2',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'debt',
    text: {
      en: 'In our team, doubts about a plan are voiced more often after the meeting than in it.',
      es: 'En nuestro equipo, las dudas sobre un plan se expresan más después de la reunión que en ella.',
    },
    note: {
      en: 'Concerns that go round the room instead of through it.',
      es: 'Dudas que circulan fuera de la reunión en lugar de plantearse en ella.',
    },
  },
  {
    id: 'hd.speakup.3',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'health',
    text: {
      en: 'In our team, a newer member can openly question an idea from a senior colleague.',
      es: 'En nuestro equipo, una persona recién llegada puede cuestionar abiertamente la idea de un colega veterano.',
    },
    note: {
      en: 'Whether voice depends on seniority.',
      es: 'Si poder opinar depende de la antigüedad.',
    },
  },
  {
    id: 'hd.trust.1',
    dimension: 'human',
    factor: 'trust',
    keyed: 'health',
    text: {
      en: 'In our team, people can count on colleagues to do what they said they would.',
      es: 'En nuestro equipo, podemos contar con que los colegas harán lo que dijeron que harían.',
    },
    note: {
      en: 'Reliability: trust that a word given is kept.',
      es: 'Fiabilidad: confianza en que se cumple la palabra dada.',
    },
  },
  {
    id: 'hd.trust.2',
    dimension: 'human',
    factor: 'trust',
    keyed: 'debt',
    text: {
      en: 'In our team, some people quietly re-check colleagues’ work because they doubt it.',
      es: 'En nuestro equipo, hay quien vuelve a revisar en silencio el trabajo de sus colegas porque desconfía de él.',
    },
    note: {
      en: 'Hidden double work that signals doubt in a colleague’s competence.',
      es: 'Trabajo duplicado y oculto que revela dudas sobre la competencia de un colega.',
    },
  },
  {
    id: 'hd.trust.3',
    dimension: 'human',
    factor: 'trust',
    keyed: 'health',
    text: {
      en: 'In our team, a colleague’s objection is taken as made in good faith.',
      es: 'En nuestro equipo, la objeción de un colega se toma como hecha de buena fe.',
    },
    note: {
      en: 'Whether good intent is assumed or suspected.',
      es: 'Si se presupone buena intención o se sospecha de ella.',
    },
  },
  {
    id: 'hd.learning.1',
    dimension: 'human',
    factor: 'learning',
    keyed: 'health',
    text: {
      en: 'When something fails in our team, the first question is what allowed it to happen.',
      es: 'Cuando algo falla en nuestro equipo, la primera pregunta es qué permitió que ocurriera.',
    },
    note: {
      en: 'Inquiry into conditions rather than a search for a culprit.',
      es: 'Indagar en las condiciones en lugar de buscar un culpable.',
    },
  },
  {
    id: 'hd.learning.2',
    dimension: 'human',
    factor: 'learning',
    keyed: 'debt',
    text: {
      en: 'In our team, the person closest to a failure tends to carry the blame for it.',
      es: 'En nuestro equipo, la persona más cercana a un fallo suele cargar con la culpa.',
    },
    note: {
      en: 'Blame landing on whoever was nearest.',
      es: 'La culpa recae en quien estaba más cerca.',
    },
  },
  {
    id: 'hd.learning.3',
    dimension: 'human',
    factor: 'learning',
    keyed: 'health',
    text: {
      en: 'After a failure, our team changes how it works, not only the part that broke.',
      es: 'Después de un fallo, nuestro equipo cambia su forma de trabajar, no solo la parte que se rompió.',
    },
    note: {
      en: 'Whether a failure leads to a lasting change in practice.',
      es: 'Si un fallo lleva a un cambio duradero en la práctica.',
    },
  },
  {
    id: 'hd.accountability.1',
    dimension: 'human',
    factor: 'accountability',
    keyed: 'health',
    text: {
      en: 'In our team, it is clear who answers for the result of the work in progress.',
      es: 'En nuestro equipo está claro quién responde por el resultado del trabajo en curso.',
    },
    note: {
      en: 'Clarity of who answers for a result.',
      es: 'Claridad sobre quién responde por un resultado.',
    },
  },
  {
    id: 'hd.accountability.2',
    dimension: 'human',
    factor: 'accountability',
    keyed: 'debt',
    text: {
      en: 'In our team, commitments are sometimes dropped quietly instead of being renegotiated.',
      es: 'En nuestro equipo, a veces los compromisos se abandonan en silencio en lugar de renegociarse.',
    },
    note: {
      en: 'Commitments that lapse with nobody answering for them.',
      es: 'Compromisos que caducan sin que nadie rinda cuentas.',
    },
  },
  {
    id: 'hd.accountability.3',
    dimension: 'human',
    factor: 'accountability',
    keyed: 'debt',
    text: {
      en: 'In our team, shared tasks stall because people assume someone else is handling them.',
      es: 'En nuestro equipo, las tareas compartidas se estancan porque se supone que otra persona se ocupa de ellas.',
    },
    note: {
      en: 'Diffused responsibility inside the team.',
      es: 'Responsabilidad diluida dentro del equipo.',
    },
  },
  {
    id: 'hd.normalised.1',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'debt',
    text: {
      en: 'In our team, skipping reviews to meet a deadline has become normal.',
      es: 'En nuestro equipo, saltarse las revisiones para cumplir un plazo se ha vuelto normal.',
    },
    note: {
      en: 'A shortcut that has become routine under pressure.',
      es: 'Un atajo que se volvió rutina bajo presión.',
    },
  },
  {
    id: 'hd.normalised.2',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'health',
    text: {
      en: 'When a deadline is at risk, our team renegotiates the plan rather than cutting corners.',
      es: 'Cuando un plazo está en riesgo, nuestro equipo renegocia el plan en lugar de tomar atajos.',
    },
    note: {
      en: 'Pressure negotiated openly instead of absorbed as shortcuts.',
      es: 'La presión se negocia abiertamente en vez de absorberse con atajos.',
    },
  },
  {
    id: 'hd.normalised.3',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'debt',
    text: {
      en: 'In our team, workarounds once called temporary have become the usual way of working.',
      es: 'En nuestro equipo, soluciones que se llamaron provisionales se han convertido en la forma habitual de trabajar.',
    },
    note: {
      en: 'Temporary fixes turned into permanent practice.',
      es: 'Parches provisionales convertidos en práctica permanente.',
    },
  },
  {
    id: 'hd.incentives.1',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'debt',
    text: {
      en: 'In our team, delivering fast earns more recognition than delivering something that works well.',
      es: 'En nuestro equipo, entregar rápido recibe más reconocimiento que entregar algo que funcione bien.',
    },
    note: {
      en: 'Whether recognition favours speed over outcome.',
      es: 'Si el reconocimiento premia la velocidad por encima del resultado.',
    },
  },
  {
    id: 'hd.incentives.2',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'health',
    text: {
      en: 'The targets our team is measured on match what it is actually trying to achieve.',
      es: 'Los objetivos con los que se evalúa a nuestro equipo coinciden con lo que realmente intenta lograr.',
    },
    note: {
      en: 'Fit between measured targets and the team’s intent.',
      es: 'Coherencia entre los objetivos medidos y la intención del equipo.',
    },
  },
  {
    id: 'hd.incentives.3',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'health',
    text: {
      en: 'In our team, fixing the cause of a problem earns as much credit as a quick rescue.',
      es: 'En nuestro equipo, resolver la causa de un problema se reconoce tanto como un rescate rápido.',
    },
    note: {
      en: 'Whether lasting fixes are rewarded as much as heroics.',
      es: 'Si las soluciones de fondo se reconocen tanto como los rescates heroicos.',
    },
  },
  {
    id: 'hd.autonomy.1',
    dimension: 'human',
    factor: 'autonomy',
    keyed: 'health',
    text: {
      en: 'Our team can make routine choices about how it works without asking permission.',
      es: 'Nuestro equipo puede tomar las decisiones habituales sobre su forma de trabajar sin pedir permiso.',
    },
    note: {
      en: 'Latitude over the team’s own methods.',
      es: 'Margen del equipo sobre sus propios métodos.',
    },
  },
  {
    id: 'hd.autonomy.2',
    dimension: 'human',
    factor: 'autonomy',
    keyed: 'debt',
    text: {
      en: 'In our team, even small decisions wait for sign-off from someone outside the team.',
      es: 'En nuestro equipo, hasta las decisiones pequeñas esperan el visto bueno de alguien de fuera del equipo.',
    },
    note: {
      en: 'Decision rights held away from the work.',
      es: 'Derechos de decisión alejados del trabajo.',
    },
  },
  {
    id: 'hd.autonomy.3',
    dimension: 'human',
    factor: 'autonomy',
    keyed: 'debt',
    text: {
      en: 'Our team is told how to do its work, not only what outcome is needed.',
      es: 'A nuestro equipo se le dice cómo hacer su trabajo, no solo qué resultado se necesita.',
    },
    note: {
      en: 'Whether the team is given outcomes or instructions.',
      es: 'Si al equipo se le dan resultados a lograr o instrucciones.',
    },
  },
];
