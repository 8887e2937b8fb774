import { DIMENSION_PREFIX, DIMENSIONS, FACTORS } from '../instrument/types';
import type { FindingRule } from '../scoring/findings';
import type { Confidence, Finding, ScoreResult, Severity } from '../scoring/result';
import { CATALOGUE } from './catalogue';
import type { Catalogue, Mechanism } from './types';

/** One recommended intervention, with the findings that called for it. */
export interface Recommendation {
  interventionId: string;
  mechanism: Mechanism;
  /** 1 = most urgent; unique and gap-free. */
  rank: number;
  /**
   * Sum over the triggering findings of severity weight × confidence weight: how much stands behind
   * it in all. The rank does not follow it (see `recommendInterventions`).
   */
  score: number;
  /** Ids of the findings that triggered it, strongest first (severity, confidence, id). */
  triggeredBy: string[];
  /** Factor ids a follow-up should see fall. */
  targets: string[];
}

export const SEVERITY_WEIGHT: Record<Severity, number> = {
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};
export const CONFIDENCE_WEIGHT: Record<Confidence, number> = { low: 2, medium: 3, high: 4 };

/** Findings of these rules report good news and never call for an intervention. */
export const NON_TRIGGERING_RULES: readonly FindingRule[] = ['revote-converged'];

/**
 * Findings of these rules are about one factor and call for whatever works on that factor; no
 * intervention lists the rule itself.
 */
export const FACTOR_ONLY_RULES: readonly FindingRule[] = ['factor-level'];

/** Every factor id of the instrument, `hd.load` … `er.ai`. */
export const FACTOR_IDS: readonly string[] = DIMENSIONS.flatMap((dimension) =>
  FACTORS[dimension].map((factor) => `${DIMENSION_PREFIX[dimension]}.${factor}`),
);
const FACTOR_SET = new Set(FACTOR_IDS);

/**
 * The factors a finding is about: the factor in a per-factor id (`split-room:hd.speakup`), else
 * the factor ids among its inputs. The visibility mismatch is about the whole dimension, so it
 * cites every visibility factor as context; it matches interventions by its rule only.
 */
export function findingFactors(finding: Pick<Finding, 'id' | 'rule' | 'inputs'>): string[] {
  const colon = finding.id.indexOf(':');
  if (colon >= 0) {
    const factor = finding.id.slice(colon + 1);
    return FACTOR_SET.has(factor) ? [factor] : [];
  }
  if (finding.rule === 'visibility-perception-mismatch') return [];
  return [...new Set(finding.inputs.filter((input) => FACTOR_SET.has(input)))];
}

/** The weight one finding adds to every intervention it triggers. */
export function findingWeight(finding: Pick<Finding, 'severity' | 'confidence'>): number {
  return SEVERITY_WEIGHT[finding.severity] * CONFIDENCE_WEIGHT[finding.confidence];
}

const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const CONFIDENCE_RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** How many findings page one shows as "what matters most"; the first interventions answer them. */
export const TOP_FINDINGS = 3;

/**
 * Stronger first: severity, then confidence, then id — the order the scoring lists findings in,
 * so the first three here are the three page one shows.
 */
export function compareFindingStrength(
  a: Pick<Finding, 'id' | 'severity' | 'confidence'>,
  b: Pick<Finding, 'id' | 'severity' | 'confidence'>,
): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
    compareCodeUnits(a.id, b.id)
  );
}

/** The findings page one shows as "what matters most": the strongest three. */
export function topFindings<T extends Pick<Finding, 'id' | 'severity' | 'confidence'>>(
  findings: readonly T[],
): T[] {
  return [...findings].sort(compareFindingStrength).slice(0, TOP_FINDINGS);
}

/**
 * Compares two interventions by the findings behind them, each list strongest first: the one with
 * the stronger strongest finding wins, then the stronger second one, and so on; of two lists equal
 * as far as the shorter goes, the longer wins. Many weak findings (role gaps against a group of
 * three) therefore never outrank one severe, well-agreed finding, however many of them there are.
 * This is the multiset order on findings: adding the same finding to both sides never changes
 * which wins, so raising a finding never lowers its interventions.
 */
function compareBacking(a: readonly Finding[], b: readonly Finding[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const x = a[index];
    const y = b[index];
    if (x === undefined || y === undefined) break;
    const order = compareFindingStrength(x, y);
    if (order !== 0) return order;
  }
  return b.length - a.length;
}

/**
 * Ranks the catalogue's interventions from a scored workshop's findings. An intervention appears
 * only when at least one finding triggers it (by rule, or by a factor the finding is about), and
 * ranks by the findings behind it (`compareBacking`; docs/scoring.md, "Recommendations"). Findings
 * are totally ordered (severity, confidence, id), so every intervention that answers one of the
 * top findings page one shows comes before every one that does not: the first three each answer
 * a top finding whenever three interventions do.
 */
export function recommendInterventions(
  result: Pick<ScoreResult, 'findings'>,
  catalogue: Catalogue = CATALOGUE,
): Recommendation[] {
  const findings = result.findings
    .filter((finding) => !NON_TRIGGERING_RULES.includes(finding.rule as FindingRule))
    .sort(compareFindingStrength);
  const unranked = catalogue.interventions.flatMap((intervention) => {
    const rules = new Set<string>(intervention.triggers.rules);
    const factors = new Set(intervention.triggers.factors);
    const triggering = findings.filter(
      (finding) =>
        rules.has(finding.rule) || findingFactors(finding).some((factor) => factors.has(factor)),
    );
    if (triggering.length === 0) return [];
    const targets = new Set(intervention.targets);
    if (intervention.targetsFromFindings === true) {
      for (const finding of triggering)
        for (const factor of findingFactors(finding)) targets.add(factor);
    }
    return [
      {
        interventionId: intervention.id,
        mechanism: intervention.mechanism,
        triggering,
        // Integer weights: the sum is exact whatever order the findings come in.
        score: triggering.reduce((sum, finding) => sum + findingWeight(finding), 0),
        targets: [...targets].sort(compareCodeUnits),
      },
    ];
  });
  return unranked
    .sort(
      (a, b) =>
        compareBacking(a.triggering, b.triggering) ||
        compareCodeUnits(a.interventionId, b.interventionId),
    )
    .map(({ interventionId, mechanism, score, triggering, targets }, index) => ({
      interventionId,
      mechanism,
      rank: index + 1,
      score,
      triggeredBy: triggering.map((finding) => finding.id),
      targets,
    }));
}
