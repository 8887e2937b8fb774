import type { FactorInfo, InstrumentItem } from './types';

// Instrument v1 content. Once released, wording and keying are frozen: answers already saved
// refer to these ids, so a reworded statement belongs in a new instrument version.

export const HUMAN_FACTORS: FactorInfo[] = [
  {
    id: 'load',
    dimension: 'human',
    label: { en: 'Cognitive load & over-commitment', es: 'Carga mental y exceso de compromisos' },
    prompt: {
      en: 'What did we say yes to in the last quarter that we should have said no to?',
      es: '¿A qué dijimos que sí el último trimestre cuando deberíamos haber dicho que no?',
    },
  },
  {
    id: 'speakup',
    dimension: 'human',
    label: {
      en: 'Speaking up & psychological safety',
      es: 'Hablar con franqueza y seguridad psicológica',
    },
    prompt: {
      en: 'What does this room know that it rarely says out loud?',
      es: '¿Qué sabe esta sala que casi nunca se dice en voz alta?',
    },
  },
  {
    id: 'accountability',
    dimension: 'human',
    label: { en: 'Accountability clarity', es: 'Claridad de responsabilidades' },
    prompt: {
      en: 'Which piece of our current work has no single person answering for it?',
      es: '¿Qué parte de nuestro trabajo actual no tiene a una sola persona que responda por ella?',
    },
  },
  {
    id: 'normalised',
    dimension: 'human',
    label: {
      en: 'Normalised dysfunction under delivery pressure',
      es: 'Disfunciones normalizadas bajo presión de entrega',
    },
    prompt: {
      en: 'Which of our shortcuts would worry a newcomer but no longer worries us?',
      es: '¿Qué atajo nuestro preocuparía a alguien recién llegado, pero a nosotros ya no?',
    },
  },
  {
    id: 'incentives',
    dimension: 'human',
    label: { en: 'Incentive alignment', es: 'Alineación de incentivos' },
    prompt: {
      en: 'Which behaviour does the way we are measured reward that we do not actually want?',
      es: '¿Qué comportamiento premia la forma en que nos evalúan que en realidad no queremos?',
    },
  },
];

