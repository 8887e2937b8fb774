import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { WorkshopFile } from '../../../shared/format/workshop-file';
import { INSTRUMENT_V1, INSTRUMENT_V2 } from '../../../shared/instrument';
import {
  CATALOGUE,
  FACTOR_IDS,
  findingFactors,
  recommendInterventions,
  TOP_FINDINGS,
  topFindings,
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
    title: { en: rule, es: rule, de: rule, fr: rule },
    detail: { en: rule, es: rule, de: rule, fr: rule },
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
  it('ranks the sample workshop by the findings behind each intervention, strongest first', () => {
    const recommendations = recommendInterventions(sampleResult);
    // The strongest finding (decisions-not-replayable, high × high) calls for the log and the AI
    // sampling; the log also answers a medium × medium finding and comes first. The load cap
    // answers the second strongest (hd.load, high × medium) and the progress mismatch.
    expect(recommendations.slice(0, 3).map((r) => [r.interventionId, r.triggeredBy])).toEqual([
      [
        'decision-log',
        ['decisions-not-replayable', 'inconsistent-outcomes', 'role-reality-gap:dv.replay'],
      ],
      ['ai-output-sampling', ['decisions-not-replayable']],
      ['commitment-cap', ['factor-level:hd.load', 'progress-perception-mismatch']],
    ]);
    expect(recommendations[0]).toEqual({
      interventionId: 'decision-log',
      mechanism: 'pathway-stabilisation',
      rank: 1,
      score: 22,
      triggeredBy: [
        'decisions-not-replayable',
        'inconsistent-outcomes',
        'role-reality-gap:dv.replay',
      ],
      targets: ['dv.explain', 'dv.replay'],
    });
    // The perspective swap has as large a sum (22) but its strongest finding is a role gap of
    // low confidence: it follows everything behind a high × medium finding.
    const swap = recommendations.find((r) => r.interventionId === 'perception-swap');
    expect(swap).toMatchObject({ rank: 11, score: 22 });
    expect(recommendations.map((r) => r.rank)).toEqual(recommendations.map((_, i) => i + 1));
    // td.pipeline is clearly debt (53.1–96.9), so the pipeline work is called for; nothing in the
    // sample is about legacy or crunch time.
    const ids = recommendations.map((r) => r.interventionId);
    expect(ids).toContain('steady-pipeline');
    for (const absent of ['constraint-register', 'pressure-protocol']) {
      expect(ids).not.toContain(absent);
    }
  });

  it('puts a high, agreed factor above many low-confidence role gaps against a small group', () => {
    const legacy = finding('factor-level', 'td.legacy', 'high', 'high');
    const gaps = FACTOR_IDS.filter((id) => id !== 'td.legacy').map((factor) =>
      finding('role-reality-gap', factor, 'high', 'low'),
    );
    const recommendations = recommendInterventions({ findings: [...gaps, legacy] });
    // Everything the legacy finding calls for (the impact note, the constraint register) first.
    const legacyOnes = recommendations.filter((r) => r.triggeredBy.includes(legacy.id));
    expect(legacyOnes.map((r) => r.interventionId)).toEqual(['impact-note', 'constraint-register']);
    expect(recommendations.slice(0, 2)).toEqual(legacyOnes);
    // The swap collects far more weight from the gaps, and still comes after.
    const swap = recommendations.find((r) => r.interventionId === 'perception-swap');
    expect(swap?.score).toBeGreaterThan(recommendations[0]?.score ?? Infinity);
    expect(swap?.rank).toBeGreaterThan(1);
  });

  it('the demo’s first three each answer a finding page one shows, none a role gap alone', () => {
    const result = scoreWorkshop(demoWorkshopFile(), INSTRUMENT_V2);
    const top = new Set(topFindings(result.findings).map((f) => f.id));
    expect([...top]).toEqual(result.findings.slice(0, TOP_FINDINGS).map((f) => f.id));
    const first = recommendInterventions(result).slice(0, 3);
    expect(first).toHaveLength(3);
    for (const recommendation of first) {
      expect(recommendation.triggeredBy.some((id) => top.has(id))).toBe(true);
    }
    expect(first.map((r) => r.interventionId)).not.toContain('perception-swap');
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

  it('never depends on the findings’ order; interventions behind the same findings go by id', () => {
    const a = finding('non-local-propagation', 'er.propagation', 'high', 'medium');
    const b = finding('controls-not-mapping', 'dv.controls', 'high', 'medium');
    const one = recommendInterventions({ findings: [a, b] });
    const two = recommendInterventions({ findings: [b, a] });
    expect(one).toEqual(two);
    const sameBacking = (ids: string[]) =>
      one
        .filter((r) => JSON.stringify(r.triggeredBy) === JSON.stringify(ids))
        .map((r) => r.interventionId);
    for (const ids of [[b.id], [a.id]]) {
      const tied = sameBacking(ids);
      expect(tied).toEqual([...tied].sort());
    }
  });

  it('property: the first three each answer a top finding whenever three interventions do', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const top = new Set(topFindings(findings).map((f) => f.id));
        const recommendations = recommendInterventions({ findings });
        const answersTop = (r: Recommendation) => r.triggeredBy.some((id) => top.has(id));
        const answering = recommendations.filter(answersTop).length;
        recommendations
          .slice(0, Math.min(3, answering))
          .forEach((r) => expect(answersTop(r), r.interventionId).toBe(true));
        // And everything answering a top finding comes before everything that does not.
        const firstOther = recommendations.findIndex((r) => !answersTop(r));
        if (firstOther >= 0) expect(firstOther).toBe(answering);
      }),
      { numRuns: 400 },
    );
  });

  it('property: a finding of lower severity, or of equal severity and lower confidence, never outranks', () => {
    fc.assert(
      fc.property(findingsArb, (findings) => {
        const byId = new Map(findings.map((f) => [f.id, f]));
        const strongest = recommendInterventions({ findings }).map((r) => {
          const f = byId.get(r.triggeredBy[0] ?? '');
          if (!f) throw new Error('unknown finding');
          return [SEVERITIES.indexOf(f.severity), CONFIDENCES.indexOf(f.confidence)] as const;
        });
        for (let i = 1; i < strongest.length; i++) {
          const [severity, confidence] = strongest[i] ?? [0, 0];
          const [prevSeverity, prevConfidence] = strongest[i - 1] ?? [0, 0];
          expect(
            prevSeverity > severity || (prevSeverity === severity && prevConfidence >= confidence),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
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
