import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../../../shared/instrument';
import { DIMENSION_PREFIX } from '../../../shared/instrument/types';
import {
  CATALOGUE,
  HORIZONS,
  MECHANISMS,
  FACTOR_ONLY_RULES,
  NON_TRIGGERING_RULES,
  RULE_LABELS,
  type Intervention,
} from '../../../shared/interventions';
import { FINDING_RULES } from '../../../shared/scoring';

// The factors of every released instrument: the catalogue serves workshops of each version.
const FACTOR_IDS = [
  ...new Set(
    INSTRUMENTS.flatMap((instrument) =>
      instrument.factors.map((factor) => `${DIMENSION_PREFIX[factor.dimension]}.${factor.id}`),
    ),
  ),
];
const TEXT_FIELDS = ['title', 'what', 'why', 'firstStep', 'owner', 'successSignal'] as const;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=\p{Lu}|¿|¡)/u).length;

describe('intervention catalogue', () => {
  it('is versioned and offers at least 16 interventions with unique kebab-case ids', () => {
    expect(CATALOGUE.version).toBe('1.0.0');
    expect(CATALOGUE.interventions.length).toBeGreaterThanOrEqual(16);
    const ids = CATALOGUE.interventions.map((intervention) => intervention.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('groups them under the four Execution Pod mechanisms, each with several', () => {
    expect(CATALOGUE.mechanisms.map((mechanism) => mechanism.id)).toEqual([...MECHANISMS]);
    for (const mechanism of MECHANISMS) {
      const count = CATALOGUE.interventions.filter((i) => i.mechanism === mechanism).length;
      expect({ mechanism, enough: count >= 3 }).toEqual({ mechanism, enough: true });
    }
    for (const mechanism of CATALOGUE.mechanisms) {
      for (const lang of ['en', 'es'] as const) {
        expect(mechanism.label[lang].trim()).not.toBe('');
        expect(mechanism.summary[lang].trim()).not.toBe('');
      }
    }
  });

  it('writes every field in English and Spanish, and in different words', () => {
    for (const intervention of CATALOGUE.interventions) {
      for (const field of TEXT_FIELDS) {
        const { en, es } = intervention[field];
        expect({ id: intervention.id, field, en: en.trim() !== '', es: es.trim() !== '' }).toEqual({
          id: intervention.id,
          field,
          en: true,
          es: true,
        });
        if (field !== 'owner')
          expect({ id: intervention.id, field, same: en === es }).toEqual({
            id: intervention.id,
            field,
            same: false,
          });
      }
      expect(HORIZONS).toContain(intervention.horizon);
    }
  });

  it('says what each intervention is in two sentences', () => {
    for (const intervention of CATALOGUE.interventions) {
      for (const lang of ['en', 'es'] as const) {
        expect({ id: intervention.id, lang, n: sentences(intervention.what[lang]) }).toEqual({
          id: intervention.id,
          lang,
          n: 2,
        });
      }
    }
  });

  it('targets real factors, and triggers on real rules and factors', () => {
    const rules: readonly string[] = FINDING_RULES;
    for (const intervention of CATALOGUE.interventions) {
      const { rules: byRule, factors } = intervention.triggers;
      expect(byRule.length + factors.length).toBeGreaterThan(0);
      for (const rule of byRule) expect(rules).toContain(rule);
      for (const factor of [...factors, ...intervention.targets])
        expect(FACTOR_IDS).toContain(factor);
      // Without targets of its own, a follow-up could not tell whether it worked.
      expect(intervention.targets.length > 0 || intervention.targetsFromFindings === true).toBe(
        true,
      );
    }
  });

  it('has an answer for every finding rule that calls for action and for every factor', () => {
    const all = (pick: (i: Intervention) => readonly string[]) =>
      new Set(CATALOGUE.interventions.flatMap(pick));
    const coveredRules = all((i) => i.triggers.rules);
    const byRule = FINDING_RULES.filter(
      (r) => !NON_TRIGGERING_RULES.includes(r) && !FACTOR_ONLY_RULES.includes(r),
    );
    for (const rule of byRule) {
      expect({ rule, covered: coveredRules.has(rule) }).toEqual({ rule, covered: true });
    }
    const coveredFactors = all((i) => i.triggers.factors);
    for (const factor of FACTOR_IDS) {
      expect({ factor, covered: coveredFactors.has(factor) }).toEqual({ factor, covered: true });
    }
    for (const rule of FINDING_RULES) {
      expect(RULE_LABELS[rule].en).not.toBe(RULE_LABELS[rule].es);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(CATALOGUE.interventions[0]?.title)).toBe(true);
  });
});
