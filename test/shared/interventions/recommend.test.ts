import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkshopFile } from '../../../shared/format/workshop-file';
import { INSTRUMENT_V1 } from '../../../shared/instrument';
import {
  CATALOGUE,
  FACTOR_IDS,
  findingFactors,
  recommendInterventions,
  type Recommendation,
} from '../../../shared/interventions';
import {
  FINDING_RULES,
  scoreWorkshop,
  type Confidence,
  type Finding,
  type Severity,
} from '../../../shared/scoring';
import { fileArb, SMALL_INSTRUMENT } from '../scoring/fixtures';

const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const CONFIDENCES: Confidence[] = ['low', 'medium', 'high'];
const PER_FACTOR = new Set([
  'role-reality-gap',
  'split-room',
  'revote-converged',
  'revote-diverged',
]);

function finding(
  rule: string,
  factor: string,
  severity: Severity,
  confidence: Confidence,
): Finding {
  const perFactor = PER_FACTOR.has(rule);
  return {
    id: perFactor ? `${rule}:${factor}` : rule,
    rule,
    severity,
    confidence,
    title: { en: rule, es: rule },
    detail: { en: rule, es: rule },
    inputs: [factor, `${factor}.1`],
  };
}

/** Findings as the scoring emits them: unique ids. */
const findingsArb = fc
  .array(
    fc.record({
      rule: fc.constantFrom(...FINDING_RULES),
      factor: fc.constantFrom(...FACTOR_IDS),
      severity: fc.constantFrom(...SEVERITIES),
      confidence: fc.constantFrom(...CONFIDENCES),
    }),
    { maxLength: 14 },
  )
  .map((specs) => {
    const byId = new Map<string, Finding>();
    for (const s of specs) {
      const f = finding(s.rule, s.factor, s.severity, s.confidence);
      byId.set(f.id, f);
    }
    return [...byId.values()];
  });

