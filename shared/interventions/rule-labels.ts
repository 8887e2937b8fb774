import type { Localized } from '../instrument/types';
import type { FindingRule } from '../scoring/findings';

/** A short name per finding rule, for "called for by" lists in the catalogue. */
export const RULE_LABELS: Record<FindingRule, Localized> = {
  'decisions-not-replayable': {
    en: 'Decisions cannot be replayed',
    es: 'Decisiones que no se pueden reconstruir',
  },
  'inconsistent-outcomes': {
    en: 'Same inputs, different outcomes',
    es: 'Mismos datos, resultados distintos',
  },
  'non-local-propagation': {
    en: 'Changes spread far from their origin',
    es: 'Cambios que se propagan lejos de su origen',
  },
  'ownership-unassignable': {
    en: 'Ownership cannot be assigned',
    es: 'Responsabilidad que no se puede asignar',
  },
  'controls-not-mapping': {
    en: 'Controls do not map to results',
    es: 'Controles que no se reflejan en resultados',
  },
  'factor-level': {
    en: 'A factor clearly on the debt side',
    es: 'Un factor claramente del lado de la deuda',
  },
  'reported-work-not-verified': {
    en: 'Reported work not verified',
    es: 'Trabajo informado sin verificar',
  },
  'progress-perception-mismatch': {
    en: 'Perceived and verified progress differ',
    es: 'Avance percibido y verificado no coinciden',
  },
  'visibility-perception-mismatch': {
    en: 'Perceived and observed visibility differ',
    es: 'Visibilidad percibida y observada no coinciden',
  },
  'role-reality-gap': {
    en: 'Role groups see a different reality',
    es: 'Los grupos de rol ven otra realidad',
  },
  'split-room': { en: 'Split room', es: 'Sala dividida' },
  'revote-converged': { en: 'Converged on re-vote', es: 'Acercamiento al volver a votar' },
  'revote-diverged': { en: 'Drifted apart on re-vote', es: 'Alejamiento al volver a votar' },
};
