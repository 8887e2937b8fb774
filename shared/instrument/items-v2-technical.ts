import { continuedFactor } from './continued';
import { TECHNICAL_FACTORS } from './items-technical';
import type { FactorInfo, InstrumentItem } from './types';

// Instrument 2.0.0 content (docs/instrument.md gives the rules each statement follows). Once
// released, wording and keying are frozen: answers refer to these ids.

export const TECHNICAL_FACTORS_V2: FactorInfo[] = [
  continuedFactor(TECHNICAL_FACTORS, 'pipeline'),
  continuedFactor(TECHNICAL_FACTORS, 'coupling'),
  continuedFactor(TECHNICAL_FACTORS, 'legacy'),
  continuedFactor(TECHNICAL_FACTORS, 'change'),
  {
    id: 'coordination',
    dimension: 'technical',
    label: {
      en: 'Coordination cost between teams',
      es: 'Costo de coordinación entre equipos',
    },
    prompt: {
      en: 'What did our last piece of work wait for, and which team was it waiting on?',
      es: '¿A qué esperó nuestro último trabajo, y de qué equipo dependía?',
    },
  },
];

export const TECHNICAL_ITEMS_V2: InstrumentItem[] = [
  {
    id: 'td.pipeline.1',
    dimension: 'technical',
    factor: 'pipeline',
    keyed: 'debt',
    text: {
      en: 'In our team, releases are held up by build failures unrelated to the change itself.',
      es: 'En nuestro equipo, los despliegues se retrasan por fallos de compilación ajenos al propio cambio.',
    },
    note: {
      en: 'Failures in the delivery path itself rather than in the work.',
      es: 'Fallos del propio proceso de entrega, no del trabajo.',
    },
  },
  {
    id: 'td.pipeline.2',
    dimension: 'technical',
    factor: 'pipeline',
    keyed: 'health',
    text: {
      en: 'In our team, several people can put a small change into production without a specialist’s help.',
      es: 'En nuestro equipo, varias personas pueden llevar un cambio pequeño a producción sin ayuda de un especialista.',
    },
    note: {
      en: 'Whether releasing depends on a few people.',
      es: 'Si desplegar depende de unas pocas personas.',
    },
  },
  {
    id: 'td.pipeline.3',
    dimension: 'technical',
    factor: 'pipeline',
    keyed: 'debt',
    text: {
      en: 'When an automated check fails in our team, the first suspicion falls on the check, not the code.',
      es: 'Cuando falla una verificación automática en nuestro equipo, la primera sospecha recae en la verificación y no en el código.',
    },
    note: {
      en: 'Trust lost in automated checks.',
      es: 'Confianza perdida en las verificaciones automáticas.',
    },
  },
  {
    id: 'td.pipeline.4',
    dimension: 'technical',
    factor: 'pipeline',
    keyed: 'health',
    text: {
      en: 'Our team can undo a failed release within minutes.',
      es: 'Nuestro equipo puede revertir un despliegue fallido en cuestión de minutos.',
    },
    note: {
      en: 'Ability to recover quickly from a bad release.',
      es: 'Capacidad de recuperarse rápido de un despliegue fallido.',
    },
  },
  {
    id: 'td.coupling.1',
    dimension: 'technical',
    factor: 'coupling',
    keyed: 'debt',
    text: {
      en: 'Our team’s systems depend on other systems in ways that are not written down.',
      es: 'Los sistemas de nuestro equipo dependen de otros sistemas de maneras que no están documentadas.',
    },
    note: {
      en: 'Undocumented dependencies that show up when they break.',
      es: 'Dependencias sin documentar que aparecen cuando fallan.',
    },
  },
  {
    id: 'td.coupling.2',
    dimension: 'technical',
    factor: 'coupling',
    keyed: 'health',
    text: {
      en: 'Before changing a component, our team can list what depends on it.',
      es: 'Antes de cambiar un componente, nuestro equipo puede enumerar qué depende de él.',
    },
    note: {
      en: 'Whether dependencies are known before a change is made.',
      es: 'Si las dependencias se conocen antes de hacer un cambio.',
    },
  },
  {
    id: 'td.coupling.3',
    dimension: 'technical',
    factor: 'coupling',
    keyed: 'debt',
    text: {
      en: 'Parts of our team’s systems that should be independent are tangled together.',
      es: 'Partes de los sistemas de nuestro equipo que deberían ser independientes están entrelazadas.',
    },
    note: {
      en: 'Structural coupling between parts meant to stand alone.',
      es: 'Acoplamiento estructural entre partes que deberían funcionar por separado.',
    },
  },
  {
    id: 'td.legacy.1',
    dimension: 'technical',
    factor: 'legacy',
    keyed: 'debt',
    text: {
      en: 'Our team drops better options because an old system cannot support them.',
      es: 'Nuestro equipo descarta opciones mejores porque un sistema antiguo no las admite.',
    },
    note: {
      en: 'Old systems setting the limits of today’s decisions.',
      es: 'Sistemas antiguos que marcan los límites de las decisiones actuales.',
    },
  },
  {
    id: 'td.legacy.2',
    dimension: 'technical',
    factor: 'legacy',
    keyed: 'debt',
    text: {
      en: 'There are parts of our team’s systems that people are afraid to touch.',
      es: 'Hay partes de los sistemas de nuestro equipo que da miedo tocar.',
    },
    note: {
      en: 'No-go zones too little understood to change.',
      es: 'Zonas prohibidas que se conocen demasiado poco para cambiarlas.',
    },
  },
  {
    id: 'td.legacy.3',
    dimension: 'technical',
    factor: 'legacy',
    keyed: 'health',
    text: {
      en: 'Our team has time set aside to replace the oldest parts it depends on.',
      es: 'Nuestro equipo tiene tiempo reservado para reemplazar las partes más antiguas de las que depende.',
    },
    note: {
      en: 'Whether legacy is retired on purpose or just endured.',
      es: 'Si lo heredado se retira de forma deliberada o simplemente se soporta.',
    },
  },
  {
    id: 'td.legacy.4',
    dimension: 'technical',
    factor: 'legacy',
    keyed: 'health',
    text: {
      en: 'Our team understands the old parts of its systems well enough to change them safely.',
      es: 'Nuestro equipo conoce las partes antiguas de sus sistemas lo bastante bien como para cambiarlas con seguridad.',
    },
    note: {
      en: 'Knowledge of legacy parts kept alive in the team.',
      es: 'Conocimiento de las partes heredadas que el equipo mantiene vivo.',
    },
  },
  {
    id: 'td.change.1',
    dimension: 'technical',
    factor: 'change',
    keyed: 'debt',
    text: {
      en: 'In our team, changes that look small from outside take weeks.',
      es: 'En nuestro equipo, cambios que desde fuera parecen pequeños llevan semanas.',
    },
    note: {
      en: 'Gap between the apparent and the real cost of a change.',
      es: 'Distancia entre el costo aparente y el costo real de un cambio.',
    },
  },
  {
    id: 'td.change.2',
    dimension: 'technical',
    factor: 'change',
    keyed: 'health',
    text: {
      en: 'Our team can estimate the effort of a typical change and come close.',
      es: 'Nuestro equipo puede estimar el esfuerzo de un cambio típico con bastante acierto.',
    },
    note: {
      en: 'How predictable the effort of change is.',
      es: 'Previsibilidad del esfuerzo de un cambio.',
    },
  },
  {
    id: 'td.change.3',
    dimension: 'technical',
    factor: 'change',
    keyed: 'health',
    text: {
      en: 'When the business changes direction, our team’s systems let it follow within a few weeks.',
      es: 'Cuando el negocio cambia de rumbo, los sistemas de nuestro equipo le permiten seguirlo en pocas semanas.',
    },
    note: {
      en: 'Systems that run fine but resist being adapted.',
      es: 'Sistemas que funcionan, pero se resisten a adaptarse.',
    },
  },
  {
    id: 'td.coordination.1',
    dimension: 'technical',
    factor: 'coordination',
    keyed: 'debt',
    text: {
      en: 'Work in our team often sits waiting for another team to do its part.',
      es: 'En nuestro equipo, el trabajo a menudo queda a la espera de que otro equipo haga su parte.',
    },
    note: {
      en: 'Queues at the hand-offs between teams.',
      es: 'Esperas en los traspasos entre equipos.',
    },
  },
  {
    id: 'td.coordination.2',
    dimension: 'technical',
    factor: 'coordination',
    keyed: 'health',
    text: {
      en: 'Our team can deliver most of its work without handing it to another team.',
      es: 'Nuestro equipo puede entregar la mayor parte de su trabajo sin pasarlo a otro equipo.',
    },
    note: {
      en: 'Whether the team can deliver on its own.',
      es: 'Si el equipo puede entregar por sí mismo.',
    },
  },
  {
    id: 'td.coordination.3',
    dimension: 'technical',
    factor: 'coordination',
    keyed: 'debt',
    text: {
      en: 'In our team, agreeing a change with other teams takes longer than making it.',
      es: 'En nuestro equipo, acordar un cambio con otros equipos lleva más tiempo que hacerlo.',
    },
    note: {
      en: 'Time spent aligning with other teams compared with doing the work.',
      es: 'Tiempo dedicado a ponerse de acuerdo con otros equipos frente al de hacer el trabajo.',
    },
  },
  {
    id: 'td.coordination.4',
    dimension: 'technical',
    factor: 'coordination',
    keyed: 'health',
    text: {
      en: 'When our team needs something from another team, it gets an answer within a day or two.',
      es: 'Cuando nuestro equipo necesita algo de otro equipo, obtiene respuesta en uno o dos días.',
    },
    note: {
      en: 'How quickly requests across team lines are answered.',
      es: 'Rapidez con que se responden las peticiones entre equipos.',
    },
  },
];