const sample = WorkshopFile.parse(JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')));
const sampleResult = scoreWorkshop(sample, INSTRUMENT_V1);

function triggers(recommendation: Recommendation, f: Finding): boolean {
  const intervention = CATALOGUE.interventions.find((i) => i.id === recommendation.interventionId);
  if (!intervention) return false;
  return (
    (intervention.triggers.rules as string[]).includes(f.rule) ||
    findingFactors(f).some((factor) => intervention.triggers.factors.includes(factor))
  );
}

describe('recommendInterventions', () => {
  it('ranks the sample workshop by its findings, each recommendation naming them', () => {
    const recommendations = recommendInterventions(sampleResult);
    // Two splits and two role gaps: medium×medium 6 + 6, high×low 6, medium×low 4.
    expect(recommendations[0]).toMatchObject({
      interventionId: 'perception-swap',
      rank: 1,
      score: 22,
    });
    // dv.replay (39.6–93.8) is not clearly debt, so the replay finding rests on the evidence
    // alone: medium×high 8 + medium×medium 6 + medium×low 4.
    expect(recommendations.find((r) => r.interventionId === 'decision-log')).toEqual({
      interventionId: 'decision-log',
      mechanism: 'pathway-stabilisation',
      // Ties with the commitment cap (factor-level:hd.load high×medium 9 + the progress
      // mismatch 9), which comes first by id.
      rank: 3,
      score: 18,
      triggeredBy: [
        'decisions-not-replayable',
        'inconsistent-outcomes',
        'role-reality-gap:dv.replay',
      ],
      targets: ['dv.explain', 'dv.replay'],
    });
    expect(recommendations.map((r) => r.rank)).toEqual(recommendations.map((_, i) => i + 1));
    // td.pipeline is clearly debt (53.1–96.9), so the pipeline work is called for; nothing in the
    // sample is about legacy or crunch time.
    const ids = recommendations.map((r) => r.interventionId);
    expect(ids).toContain('steady-pipeline');
    for (const absent of ['constraint-register', 'pressure-protocol']) {
      expect(ids).not.toContain(absent);
    }
  });

  it('lets a role gap add its factor to the targets of the perspective swap', () => {
    const swap = recommendInterventions(sampleResult).find(
      (r) => r.interventionId === 'perception-swap',
    );
    expect(swap?.targets).toEqual(['dv.ownership', 'dv.replay', 'hd.speakup']);
  });

  it('recommends nothing for a room without findings, or with good news only', () => {
    expect(recommendInterventions({ findings: [] })).toEqual([]);
    const converged = finding('revote-converged', 'dv.ownership', 'low', 'high');
    expect(recommendInterventions({ findings: [converged] })).toEqual([]);
  });

  it('matches a per-factor finding by its factor: a split on pipelines calls for the pipeline work', () => {
    const split = finding('split-room', 'td.pipeline', 'medium', 'high');
    const ids = recommendInterventions({ findings: [split] }).map((r) => r.interventionId);
    expect(ids).toEqual(['perception-swap', 'steady-pipeline']);
  });

  it('breaks ties by id, so the order never depends on the findings’ order', () => {
    const a = finding('non-local-propagation', 'er.propagation', 'high', 'medium');
    const b = finding('controls-not-mapping', 'dv.controls', 'high', 'medium');
    const one = recommendInterventions({ findings: [a, b] });
    const two = recommendInterventions({ findings: [b, a] });
    expect(one.map((r) => [r.interventionId, r.score])).toEqual(
      two.map((r) => [r.interventionId, r.score]),
    );
    const tied = one.filter((r) => r.score === 9).map((r) => r.interventionId);
    expect(tied).toEqual([...tied].sort());
  });

  it('property: no recommendation without a triggering finding that really triggers it', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const byId = new Map(findings.map((f) => [f.id, f]));
        for (const recommendation of recommendInterventions({ findings })) {
          expect(recommendation.triggeredBy.length).toBeGreaterThan(0);
          for (const id of recommendation.triggeredBy) {
            const f = byId.get(id);
            expect(f).toBeDefined();
            if (f) expect(triggers(recommendation, f)).toBe(true);
            expect(f?.rule).not.toBe('revote-converged');
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: the same holds for findings the scoring model produces', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        const result = scoreWorkshop(file, SMALL_INSTRUMENT);
        const ids = new Set(result.findings.map((f) => f.id));
        for (const recommendation of recommendInterventions(result)) {
          expect(recommendation.triggeredBy.length).toBeGreaterThan(0);
          for (const id of recommendation.triggeredBy) expect(ids.has(id)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: raising a finding’s severity or confidence never lowers its interventions', () => {
    fc.assert(
      fc.property(findingsArb, fc.nat(), fc.boolean(), (findings, pick, bySeverity) => {
        if (findings.length === 0) return;
        const index = pick % findings.length;
        const target = findings[index];
        if (!target) return;
        const severity = SEVERITIES.indexOf(target.severity);
        const confidence = CONFIDENCES.indexOf(target.confidence);
        const raised: Finding = bySeverity
          ? { ...target, severity: SEVERITIES[Math.min(3, severity + 1)] ?? target.severity }
          : {
              ...target,
              confidence: CONFIDENCES[Math.min(2, confidence + 1)] ?? target.confidence,
            };
        const before = recommendInterventions({ findings });
        const after = recommendInterventions({
          findings: findings.map((f, i) => (i === index ? raised : f)),
        });
        expect(after.map((r) => r.interventionId).sort()).toEqual(
          before.map((r) => r.interventionId).sort(),
        );
        for (const old of before.filter((r) => r.triggeredBy.includes(target.id))) {
          const now = after.find((r) => r.interventionId === old.interventionId);
          expect(now).toBeDefined();
          if (!now) continue;
          expect(now.score).toBeGreaterThanOrEqual(old.score);
          expect(now.rank).toBeLessThanOrEqual(old.rank);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: a more severe finding ranks its interventions above a less severe one’s', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FINDING_RULES.filter((r) => r !== 'revote-converged')),
        fc.constantFrom(...FACTOR_IDS),
        fc.constantFrom(...CONFIDENCES),
        (rule, factor, confidence) => {
          const weak = finding(rule, factor, 'medium', confidence);
          const strong = finding(rule, factor, 'critical', confidence);
          const low = recommendInterventions({ findings: [weak] });
          const high = recommendInterventions({ findings: [strong] });
          expect(high.map((r) => r.interventionId)).toEqual(low.map((r) => r.interventionId));
          high.forEach((r, i) => expect(r.score).toBeGreaterThan(low[i]?.score ?? Infinity));
        },
      ),
    );
  });
});
