import { deepFreeze } from './freeze';
import { EXECUTION_FACTORS, EXECUTION_ITEMS } from './items-execution';
import { HUMAN_FACTORS, HUMAN_ITEMS } from './items-human';
import { TECHNICAL_FACTORS, TECHNICAL_ITEMS } from './items-technical';
import { VISIBILITY_FACTORS, VISIBILITY_ITEMS } from './items-visibility';
import type { DimensionInfo, Instrument } from './types';

/** The four dimensions' names; later instruments keep them. */
export const DIMENSION_INFO: DimensionInfo[] = [
  {
    id: 'human',
    label: { en: 'Human Debt', es: 'Deuda Humana', de: 'Human Debt', fr: 'Human Debt' },
  },
  {
    id: 'technical',
    label: {
      en: 'Technical Debt',
      es: 'Deuda Técnica',
      de: 'Technische Schulden',
      fr: 'Dette technique',
    },
  },
  {
    id: 'visibility',
    label: {
      en: 'Decision Visibility',
      es: 'Visibilidad de las decisiones',
      de: 'Sichtbarkeit von Entscheidungen',
      fr: 'Visibilité des décisions',
    },
  },
  {
    id: 'execution',
    label: {
      en: 'Execution Reality',
      es: 'Realidad de la ejecución',
      de: 'Realität der Umsetzung',
      fr: 'Réalité de l’exécution',
    },
  },
];

/** The first released instrument: 4 dimensions, 18 factors, 63 statements. */
export const INSTRUMENT_V1: Instrument = deepFreeze({
  version: '1.0.0',
  dimensions: DIMENSION_INFO,
  factors: [...HUMAN_FACTORS, ...TECHNICAL_FACTORS, ...VISIBILITY_FACTORS, ...EXECUTION_FACTORS],
  items: [...HUMAN_ITEMS, ...TECHNICAL_ITEMS, ...VISIBILITY_ITEMS, ...EXECUTION_ITEMS],
});
