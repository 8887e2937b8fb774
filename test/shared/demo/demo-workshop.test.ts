import { describe, expect, it } from 'vitest';
import { demoWorkshopFile } from '../../../shared/demo/demo-workshop';
import { RECORD_PLACES } from '../../../shared/format/workshop-file';
import { validateWorkshopFile } from '../../../shared/format/validate-workshop-file';
import { getInstrument, INSTRUMENT_V1, NEW_WORKSHOP_INSTRUMENT } from '../../../shared/instrument';
import { scoreWorkshop } from '../../../shared/scoring';
import { clearlyDebt } from '../../../shared/scoring/findings';

const english = demoWorkshopFile();
const spanish = demoWorkshopFile({ language: 'es' });
const result = scoreWorkshop(english, NEW_WORKSHOP_INSTRUMENT);

describe('the demo workshop', () => {
  it('asks the instrument a new workshop asks, and is a valid workshop file', () => {
    expect(english.workshop.instrumentVersion).toBe(NEW_WORKSHOP_INSTRUMENT.version);
    expect(NEW_WORKSHOP_INSTRUMENT.version).toBe('2.0.0');
    for (const file of [english, spanish]) {
      const checked = validateWorkshopFile(file, getInstrument);
      expect(checked.ok ? [] : checked.issues).toEqual([]);
    }
    // The older instrument is still there for whoever asks for it.
    expect(demoWorkshopFile({ instrument: INSTRUMENT_V1 }).workshop.instrumentVersion).toBe(
      '1.0.0',
    );
  });

  it('is the same room every time and in both languages; only the words change', () => {
    expect(demoWorkshopFile()).toEqual(english);
    expect(spanish.responses).toEqual(english.responses);
    expect(spanish.participants.map((p) => p.id)).toEqual(english.participants.map((p) => p.id));
    expect(spanish.workshop.title).not.toBe(english.workshop.title);
    expect(spanish.decisions.map((d) => d.recorded)).toEqual(
      english.decisions.map((d) => d.recorded),
    );
    expect(scoreWorkshop(spanish, NEW_WORKSHOP_INSTRUMENT).indices).toEqual(result.indices);
  });

  it('has twelve people in three role groups, every statement answered in round 1, and a re-vote', () => {
    expect(english.participants).toHaveLength(12);
    expect(new Set(english.participants.map((p) => p.role))).toEqual(
      new Set(['engineering', 'product', 'leadership']),
    );
    const round1 = english.responses.filter((r) => r.round === 1);
    expect(round1).toHaveLength(12 * NEW_WORKSHOP_INSTRUMENT.items.length);
    expect(result.convergence.hasRound2).toBe(true);
    expect(result.n.cantSay).toBeGreaterThan(0);
  });

  it('uses the evidence protocol: some fields not assessed, places of record as choices', () => {
    const unassessed = [
      ...english.realityCheck.flatMap((e) => [e.verified, e.ownerClear, e.decisionTraceable]),
      ...english.decisions.flatMap((e) => [
        e.deciderKnown,
        e.inputsKnown,
        e.recorded,
        e.replayable,
      ]),
    ].filter((value) => value === null);
    expect(unassessed.length).toBeGreaterThanOrEqual(3);
    const places = english.decisions.map((d) => d.recorded);
    for (const place of places) if (place !== null) expect(RECORD_PLACES).toContain(place);
    expect(new Set(places).size).toBe(places.length);
    expect(places).toContain('nowhere');
    // Four items reported done, of which only one could be verified in the room.
    const done = english.realityCheck.filter((e) => e.reported === 'done');
    expect(done.map((e) => e.verified).sort()).toEqual([
      'not_verified',
      'not_verified',
      'partly',
      'verified',
    ]);
  });

  it('tells a clear story: debts that compound, findings that follow from the data', () => {
    expect(result.indices.band).toBe('compounding');
    expect(result.indices.bandStable).toBe(true);
    // All three structural dimensions are clearly on the debt side, so they compound.
    for (const id of ['human', 'technical', 'visibility'] as const) {
      const dimension = result.dimensions.find((d) => d.id === id);
      expect(dimension?.interval?.low, id).toBeGreaterThan(50);
    }
    const levels = result.findings
      .filter((f) => f.rule === 'factor-level')
      .map((f) => f.id.replace('factor-level:', ''));
    for (const factor of [
      'hd.load',
      'hd.learning',
      'td.pipeline',
      'td.legacy',
      'td.coordination',
    ]) {
      expect(levels).toContain(factor);
    }
    // Every level finding is a factor whose interval lies wholly above the neutral point.
    const clear = new Set(result.factors.filter(clearlyDebt).map((f) => f.id));
    for (const factor of levels) expect(clear, factor).toContain(factor);
    // Not a uniformly indebted room: autonomy and incentives are no clear problem.
    expect(levels).not.toContain('hd.autonomy');
    expect(levels).not.toContain('hd.incentives');
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const rule of ['decisions-not-replayable', 'reported-work-not-verified', 'split-room']) {
      expect(rules).toContain(rule);
    }
    expect(result.findings[0]?.rule).toBe('decisions-not-replayable');
    // Leadership sees decisions as far more visible than the people doing the work.
    const visibility = (role: string) => {
      const group = result.groups.find((g) => g.role === role);
      return group && !group.suppressed
        ? (group.dimensions.find((d) => d.id === 'visibility')?.index ?? null)
        : null;
    };
    expect((visibility('engineering') ?? 0) - (visibility('leadership') ?? 100)).toBeGreaterThan(
      10,
    );
    // Nobody straight-lined: every answer counts.
    expect(result.responseStyle.straightLiners).toBe(0);
  });
});
