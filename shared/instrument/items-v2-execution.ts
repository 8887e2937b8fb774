import { continuedFactor } from './continued';
import { EXECUTION_FACTORS } from './items-execution';
import type { FactorInfo, InstrumentItem } from './types';

// Instrument 2.0.0 content (docs/instrument.md gives the rules each statement follows). Once
// released, wording and keying are frozen: answers refer to these ids.

export const EXECUTION_FACTORS_V2: FactorInfo[] = [
  continuedFactor(EXECUTION_FACTORS, 'progress'),
  continuedFactor(EXECUTION_FACTORS, 'intent'),
  continuedFactor(EXECUTION_FACTORS, 'propagation'),
  continuedFactor(EXECUTION_FACTORS, 'ai'),
];

export const EXECUTION_ITEMS_V2: InstrumentItem[] = [
  {
    id: 'er.progress.1',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'health',
    text: {
      en: 'Our team’s status updates match what can be seen in the work itself.',
      es: 'Lo que nuestro equipo informa sobre su avance coincide con lo que se ve en el propio trabajo.',
    },
    note: {
      en: 'Match between reported and observed progress.',
      es: 'Coincidencia entre el avance informado y el observado.',
    },
  },
  {
    id: 'er.progress.2',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'debt',
    text: {
      en: 'In our team, work can show as on track until shortly before it is suddenly late.',
      es: 'En nuestro equipo, un trabajo puede figurar como en plazo hasta poco antes de retrasarse de golpe.',
    },
    note: {
      en: 'Late surprises behind an on-track status.',
      es: 'Sorpresas de último momento tras un estado «en plazo».',
    },
  },
  {
    id: 'er.progress.3',
    dimension: 'execution',
    factor: 'progress',
    keyed: 'health',
    text: {
      en: 'Before our team calls work done, it checks that the work functions for the people who use it.',
      es: 'Antes de dar un trabajo por terminado, nuestro equipo comprueba que funciona para quienes lo usan.',
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
      en: 'Our team delivers things that do what was asked but miss what was meant.',
      es: 'Nuestro equipo entrega cosas que hacen lo que se pidió, pero no lo que se buscaba.',
    },
    note: {
      en: 'Deliveries true to the request but not to its purpose.',
      es: 'Entregas fieles a la petición, pero no a su propósito.',
    },
  },
  {
    id: 'er.intent.2',
    dimension: 'execution',
    factor: 'intent',
    keyed: 'health',
    text: {
      en: 'For the work in progress, our team can say what outcome it is meant to produce.',
      es: 'Del trabajo en curso, nuestro equipo puede decir qué resultado debería producir.',
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
    keyed: 'health',
    text: {
      en: 'After delivery, our team checks whether the result matched the original goal.',
      es: 'Después de entregar, nuestro equipo comprueba si el resultado coincidió con el objetivo original.',
    },
    note: {
      en: 'Whether outcomes are compared with intent.',
      es: 'Si los resultados se comparan con la intención.',
    },
  },
  {
    id: 'er.propagation.1',
    dimension: 'execution',
    factor: 'propagation',
    keyed: 'debt',
    text: {
      en: 'In our team, a change made in one place causes surprises far from where it was made.',
      es: 'En nuestro equipo, un cambio hecho en un lugar provoca sorpresas lejos de donde se hizo.',
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
      en: 'When a priority changes, the people it affects in our team hear about it in time.',
      es: 'Cuando cambia una prioridad, las personas de nuestro equipo a las que afecta se enteran a tiempo.',
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
      en: 'Our team learns of decisions from their side effects rather than from the people who made them.',
      es: 'Nuestro equipo se entera de las decisiones por sus efectos secundarios y no por quienes las tomaron.',
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
      en: 'In our team, code or text generated with AI reaches users without a close human review.',
      es: 'En nuestro equipo, el código o el texto generado con IA llega a los usuarios sin una revisión humana atenta.',
    },
    note: {
      en: 'Unreviewed AI output on its way to users. A team not using AI may answer “can’t say”.',
      es: 'Resultados de IA sin revisar que llegan a los usuarios. Si el equipo no usa IA, vale «no sabría decir».',
    },
  },
  {
    id: 'er.ai.2',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'debt',
    text: {
      en: 'Since adopting AI tools, our team produces work faster than it can check it.',
      es: 'Desde que usa herramientas de IA, nuestro equipo produce trabajo más rápido de lo que puede revisarlo.',
    },
    note: {
      en: 'Speed that outpaces verification.',
      es: 'Velocidad que supera la capacidad de verificar.',
    },
  },
  {
    id: 'er.ai.3',
    dimension: 'execution',
    factor: 'ai',
    keyed: 'health',
    text: {
      en: 'Our team has agreed which decisions AI tools may take without a person.',
      es: 'Nuestro equipo ha acordado qué decisiones pueden tomar las herramientas de IA sin una persona.',
    },
    note: {
      en: 'Explicit limits on what AI may decide without a person.',
      es: 'Límites explícitos sobre lo que la IA puede decidir sin una persona.',
    },
  },
];
