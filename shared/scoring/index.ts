export * from './constants';
export * from './result';
export {
  bandOf,
  factorDefs,
  factorKey,
  headlineIndex,
  itemDebtScore,
  scoreWorkshop,
  structuralExecutionDebt,
  type FactorDef,
} from './model';
export { computeFindings, FINDING_RULES, severityOf, type FindingRule } from './findings';
export { canonicalScoringData, computeFingerprint } from './fingerprint';
export { collectAnswers, type AnswerTable } from './answers';
