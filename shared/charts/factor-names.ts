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
  'hd.load': { en: 'Load', es: 'Carga', de: 'Belastung', fr: 'Charge' },
  'hd.speakup': {
    en: 'Speaking up',
    es: 'Hablar con franqueza',
    de: 'Offen sprechen',
    fr: 'Prise de parole',
  },
  'hd.trust': { en: 'Trust', es: 'Confianza', de: 'Vertrauen', fr: 'Confiance' },
  'hd.learning': {
    en: 'Learning from failure',
    es: 'Aprender de los fallos',
    de: 'Aus Fehlern lernen',
    fr: 'Apprendre des échecs',
  },
  'hd.accountability': {
    en: 'Accountability',
    es: 'Rendición de cuentas',
    de: 'Verantwortung',
    fr: 'Responsabilité',
  },
  'hd.normalised': {
    en: 'Normalised dysfunction',
    es: 'Disfunción normalizada',
    de: 'Normalisierte Missstände',
    fr: 'Dysfonctionnement banalisé',
  },
  'hd.incentives': { en: 'Incentives', es: 'Incentivos', de: 'Anreize', fr: 'Incitations' },
  'hd.autonomy': { en: 'Autonomy', es: 'Autonomía', de: 'Autonomie', fr: 'Autonomie' },
  'td.pipeline': {
    en: 'Pipeline',
    es: 'Proceso de entrega',
    de: 'Auslieferung',
    fr: 'Chaîne de livraison',
  },
  'td.coupling': { en: 'Coupling', es: 'Acoplamiento', de: 'Kopplung', fr: 'Couplage' },
  'td.legacy': { en: 'Legacy', es: 'Sistemas heredados', de: 'Altsysteme', fr: 'Systèmes hérités' },
  'td.change': {
    en: 'Cost of change',
    es: 'Costo del cambio',
    de: 'Änderungskosten',
    fr: 'Coût du changement',
  },
  'td.coordination': {
    en: 'Coordination',
    es: 'Coordinación',
    de: 'Koordination',
    fr: 'Coordination',
  },
  'dv.replay': { en: 'Replay', es: 'Reconstrucción', de: 'Nachvollziehbarkeit', fr: 'Traçabilité' },
  'dv.explain': {
    en: 'Explainability',
    es: 'Explicabilidad',
    de: 'Erklärbarkeit',
    fr: 'Explicabilité',
  },
  'dv.ownership': { en: 'Ownership', es: 'Responsables', de: 'Zuständigkeit', fr: 'Responsables' },
  'dv.consistency': { en: 'Consistency', es: 'Coherencia', de: 'Konsistenz', fr: 'Cohérence' },
  'dv.controls': { en: 'Controls', es: 'Controles', de: 'Kontrollen', fr: 'Contrôles' },
  'er.progress': {
    en: 'Reported progress',
    es: 'Avance informado',
    de: 'Gemeldeter Fortschritt',
    fr: 'Avancement annoncé',
  },
  'er.intent': {
    en: 'Intent vs outcome',
    es: 'Intención y resultado',
    de: 'Absicht vs. Ergebnis',
    fr: 'Intention et résultat',
  },
  'er.propagation': { en: 'Propagation', es: 'Propagación', de: 'Fernwirkung', fr: 'Propagation' },
  'er.ai': { en: 'AI speed', es: 'Velocidad con IA', de: 'KI-Tempo', fr: 'Vitesse de l’IA' },
};

/** A factor's short chart label, or `fallback` (its full name) when it has none. */
export function factorShortName(factorId: string, lang: Language, fallback: string): string {
  return FACTOR_SHORT[factorId]?.[lang] ?? fallback;
}
