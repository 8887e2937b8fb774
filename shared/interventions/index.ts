export * from './types';
export { CATALOGUE, interventionById } from './catalogue';
export { RULE_LABELS } from './rule-labels';
export {
  compareFindingStrength,
  CONFIDENCE_WEIGHT,
  FACTOR_IDS,
  FACTOR_ONLY_RULES,
  findingFactors,
  findingWeight,
  NON_TRIGGERING_RULES,
  recommendInterventions,
  SEVERITY_WEIGHT,
  TOP_FINDINGS,
  topFindings,
  type Recommendation,
} from './recommend';
export * from './schemas';
export {
  buildTrend,
  directionOf,
  MOVEMENT_POINTS,
  TREND_INDICES,
  type TrendIndex,
  type TrendInputAction,
  type TrendInputWorkshop,
} from './trend';
export {
  actionPlanForReport,
  reportInterventions,
  type ActionPlan,
  type ActionPlanAction,
  type ActionPlanInput,
  type AgreedActionRow,
  type NotChosenRow,
} from './report';
