import type { Localized } from '../instrument/types';
import type { FindingRule } from '../scoring/findings';

/** A short name per finding rule, for "called for by" lists in the catalogue. */
export const RULE_LABELS: Record<FindingRule, Localized> = {
  'decisions-not-replayable': {
    en: 'Decisions cannot be replayed',
    es: 'Decisiones que no se pueden reconstruir',
    de: 'Entscheidungen lassen sich nicht nachvollziehen',
    fr: 'Les décisions ne peuvent pas être retracées',
  },
  'inconsistent-outcomes': {
    en: 'Same inputs, different outcomes',
    es: 'Mismos datos, resultados distintos',
    de: 'Gleiche Eingaben, unterschiedliche Ergebnisse',
    fr: 'Mêmes données, résultats différents',
  },
  'non-local-propagation': {
    en: 'Changes spread far from their origin',
    es: 'Cambios que se propagan lejos de su origen',
    de: 'Änderungen wirken weit von ihrem Ursprung',
    fr: 'Les changements se propagent loin de leur origine',
  },
  'ownership-unassignable': {
    en: 'Ownership cannot be assigned',
    es: 'Responsabilidad que no se puede asignar',
    de: 'Verantwortung lässt sich nicht zuordnen',
    fr: 'La responsabilité ne peut pas être attribuée',
  },
  'controls-not-mapping': {
    en: 'Controls do not map to results',
    es: 'Controles que no se reflejan en resultados',
    de: 'Kontrollen wirken nicht auf Ergebnisse',
    fr: 'Les contrôles ne se reflètent pas dans les résultats',
  },
  'factor-level': {
    en: 'A factor clearly on the debt side',
    es: 'Un factor claramente del lado de la deuda',
    de: 'Ein Faktor deutlich auf der Schuldenseite',
    fr: 'Un facteur nettement du côté de la dette',
  },
  'reported-work-not-verified': {
    en: 'Reported work not verified',
    es: 'Trabajo informado sin verificar',
    de: 'Gemeldete Arbeit nicht geprüft',
    fr: 'Travail annoncé non vérifié',
  },
  'progress-perception-mismatch': {
    en: 'Perceived and verified progress differ',
    es: 'Avance percibido y verificado no coinciden',
    de: 'Wahrgenommener und geprüfter Fortschritt weichen ab',
    fr: 'Avancement perçu et avancement vérifié divergent',
  },
  'visibility-perception-mismatch': {
    en: 'Perceived and observed visibility differ',
    es: 'Visibilidad percibida y observada no coinciden',
    de: 'Wahrgenommene und beobachtete Transparenz weichen ab',
    fr: 'Visibilité perçue et visibilité observée divergent',
  },
  'role-reality-gap': {
    en: 'Role groups see a different reality',
    es: 'Los grupos de rol ven otra realidad',
    de: 'Rollengruppen sehen eine andere Realität',
    fr: 'Les groupes de rôles voient une autre réalité',
  },
  'split-room': {
    en: 'Split room',
    es: 'Sala dividida',
    de: 'Gespaltene Gruppe',
    fr: 'Salle divisée',
  },
  'revote-converged': {
    en: 'Converged on re-vote',
    es: 'Acercamiento al volver a votar',
    de: 'Annäherung in der zweiten Abstimmung',
    fr: 'Convergence au second vote',
  },
  'revote-diverged': {
    en: 'Drifted apart on re-vote',
    es: 'Alejamiento al volver a votar',
    de: 'Auseinandergegangen in der zweiten Abstimmung',
    fr: 'Divergence au second vote',
  },
};
