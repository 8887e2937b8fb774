import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkshopFile } from '../../../shared/format/workshop-file';
import { INSTRUMENT_V1 } from '../../../shared/instrument';
import {
  actionPlanForReport,
  buildTrend,
  recommendInterventions,
  type ActionPlanAction,
} from '../../../shared/interventions';
import { scoreWorkshop } from '../../../shared/scoring';

const sample = WorkshopFile.parse(JSON.parse(readFileSync('docs/sample-workshop.json', 'utf8')));
const result = scoreWorkshop(sample, INSTRUMENT_V1);
const recommendations = recommendInterventions(result);

/** The sample with every answer on dv.replay.1 moved one step towards health. */
function calmerReplay(): WorkshopFile {
  const healthKeyed =
    INSTRUMENT_V1.items.find((item) => item.id === 'dv.replay.1')?.keyed === 'health';
  const step = healthKeyed ? 1 : -1;
  return {
    ...sample,
    responses: sample.responses.map((r) =>
      r.item === 'dv.replay.1' && typeof r.value === 'number'
        ? { ...r, value: Math.min(5, Math.max(1, r.value + step)) as 1 | 2 | 3 | 4 | 5 }
        : r,
    ),
  };
}

const action = (over: Partial<ActionPlanAction>): ActionPlanAction => ({
  interventionId: null,
  title: '',
  description: '',
  owner: '',
  dueDate: null,
  successSignal: '',
  targets: [],
  selected: true,
  votes: 0,
  position: 0,
  ...over,
});

describe('actionPlanForReport', () => {
  it('lists the agreed plan by votes and the recommended-but-not-chosen by rank, in Spanish', () => {
    const plan = actionPlanForReport({
      language: 'es',
      recommendations,
      findings: result.findings,
      actions: [
        action({
          interventionId: 'decision-log',
          owner: 'Ana',
          dueDate: '2026-04-01',
          votes: 2,
          targets: ['dv.replay'],
        }),
        action({ title: 'Café de riesgos', owner: 'Luis', votes: 5, position: 1 }),
        action({ interventionId: 'dissent-round', selected: false, position: 2 }),
      ],
    });
    expect(plan.agreed.map((row) => [row.title, row.owner, row.votes])).toEqual([
      ['Café de riesgos', 'Luis', 5],
      ['Registro de decisiones en cinco líneas', 'Ana', 2],
    ]);
    const replayLabel = INSTRUMENT_V1.factors.find((factor) => factor.id === 'replay')?.label.es;
    expect(plan.agreed[1]?.targets).toEqual([replayLabel]);
    expect(plan.agreed[1]?.because[0]).toBe('Las decisiones no se pueden reconstruir ni auditar');
    // The log answers the sample's strongest finding (decisions cannot be replayed).
    expect(plan.agreed[1]?.recommendedRank).toBe(1);
    expect(plan.agreed[0]?.recommendedRank).toBeNull();
    expect(plan.notChosen[0]?.title).toBe('Muestrear y explicar lo que produce la IA');
    expect(plan.notChosen.map((row) => row.title)).toContain(
      'Una ronda de desacuerdo antes de decidir',
    );
    expect(plan.notChosen).toHaveLength(recommendations.length - 1);
  });
});

describe('buildTrend', () => {
  it('shows each index and factor per workshop with n, and whether agreed actions moved', () => {
    const later = scoreWorkshop(calmerReplay(), INSTRUMENT_V1);
    const trend = buildTrend(
      [
        { id: 'w1', title: 'First', date: '2025-11-20', team: 'Payments', result },
        { id: 'w2', title: 'Second', date: '2026-02-20', team: 'Payments', result: later },
      ],
      [
        {
          id: 'a1',
          interventionId: 'decision-log',
          title: 'Decision log',
          owner: 'Ana',
          dueDate: null,
          targets: ['dv.replay', 'dv.explain'],
        },
      ],
    );
    expect(trend.followsId).toBe('w1');
    const replay = trend.factors.find((series) => series.id === 'dv.replay');
    expect(replay?.points.map((p) => p.n)).toEqual([6, 6]);
    expect(replay?.direction).toBe('better');
    expect(replay?.change).toBeLessThan(-5);
    const [moved] = trend.actions;
    expect(moved?.targets[0]).toMatchObject({
      factor: 'dv.replay',
      before: { workshopId: 'w1', n: 6 },
      after: { workshopId: 'w2', n: 6 },
      direction: 'better',
    });
    // Nobody answered explainability: not "no change", but not enough data.
    expect(moved?.targets[1]).toMatchObject({
      factor: 'dv.explain',
      change: null,
      direction: 'insufficient',
    });
    expect(moved?.direction).toBe('better');
    const headline = trend.indices.find((series) => series.id === 'executionDebtIndex');
    expect(headline?.points).toHaveLength(2);
    expect(headline?.points[0]?.n).toBe(6);
  });

  it('has no movement for a workshop that follows none', () => {
    const trend = buildTrend(
      [{ id: 'w1', title: 'One', date: '2025-11-20', team: '', result }],
      [],
    );
    expect(trend.followsId).toBeNull();
    expect(trend.actions).toEqual([]);
    expect(trend.indices.every((series) => series.direction === 'insufficient')).toBe(true);
  });
});
