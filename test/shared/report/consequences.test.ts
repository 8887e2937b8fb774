import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { DIMENSION_PREFIX, INSTRUMENTS } from '../../../shared/instrument';
import {
  consequenceKey,
  consequenceOf,
  FACTOR_CONSEQUENCES,
  RULE_CONSEQUENCES,
} from '../../../shared/report/consequences';
import { FINDING_RULES, scoreWorkshop } from '../../../shared/scoring';
import { fileArb, SMALL_INSTRUMENT } from '../scoring/fixtures';

function expectWritten(key: string, text: { en: string; es: string } | null): void {
  expect(text, key).not.toBeNull();
  expect(text?.en.trim().length ?? 0, `${key} en`).toBeGreaterThan(40);
  expect(text?.es.trim().length ?? 0, `${key} es`).toBeGreaterThan(40);
  expect(text?.es, `${key} is translated`).not.toBe(text?.en);
}

describe('consequences of findings', () => {
  it('has one for every rule, and for the level of every factor of every instrument', () => {
    for (const rule of FINDING_RULES.filter((entry) => entry !== 'factor-level')) {
      expectWritten(rule, consequenceOf({ id: rule, rule }));
      expectWritten(rule, consequenceOf({ id: `${rule}:hd.load`, rule }));
    }
    expect(INSTRUMENTS.map((instrument) => instrument.version)).toEqual(['1.0.0', '2.0.0']);
    for (const instrument of INSTRUMENTS) {
      for (const factor of instrument.factors) {
        const id = `factor-level:${DIMENSION_PREFIX[factor.dimension]}.${factor.id}`;
        expectWritten(id, consequenceOf({ id, rule: 'factor-level' }));
      }
    }
    // Nothing written for a factor or rule that does not exist.
    const factorIds = new Set(
      INSTRUMENTS.flatMap((instrument) =>
        instrument.factors.map((factor) => `${DIMENSION_PREFIX[factor.dimension]}.${factor.id}`),
      ),
    );
    expect(Object.keys(FACTOR_CONSEQUENCES).sort()).toEqual([...factorIds].sort());
    expect(Object.keys(RULE_CONSEQUENCES).sort()).toEqual(
      FINDING_RULES.filter((rule) => rule !== 'factor-level').sort(),
    );
  });

  it('keys a level finding by its factor and every other finding by its rule', () => {
    expect(consequenceKey({ id: 'factor-level:td.legacy', rule: 'factor-level' })).toBe(
      'factor-level:td.legacy',
    );
    expect(consequenceKey({ id: 'split-room:hd.speakup', rule: 'split-room' })).toBe('split-room');
    expect(consequenceOf({ id: 'factor-level:xx.unknown', rule: 'factor-level' })).toBeNull();
  });

  it('covers every finding the demo and random workshops produce', () => {
    const demo = scoreWorkshop(demoWorkshopFile(), INSTRUMENTS[1] ?? SMALL_INSTRUMENT);
    expect(demo.findings.length).toBeGreaterThan(5);
    for (const finding of demo.findings) expectWritten(finding.id, consequenceOf(finding));
    fc.assert(
      fc.property(fileArb, (file) => {
        for (const finding of scoreWorkshop(file, SMALL_INSTRUMENT).findings) {
          expectWritten(finding.id, consequenceOf(finding));
        }
      }),
      { numRuns: 40 },
    );
  });
});