export const HUMAN_ITEMS: InstrumentItem[] = [
  {
    id: 'hd.load.1',
    dimension: 'human',
    factor: 'load',
    keyed: 'debt',
    text: {
      en: 'In the last three months, someone on the team worked evenings or weekends most weeks to hit a date.',
      es: 'En los últimos tres meses, casi todas las semanas alguien del equipo trabajó de noche o en fin de semana para llegar a una fecha.',
    },
    note: {
      en: 'Sustained overtime as a sign of over-commitment.',
      es: 'Horas extra sostenidas como señal de exceso de compromisos.',
    },
  },
  {
    id: 'hd.load.2',
    dimension: 'human',
    factor: 'load',
    keyed: 'health',
    text: {
      en: 'We take on new work only after checking what we can drop or delay.',
      es: 'Solo aceptamos trabajo nuevo después de revisar qué podemos dejar o posponer.',
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
      en: 'Most days I switch between so many topics that I lose track of some of them.',
      es: 'La mayoría de los días salto entre tantos temas que pierdo el hilo de algunos.',
    },
    note: {
      en: 'Context switching and the mental load it puts on individuals.',
      es: 'Cambios constantes de tema y la carga mental que suponen para cada persona.',
    },
  },
  {
    id: 'hd.load.4',
    dimension: 'human',
    factor: 'load',
    keyed: 'health',
    text: {
      en: 'When one of us is overloaded, the team moves some of that work to others.',
      es: 'Cuando alguien del equipo está sobrecargado, el equipo reparte parte de ese trabajo entre los demás.',
    },
    note: {
      en: 'Whether overload is noticed and acted on by the team.',
      es: 'Si el equipo detecta la sobrecarga y hace algo al respecto.',
    },
  },
  {
    id: 'hd.speakup.1',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'health',
    text: {
      en: 'When I disagree with a plan here, I say so in the meeting where it is decided.',
      es: 'Cuando no estoy de acuerdo con un plan, lo digo en la reunión donde se decide.',
    },
    note: {
      en: 'Willingness to challenge a decision openly and in time.',
      es: 'Disposición a cuestionar una decisión abiertamente y a tiempo.',
    },
  },
  {
    id: 'hd.speakup.2',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'debt',
    text: {
      en: 'In the last three months, I kept a concern to myself because raising it felt risky.',
      es: 'En los últimos tres meses me guardé alguna preocupación porque plantearla me parecía arriesgado.',
    },
    note: {
      en: 'Self-censorship driven by perceived personal risk.',
      es: 'Autocensura por miedo a las consecuencias personales.',
    },
  },
  {
    id: 'hd.speakup.3',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'health',
    text: {
      en: 'People here can admit a mistake without it being held against them later.',
      es: 'Aquí se puede reconocer un error sin que luego se use en contra de quien lo cometió.',
    },
    note: {
      en: 'Safety to own up to errors.',
      es: 'Seguridad para reconocer los propios errores.',
    },
  },
  {
    id: 'hd.speakup.4',
    dimension: 'human',
    factor: 'speakup',
    keyed: 'debt',
    text: {
      en: 'Bad news usually reaches our leaders later than it should.',
      es: 'Las malas noticias suelen llegar a la dirección más tarde de lo debido.',
    },
    note: {
      en: 'Whether problems travel upward in time.',
      es: 'Si los problemas llegan a tiempo a la dirección.',
    },
  },
  {
    id: 'hd.accountability.1',
    dimension: 'human',
    factor: 'accountability',
    keyed: 'health',
    text: {
      en: 'For each piece of work we have in progress, I could name the one person who answers for it.',
      es: 'Para cada trabajo que tenemos en curso, podría nombrar a la persona que responde por él.',
    },
    note: {
      en: 'Clarity of who answers for each piece of work.',
      es: 'Claridad sobre quién responde por cada trabajo.',
    },
  },
  {
    id: 'hd.accountability.2',
    dimension: 'human',
    factor: 'accountability',
    keyed: 'debt',
    text: {
      en: 'Tasks here often stall because everyone assumes someone else is handling them.',
      es: 'Aquí las tareas se estancan a menudo porque cada uno supone que otro se está ocupando de ellas.',
    },
    note: {
      en: 'Diffused responsibility: everyone assumes someone else has it.',
      es: 'Responsabilidad diluida: todos suponen que otro se encarga.',
    },
  },
  {
    id: 'hd.accountability.3',
    dimension: 'human',
    factor: 'accountability',
    keyed: 'debt',
    text: {
      en: 'In the last three months, a commitment we made was quietly dropped without anyone saying so.',
      es: 'En los últimos tres meses, algún compromiso que asumimos se abandonó en silencio, sin que nadie lo dijera.',
    },
    note: {
      en: 'Commitments that lapse with no one answering for them.',
      es: 'Compromisos que se abandonan sin que nadie rinda cuentas.',
    },
  },
  {
    id: 'hd.normalised.1',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'debt',
    text: {
      en: 'Skipping reviews or tests to meet a deadline has become normal here.',
      es: 'Saltarnos revisiones o pruebas para cumplir un plazo se ha vuelto algo normal aquí.',
    },
    note: {
      en: 'Shortcuts that have become routine under pressure.',
      es: 'Atajos que se volvieron rutina bajo presión.',
    },
  },
  {
    id: 'hd.normalised.2',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'health',
    text: {
      en: 'When a deadline is at risk, we change the scope or the date rather than cut corners.',
      es: 'Cuando un plazo está en riesgo, ajustamos el alcance o la fecha en lugar de tomar atajos.',
    },
    note: {
      en: 'Whether pressure is negotiated openly instead of absorbed as shortcuts.',
      es: 'Si la presión se negocia abiertamente en vez de absorberse con atajos.',
    },
  },
  {
    id: 'hd.normalised.3',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'debt',
    text: {
      en: 'Workarounds we once called temporary are now simply how we work.',
      es: 'Soluciones que alguna vez llamamos provisionales son hoy, sin más, nuestra forma de trabajar.',
    },
    note: {
      en: 'Temporary fixes that turned into permanent practice.',
      es: 'Parches provisionales convertidos en práctica permanente.',
    },
  },
  {
    id: 'hd.normalised.4',
    dimension: 'human',
    factor: 'normalised',
    keyed: 'debt',
    text: {
      en: 'Things that would have alarmed us a year ago now barely get a comment.',
      es: 'Cosas que hace un año nos habrían alarmado ahora apenas provocan un comentario.',
    },
    note: {
      en: 'Drift in what the team treats as acceptable.',
      es: 'Deriva en lo que el equipo considera aceptable.',
    },
  },
  {
    id: 'hd.incentives.1',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'debt',
    text: {
      en: 'Here, delivering fast is valued more than delivering something that works well.',
      es: 'Aquí se valora más entregar rápido que entregar algo que funcione bien.',
    },
    note: {
      en: 'Whether rewards favour speed over outcome.',
      es: 'Si los incentivos premian la velocidad por encima del resultado.',
    },
  },
  {
    id: 'hd.incentives.2',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'health',
    text: {
      en: 'The goals I am measured on match what the team is actually trying to achieve.',
      es: 'Los objetivos con los que me evalúan coinciden con lo que el equipo realmente intenta lograr.',
    },
    note: {
      en: 'Fit between individual targets and the team’s intent.',
      es: 'Coherencia entre los objetivos individuales y la intención del equipo.',
    },
  },
  {
    id: 'hd.incentives.3',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'debt',
    text: {
      en: 'Flagging a risk early costs the person who flags it more than staying quiet would.',
      es: 'Advertir un riesgo a tiempo le cuesta más a quien lo advierte que quedarse callado.',
    },
    note: {
      en: 'Whether the system penalises early warnings.',
      es: 'Si el sistema castiga los avisos tempranos.',
    },
  },
  {
    id: 'hd.incentives.4',
    dimension: 'human',
    factor: 'incentives',
    keyed: 'health',
    text: {
      en: 'People here get credit for fixing the cause of a problem, not only for the quick fix.',
      es: 'Aquí se reconoce a quien resuelve la causa de un problema, no solo a quien aplica el arreglo rápido.',
    },
    note: {
      en: 'Whether lasting fixes are rewarded as much as heroics.',
      es: 'Si las soluciones de fondo se reconocen tanto como los rescates heroicos.',
    },
  },
];
