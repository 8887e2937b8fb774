import type { Language } from '../domain/workshop';
import { DIMENSION_PREFIX, type Instrument, type Localized } from '../instrument/types';

export interface FactorWebNames {
  /** Factor id ("hd.load") → the factor's name in the instrument the workshop used. */
  factors: Record<string, string>;
  dimensions: Record<string, string>;
}

/**
 * Factor and dimension names for a chart, read from the workshop's instrument: the one source the
 * report and the screens both use, so a factor is called the same everywhere, in either language
 * and in every instrument version.
 */
export function factorWebNames(instrument: Instrument, lang: Language): FactorWebNames {
  const factors: Record<string, string> = {};
  for (const info of instrument.factors)
    factors[`${DIMENSION_PREFIX[info.dimension]}.${info.id}`] = info.label[lang];
  const dimensions: Record<string, string> = {};
  for (const info of instrument.dimensions) dimensions[info.id] = info.label[lang];
  return { factors, dimensions };
}

/**
 * Short factor names for chart labels where the full names do not fit (heatmap rows, projector
 * strips): one list for the report and the screens, in every instrument version.
 */
export const FACTOR_SHORT: Readonly<Record<string, Localized>> = {
  'hd.load': { en: 'Load', es: 'Carga' },
  'hd.speakup': { en: 'Speaking up', es: 'Hablar con franqueza' },
  'hd.trust': { en: 'Trust', es: 'Confianza' },
  'hd.learning': { en: 'Learning from failure', es: 'Aprender de los fallos' },
  'hd.accountability': { en: 'Accountability', es: 'Rendición de cuentas' },
  'hd.normalised': { en: 'Normalised dysfunction', es: 'Disfunción normalizada' },
  'hd.incentives': { en: 'Incentives', es: 'Incentivos' },
  'hd.autonomy': { en: 'Autonomy', es: 'Autonomía' },
  'td.pipeline': { en: 'Pipeline', es: 'Proceso de entrega' },
  'td.coupling': { en: 'Coupling', es: 'Acoplamiento' },
  'td.legacy': { en: 'Legacy', es: 'Sistemas heredados' },
  'td.change': { en: 'Cost of change', es: 'Costo del cambio' },
  'td.coordination': { en: 'Coordination', es: 'Coordinación' },
  'dv.replay': { en: 'Replay', es: 'Reconstrucción' },
  'dv.explain': { en: 'Explainability', es: 'Explicabilidad' },
  'dv.ownership': { en: 'Ownership', es: 'Responsables' },
  'dv.consistency': { en: 'Consistency', es: 'Coherencia' },
  'dv.controls': { en: 'Controls', es: 'Controles' },
  'er.progress': { en: 'Reported progress', es: 'Avance informado' },
  'er.intent': { en: 'Intent vs outcome', es: 'Intención y resultado' },
  'er.propagation': { en: 'Propagation', es: 'Propagación' },
  'er.ai': { en: 'AI speed', es: 'Velocidad con IA' },
};

/** A factor's short chart label, or `fallback` (its full name) when it has none. */
export function factorShortName(factorId: string, lang: Language, fallback: string): string {
  return FACTOR_SHORT[factorId]?.[lang] ?? fallback;
}
