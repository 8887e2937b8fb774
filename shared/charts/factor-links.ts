import type { Localized } from '../instrument/types';

/** One way a debt in one factor feeds a debt in another (source → target). */
export interface FactorLink {
  from: string;
  to: string;
  why: Localized;
}

/**
 * The framework's reinforcing links between factors, as this app models them. Direction reads
 * "a debt here makes a debt there more likely". Our own reading of the framework, versioned with
 * the chart: changing a link changes the factor web, not any score.
 */
export const FACTOR_LINKS: readonly FactorLink[] = Object.freeze([
  {
    from: 'hd.load',
    to: 'hd.speakup',
    why: {
      en: 'People with no slack left rarely find the energy to question a plan.',
      es: 'Quien no tiene margen rara vez encuentra energía para cuestionar un plan.',
    },
  },
  {
    from: 'hd.load',
    to: 'hd.normalised',
    why: {
      en: 'When everyone is stretched, workarounds stop looking like exceptions.',
      es: 'Cuando todos van al límite, los atajos dejan de parecer excepciones.',
    },
  },
  {
    from: 'hd.speakup',
    to: 'dv.explain',
    why: {
      en: 'A choice nobody dares to question is never asked to explain itself.',
      es: 'A una decisión que nadie se atreve a cuestionar nunca se le pide explicación.',
    },
  },
  {
    from: 'hd.speakup',
    to: 'er.progress',
    why: {
      en: 'Bad news that stays unspoken leaves status reports rosier than the work.',
      es: 'Las malas noticias que nadie dice dejan los informes más optimistas que el trabajo.',
    },
  },
  // Links of the factors instrument 2.0.0 added; a result without them simply skips these.
  {
    from: 'hd.trust',
    to: 'hd.speakup',
    why: {
      en: 'Where an objection is read as a personal agenda, people stop raising them.',
      es: 'Donde una objeción se interpreta como un interés personal, la gente deja de plantearlas.',
    },
  },
  {
    from: 'hd.learning',
    to: 'hd.normalised',
    why: {
      en: 'A failure met with blame keeps its cause, and the workaround becomes habit.',
      es: 'Un fallo que acaba en culpa deja su causa intacta, y el parche se vuelve costumbre.',
    },
  },
  {
    from: 'hd.autonomy',
    to: 'er.intent',
    why: {
      en: 'A team told how to work cannot adjust the method when it stops serving the goal.',
      es: 'Un equipo al que se le dice cómo trabajar no puede ajustar el método cuando deja de servir al objetivo.',
    },
  },
  {
    from: 'td.coupling',
    to: 'td.coordination',
    why: {
      en: 'Code bound across team lines turns a change into a negotiation between teams.',
      es: 'El código acoplado entre equipos convierte cada cambio en una negociación entre ellos.',
    },
  },
  {
    from: 'td.coordination',
    to: 'hd.load',
    why: {
      en: 'Work waiting on other teams adds chasing and context switches to everyone’s week.',
      es: 'El trabajo que espera a otros equipos añade seguimientos y cambios de tema a la semana de todos.',
    },
  },
  {
    from: 'hd.incentives',
    to: 'er.progress',
    why: {
      en: 'Rewarding the look of being on track invites reports that run ahead of reality.',
      es: 'Premiar la apariencia de ir en plazo invita a informes que se adelantan a la realidad.',
    },
  },
  {
    from: 'hd.incentives',
    to: 'hd.normalised',
    why: {
      en: 'Targets that pay for speed turn shortcuts into accepted practice.',
      es: 'Los objetivos que premian la velocidad convierten los atajos en costumbre.',
    },
  },
  {
    from: 'hd.normalised',
    to: 'td.pipeline',
    why: {
      en: 'Once a red build is normal, nobody stops to repair the pipeline.',
      es: 'Cuando una compilación rota es lo normal, nadie se detiene a reparar el proceso de entrega.',
    },
  },
  {
    from: 'dv.ownership',
    to: 'hd.accountability',
    why: {
      en: 'If no one can be named as a decision’s owner, answering for its result dissolves.',
      es: 'Si nadie figura como dueño de una decisión, responder por su resultado se diluye.',
    },
  },
  {
    from: 'hd.accountability',
    to: 'dv.controls',
    why: {
      en: 'Controls nobody answers for drift until they no longer match what happens.',
      es: 'Los controles de los que nadie responde se desajustan hasta no reflejar lo que ocurre.',
    },
  },
  {
    from: 'td.coupling',
    to: 'er.propagation',
    why: {
      en: 'Hidden dependencies carry a change far from where it was made.',
      es: 'Las dependencias ocultas llevan un cambio lejos de donde se hizo.',
    },
  },
  {
    from: 'td.coupling',
    to: 'td.change',
    why: {
      en: 'Tightly bound parts make every change touch more than planned.',
      es: 'Las piezas muy acopladas hacen que cada cambio toque más de lo previsto.',
    },
  },
  {
    from: 'td.legacy',
    to: 'td.change',
    why: {
      en: 'Old constraints add a toll to every change that crosses them.',
      es: 'Las restricciones heredadas cobran peaje a cada cambio que las atraviesa.',
    },
  },
  {
    from: 'td.legacy',
    to: 'dv.explain',
    why: {
      en: 'Choices bent around old limits are hard to explain to anyone who was not there.',
      es: 'Las decisiones que esquivan límites antiguos cuestan de explicar a quien no estuvo.',
    },
  },
  {
    from: 'td.pipeline',
    to: 'hd.load',
    why: {
      en: 'A fragile delivery path adds firefighting to everyone’s week.',
      es: 'Un camino de entrega frágil añade apagar fuegos a la semana de todos.',
    },
  },
  {
    from: 'td.change',
    to: 'er.intent',
    why: {
      en: 'When change is expensive, teams ship what is feasible instead of what was meant.',
      es: 'Cuando cambiar sale caro, se entrega lo factible en lugar de lo que se pretendía.',
    },
  },
  {
    from: 'er.ai',
    to: 'dv.replay',
    why: {
      en: 'Output produced faster than it is recorded leaves decisions no one can replay.',
      es: 'Lo que se produce más rápido de lo que se registra deja decisiones imposibles de reconstruir.',
    },
  },
  {
    from: 'er.ai',
    to: 'hd.load',
    why: {
      en: 'More generated output means more for people to review and vouch for.',
      es: 'Más resultados generados significa más que revisar y avalar.',
    },
  },
  {
    from: 'dv.replay',
    to: 'dv.consistency',
    why: {
      en: 'Decisions that cannot be replayed cannot be checked for consistency.',
      es: 'Las decisiones que no se pueden reconstruir no se pueden comprobar en su coherencia.',
    },
  },
  {
    from: 'dv.consistency',
    to: 'er.intent',
    why: {
      en: 'When the same request can end differently, results wander away from intent.',
      es: 'Si la misma petición puede acabar distinto, los resultados se alejan de la intención.',
    },
  },
  {
    from: 'dv.controls',
    to: 'er.progress',
    why: {
      en: 'Checks that do not track results let reported progress float free of the work.',
      es: 'Los controles que no siguen los resultados dejan el avance informado desligado del trabajo.',
    },
  },
  {
    from: 'er.propagation',
    to: 'hd.load',
    why: {
      en: 'Surprise side effects arrive as unplanned work.',
      es: 'Los efectos secundarios inesperados llegan como trabajo no planificado.',
    },
  },
  {
    from: 'er.intent',
    to: 'hd.speakup',
    why: {
      en: 'When outcomes drift without visible cause, raising concerns starts to feel pointless.',
      es: 'Cuando los resultados se desvían sin causa visible, plantear dudas empieza a parecer inútil.',
    },
  },
]);
