import type { FactorInfo, InstrumentItem } from './types';

// Instrument v1 content. Once released, wording and keying are frozen: answers already saved
// refer to these ids, so a reworded statement belongs in a new instrument version.

export const TECHNICAL_FACTORS: FactorInfo[] = [
  {
    id: 'pipeline',
    dimension: 'technical',
    label: { en: 'Pipeline brittleness', es: 'Fragilidad del proceso de entrega' },
    prompt: {
      en: 'What was the last thing that broke between “finished” and “live”, and why?',
      es: '¿Qué fue lo último que falló entre «terminado» y «en producción», y por qué?',
    },
  },
  {
    id: 'coupling',
    dimension: 'technical',
    label: { en: 'Latent dependencies & coupling', es: 'Dependencias ocultas y acoplamiento' },
    prompt: {
      en: 'Which dependency surprised us most recently, and who knew about it beforehand?',
      es: '¿Qué dependencia nos sorprendió más recientemente, y quién la conocía de antemano?',
    },
  },
  {
    id: 'legacy',
    dimension: 'technical',
    label: { en: 'Legacy constraints', es: 'Restricciones heredadas' },
    prompt: {
      en: 'Which recent decision did we shape around an old system rather than around what was needed?',
      es: '¿Qué decisión reciente tomamos para acomodar un sistema antiguo y no según lo que hacía falta?',
    },
  },
  {
    id: 'change',
    dimension: 'technical',
    label: { en: 'Cost of change', es: 'Costo del cambio' },
    prompt: {
      en: 'Take a recent small request: where did the time actually go?',
      es: 'Tomemos una solicitud pequeña reciente: ¿en qué se fue realmente el tiempo?',
    },
  },
];

export const TECHNICAL_ITEMS: InstrumentItem[] = [
  {
    id: 'td.pipeline.1',
    dimension: 'technical',
    factor: 'pipeline',
    keyed: 'debt',
    text: {
      en: 'In the last three months, a release was delayed because our build or deployment broke for reasons unrelated to the change.',
      es: 'En los últimos tres meses, algún despliegue se retrasó porque la compilación o la publicación fallaron por motivos ajenos al cambio.',
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
      en: 'Any of us could put a small change into production today without help from a specialist.',
      es: 'Cualquiera de nosotros podría llevar hoy un cambio pequeño a producción sin ayuda de un especialista.',
    },
    note: {
      en: 'Whether releasing depends on a few people.',
      es: 'Si poner algo en producción depende de unas pocas personas.',
    },
  },
  {
    id: 'td.pipeline.3',
    dimension: 'technical',
    factor: 'pipeline',
    keyed: 'debt',
    text: {
      en: 'When an automated check fails, our first guess is that the check is unreliable, not that the code is wrong.',
      es: 'Cuando falla una verificación automática, lo primero que pensamos es que la verificación no es confiable, no que el código esté mal.',
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
      en: 'If a release goes wrong, we can undo it within minutes.',
      es: 'Si un despliegue sale mal, podemos deshacerlo en cuestión de minutos.',
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
      en: 'Our systems depend on other systems in ways that nobody has written down.',
      es: 'Nuestros sistemas dependen de otros de maneras que nadie ha dejado por escrito.',
    },
    note: {
      en: 'Undocumented dependencies that only show up when they break.',
      es: 'Dependencias sin documentar que solo aparecen cuando fallan.',
    },
  },
  {
    id: 'td.coupling.2',
    dimension: 'technical',
    factor: 'coupling',
    keyed: 'health',
    text: {
      en: 'Before we change a component, we can list what else depends on it.',
      es: 'Antes de cambiar un componente, podemos enumerar qué otras cosas dependen de él.',
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
      en: 'Even small changes of ours often need another team to change something at the same time.',
      es: 'Incluso nuestros cambios pequeños suelen obligar a otro equipo a cambiar algo al mismo tiempo.',
    },
    note: {
      en: 'Coupling that forces coordinated releases across teams.',
      es: 'Acoplamiento que obliga a coordinar despliegues entre equipos.',
    },
  },
  {
    id: 'td.legacy.1',
    dimension: 'technical',
    factor: 'legacy',
    keyed: 'debt',
    text: {
      en: 'In the last three months, we dropped a better option because an old system could not support it.',
      es: 'En los últimos tres meses descartamos una opción mejor porque un sistema antiguo no la admitía.',
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
      en: 'There are parts of our system that nobody on the team dares to touch.',
      es: 'Hay partes de nuestro sistema que nadie del equipo se atreve a tocar.',
    },
    note: {
      en: 'No-go zones that nobody understands well enough to change.',
      es: 'Zonas prohibidas que nadie conoce lo bastante como para cambiarlas.',
    },
  },
  {
    id: 'td.legacy.3',
    dimension: 'technical',
    factor: 'legacy',
    keyed: 'health',
    text: {
      en: 'We have a plan, with time set aside, to replace the oldest parts we depend on.',
      es: 'Tenemos un plan, con tiempo reservado, para reemplazar las partes más antiguas de las que dependemos.',
    },
    note: {
      en: 'Whether legacy is being retired on purpose or just endured.',
      es: 'Si lo heredado se retira de forma deliberada o simplemente se soporta.',
    },
  },
  {
    id: 'td.change.1',
    dimension: 'technical',
    factor: 'change',
    keyed: 'debt',
    text: {
      en: 'Changes that look small to others routinely take us weeks.',
      es: 'Cambios que a otros les parecen pequeños suelen llevarnos semanas.',
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
      en: 'We can estimate the effort of a typical change and usually come close.',
      es: 'Podemos estimar el esfuerzo de un cambio típico y, en general, acertamos bastante.',
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
    keyed: 'debt',
    text: {
      en: 'Most of the effort in a change here goes into working around the system, not into the change itself.',
      es: 'Aquí, la mayor parte del esfuerzo de un cambio se va en sortear el sistema y no en el cambio en sí.',
    },
    note: {
      en: 'Effort spent fighting the system instead of improving it.',
      es: 'Esfuerzo que se pierde en pelear con el sistema en lugar de mejorarlo.',
    },
  },
  {
    id: 'td.change.4',
    dimension: 'technical',
    factor: 'change',
    keyed: 'health',
    text: {
      en: 'When the business changes direction, our systems let us follow within a few weeks.',
      es: 'Cuando el negocio cambia de rumbo, nuestros sistemas nos permiten acompañarlo en pocas semanas.',
    },
    note: {
      en: 'Systems that run fine but resist being adapted.',
      es: 'Sistemas que funcionan, pero se resisten a adaptarse.',
    },
  },
];
