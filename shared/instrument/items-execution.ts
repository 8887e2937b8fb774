import type { FactorInfo, InstrumentItem } from './types';

// Instrument v1 content. Once released, wording and keying are frozen: answers already saved
// refer to these ids, so a reworded statement belongs in a new instrument version.

export const EXECUTION_FACTORS: FactorInfo[] = [
  {
    id: 'progress',
    dimension: 'execution',
    label: { en: 'Reported vs actual progress', es: 'Avance informado frente a avance real' },
    prompt: {
      en: 'Of what we last reported as done, which items would we bet have really been checked?',
      es: 'De lo último que informamos como terminado, ¿qué apostaríamos a que se comprobó de verdad?',
    },
  },
  {
    id: 'intent',
    dimension: 'execution',
    label: { en: 'Outcome–intent divergence', es: 'Distancia entre intención y resultado' },
    prompt: {
      en: 'What did we deliver that did what was asked but not what was meant?',
      es: '¿Qué entregamos que hizo lo que se pidió, pero no lo que se buscaba?',
    },
  },
  {
    id: 'propagation',
    dimension: 'execution',
    label: { en: 'Non-local change propagation', es: 'Cambios con efectos a distancia' },
    prompt: {
      en: 'When did a change last ripple somewhere unexpected, and how did we find out?',
      es: '¿Cuándo fue la última vez que un cambio repercutió donde no lo esperábamos, y cómo nos enteramos?',
    },
  },
  {
    id: 'ai',
    dimension: 'execution',
    label: { en: 'AI acceleration without visibility', es: 'Aceleración con IA sin visibilidad' },
    prompt: {
      en: 'Where has AI made us faster, and what do we check less since then?',
      es: '¿Dónde nos ha hecho más rápidos la IA, y qué revisamos menos desde entonces?',
    },
  },
];

export const EXECUTION_ITEMS: InstrumentItem[] = [
  {
    id: 'er.progress.1',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'debt',
    text: {
      en: 'Work we report as done often comes back because it was not really finished.',
      es: 'El trabajo que damos por terminado a menudo vuelve porque en realidad no estaba acabado.',
    },
    note: {
      en: 'Work marked done that turns out not to be.',
      es: 'Trabajo marcado como terminado que resulta no estarlo.',
    },
  },
  {
    id: 'er.progress.2',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'health',
    text: {
      en: 'Our status updates match what I see happening in the work itself.',
      es: 'Lo que informamos sobre el avance coincide con lo que veo en el trabajo mismo.',
    },
    note: {
      en: 'Match between reported and observed progress.',
      es: 'Coincidencia entre el avance informado y el observado.',
    },
  },
  {
    id: 'er.progress.3',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'debt',
    text: {
      en: 'In the last three months, something was reported as on track right up until it was suddenly late.',
      es: 'En los últimos tres meses, algo figuró como «según lo previsto» hasta que, de golpe, ya iba con retraso.',
    },
    note: {
      en: 'Late surprises hidden behind a green status.',
      es: 'Sorpresas de último momento ocultas tras un estado en verde.',
    },
  },
  {
    id: 'er.progress.4',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'health',
    text: {
      en: 'Before we call a piece of work done, we check that it actually works for the people who use it.',
      es: 'Antes de dar un trabajo por terminado, comprobamos que realmente funciona para quienes lo usan.',
    },
    note: {
      en: 'Verification before completion is declared.',
      es: 'Verificación antes de declarar algo terminado.',
    },
  },
  {
    id: 'er.intent.1',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'debt',
    text: {
      en: 'In the last three months, we delivered something that did not achieve what it was meant to.',
      es: 'En los últimos tres meses entregamos algo que no logró lo que se buscaba.',
    },
    note: {
      en: 'Deliveries that miss their intended outcome.',
      es: 'Entregas que no logran el resultado buscado.',
    },
  },
  {
    id: 'er.intent.2',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'health',
    text: {
      en: 'For the work I am doing now, I can say what outcome it is supposed to produce.',
      es: 'Del trabajo que tengo entre manos, puedo decir qué resultado debería producir.',
    },
    note: {
      en: 'Whether the people doing the work know what it is for.',
      es: 'Si quienes hacen el trabajo saben para qué sirve.',
    },
  },
  {
    id: 'er.intent.3',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'debt',
    text: {
      en: 'After delivery, we rarely check whether the result matched the original goal.',
      es: 'Después de entregar, rara vez comprobamos si el resultado coincidió con el objetivo original.',
    },
    note: {
      en: 'Whether outcomes are ever compared with intent.',
      es: 'Si alguna vez se comparan los resultados con la intención.',
    },
  },
  {
    id: 'er.propagation.1',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'debt',
    text: {
      en: 'In the last three months, a change made in one place caused a surprise somewhere nobody expected.',
      es: 'En los últimos tres meses, un cambio hecho en un lugar provocó una sorpresa donde nadie lo esperaba.',
    },
    note: {
      en: 'Effects of a change far from where it was made.',
      es: 'Efectos de un cambio lejos de donde se hizo.',
    },
  },
  {
    id: 'er.propagation.2',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'health',
    text: {
      en: 'When a plan or priority changes, everyone affected hears about it before it reaches their work.',
      es: 'Cuando cambia un plan o una prioridad, todas las personas afectadas se enteran antes de que llegue a su trabajo.',
    },
    note: {
      en: 'Whether news of a change reaches those it affects in time.',
      es: 'Si la noticia de un cambio llega a tiempo a quienes afecta.',
    },
  },
  {
    id: 'er.propagation.3',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'debt',
    text: {
      en: 'We often learn about a decision from its side effects rather than from the people who made it.',
      es: 'A menudo nos enteramos de una decisión por sus efectos y no por quienes la tomaron.',
    },
    note: {
      en: 'Decisions that spread silently through their consequences.',
      es: 'Decisiones que se propagan en silencio a través de sus consecuencias.',
    },
  },
  {
    id: 'er.ai.1',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'debt',
    text: {
      en: 'Code or text produced with AI tools reaches our users without anyone reading it closely.',
      es: 'Código o textos generados con herramientas de IA llegan a nuestros usuarios sin que nadie los revise con atención.',
    },
    note: {
      en: 'Unreviewed AI output on its way to users. Teams not using AI may answer “can’t say”.',
      es: 'Resultados de IA sin revisar que llegan a los usuarios. Si el equipo no usa IA, vale «no sabría decir».',
    },
  },
  {
    id: 'er.ai.2',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'health',
    text: {
      en: 'We can tell which parts of our work were produced with help from AI.',
      es: 'Podemos saber qué partes de nuestro trabajo se hicieron con ayuda de la IA.',
    },
    note: {
      en: 'Traceability of what AI contributed.',
      es: 'Trazabilidad de lo que aportó la IA.',
    },
  },
  {
    id: 'er.ai.3',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'debt',
    text: {
      en: 'Since we started using AI tools, we produce work faster than we can check it.',
      es: 'Desde que usamos herramientas de IA, producimos trabajo más rápido de lo que podemos revisarlo.',
    },
    note: {
      en: 'Speed that outpaces verification.',
      es: 'Velocidad que supera la capacidad de verificar.',
    },
  },
  {
    id: 'er.ai.4',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'health',
    text: {
      en: 'We have agreed which decisions AI tools may make on their own and which need a person.',
      es: 'Hemos acordado qué decisiones pueden tomar las herramientas de IA por sí solas y cuáles necesitan a una persona.',
    },
    note: {
      en: 'Explicit limits on what AI may decide without a person.',
      es: 'Límites explícitos sobre lo que la IA puede decidir sin una persona.',
    },
  },
];
