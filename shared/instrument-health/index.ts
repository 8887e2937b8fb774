// Instrument health: internal consistency of each factor across all stored workshops, for the
// facilitator's "Instrument health" page only (never a room's figure, never in a report).
export { instrumentHealth, MIN_HEALTH_PEOPLE, type HealthWorkshop } from './instrument-health';
export { reliabilityOf, type Reliability, type StatementReliability } from './reliability';
export * from './schema';
export {
  ALPHA_BORDERLINE,
  ALPHA_CONSISTENT,
  alphaReading,
  isLowItemRest,
  LOW_ITEM_REST,
  type AlphaReading,
} from './reading';
