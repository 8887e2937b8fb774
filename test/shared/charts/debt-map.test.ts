import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debtMapLayout, type DebtMapLayout } from '../../../shared/charts';
import { structuralExecutionDebt } from '../../../shared/scoring';
import { scoredRoom } from './fixtures';

type OkMap = Extract<DebtMapLayout, { status: 'ok' }>;

function ok(layout: DebtMapLayout): OkMap {
  if (layout.status !== 'ok') throw new Error('expected a drawn map');
  return layout;
}

/** Inverse of the map's scales (plot 480 × 480 at left 76, top 20). */
const toHuman = (x: number) => ((x - 76) / 480) * 100;
const toTechnical = (y: number) => ((20 + 480 - y) / 480) * 100;

function vertices(path: string): [number, number][] {
  return [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const LAYOUT_KEYS = [
  'arrows',
  'axisLabels',
  'boundaries',
  'cells',
  'groups',
  'groupsHidden',
  'height',
  'history',
  'plot',
  'spread',
  'spreadHidden',
  'status',
  'team',
  'visibility',
  'width',
  'xTicks',
  'yTicks',
];

describe('debtMapLayout', () => {
  const room = scoredRoom({ participants: 24, seed: 7 });

  it('gives the same picture twice and whatever order the role groups arrive in', () => {
    const first = debtMapLayout(room, {
      history: [{ label: 'March', humanDebt: 40, technicalDebt: 30 }],
    });
    const again = debtMapLayout(room, {
      history: [{ label: 'March', humanDebt: 40, technicalDebt: 30 }],
    });
    expect(again).toEqual(first);
    const shuffled = { ...room, groups: [...room.groups].reverse() };
    expect(
      debtMapLayout(shuffled, { history: [{ label: 'March', humanDebt: 40, technicalDebt: 30 }] }),
    ).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('never draws one mark per person, for any room', () => {
    // Every mark on the map stands for at least k people: the team (the whole room, drawn only
    // when the room reaches k), the spread of at least k, and role groups of at least k each.
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 1, max: 10_000 }),
        (participants, roleCount, k, seed) => {
          const roles = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].slice(0, roleCount);
          const result = scoredRoom({ participants, roles, k, seed });
          const map = debtMapLayout(result);
          if (map.status !== 'ok') return;
          expect(result.n.respondents).toBeGreaterThanOrEqual(k);
          expect(Object.keys(map).sort()).toEqual(LAYOUT_KEYS);
          if (map.spread) expect(map.spread.n).toBeGreaterThanOrEqual(k);
          for (const group of map.groups) expect(group.n).toBeGreaterThanOrEqual(k);
          const people = map.groups.reduce((sum, group) => sum + group.n, 0);
          expect(people).toBeLessThanOrEqual(result.n.participants);
          expect(map.groups.length).toBeLessThanOrEqual(Math.floor(result.n.participants / k));
          expect(map.history).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('draws the spread as the one-SD ellipse of the room, and the shown role groups', () => {
    const map = ok(debtMapLayout(room));
    if (room.spread.suppressed) throw new Error('expected a spread');
    const spread = map.spread;
    if (!spread?.path) throw new Error('expected an ellipse');
    expect(spread.n).toBe(room.spread.n);
    // Each vertex lies one Mahalanobis unit from the mean of participants' positions.
    const sh = room.spread.humanDebt.sd;
    const st = room.spread.technicalDebt.sd;
    const r = room.spread.correlation;
    for (const [vx, vy] of vertices(spread.path)) {
      const dh = (toHuman(vx) - room.spread.humanDebt.mean) / sh;
      const dt = (toTechnical(vy) - room.spread.technicalDebt.mean) / st;
      const distance = (dh * dh - 2 * r * dh * dt + dt * dt) / (1 - r * r);
      expect(distance).toBeCloseTo(1, 1);
    }
    const shown = room.groups.filter((group) => !group.suppressed);
    expect(map.groups.map((group) => group.role)).toEqual(shown.map((group) => group.role).sort());
    for (const group of map.groups) {
      const source = shown.find((entry) => entry.role === group.role);
      const index = (id: string) => source?.dimensions.find((d) => d.id === id)?.index;
      expect(group.humanDebt).toBe(index('human'));
      expect(group.technicalDebt).toBe(index('technical'));
      expect(toHuman(group.x)).toBeCloseTo(group.humanDebt, 1);
    }
  });

  it('leaves hidden role groups and a hidden spread off the map, and says so', () => {
    const withHidden = {
      ...room,
      spread: { suppressed: true as const, reason: 'below_threshold' as const },
      groups: [...room.groups, { role: 'Board', suppressed: true as const }],
    };
    const map = ok(debtMapLayout(withHidden));
    expect(map.spread).toBeNull();
    expect(map.spreadHidden).toBe(true);
    expect(map.groupsHidden).toBe(true);
    expect(map.groups.map((group) => group.role)).not.toContain('Board');
    expect(map.team.humanDebt).toBe(room.indices.humanDebt);
  });

  it('keeps the labels of groups that sit close together apart', () => {
    const at = (role: string, human: number, technical: number) => ({
      role,
      suppressed: false as const,
      n: 6,
      dimensions: [
        { id: 'human' as const, index: human },
        { id: 'technical' as const, index: technical },
      ],
    });
    const crowded = {
      ...room,
      groups: [at('Alpha', 30, 30), at('Beta', 31, 31), at('Gamma', 30, 32), at('Delta', 32, 30)],
    };
    const map = ok(debtMapLayout(crowded));
    const spots = map.groups.map(
      (group) => `${group.label.anchor}@${group.label.x},${group.label.y}`,
    );
    expect(new Set(spots).size).toBe(4);
    for (const a of map.groups) {
      for (const b of map.groups) {
        if (a === b || a.label.anchor !== b.label.anchor || a.label.x !== b.label.x) continue;
        expect(Math.abs(a.label.y - b.label.y)).toBeGreaterThanOrEqual(11);
      }
    }
  });

  it('has no spread and nothing to draw for a room below k', () => {
    const small = scoredRoom({ participants: 4, seed: 3 });
    expect(small.spread).toEqual({ suppressed: true, reason: 'below_threshold' });
    expect(debtMapLayout(small).status).toBe('insufficient');
  });

  it('says the data is insufficient instead of drawing a point when an index is missing', () => {
    const missing = { ...room, indices: { ...room.indices, technicalDebt: null } };
    const map = debtMapLayout(missing);
    expect(map.status).toBe('insufficient');
    expect('team' in map).toBe(false);
  });

  it('shades a surface that never falls as Human, Technical Debt or the visibility deficit grow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = ok(debtMapLayout(room, { visibility: low })).cells;
        const upper = ok(debtMapLayout(room, { visibility: high })).cells;
        const grid = 25;
        for (let row = 0; row < grid; row++) {
          for (let col = 0; col < grid; col++) {
            const cell = lower[row * grid + col];
            const right = lower[row * grid + col + 1];
            const above = lower[(row + 1) * grid + col];
            if (!cell) throw new Error('missing cell');
            if (col + 1 < grid && right) expect(right.value).toBeGreaterThanOrEqual(cell.value);
            if (row + 1 < grid && above) expect(above.value).toBeGreaterThanOrEqual(cell.value);
            expect(upper[row * grid + col]?.value).toBeGreaterThanOrEqual(cell.value);
          }
        }
      }),
      { numRuns: 30 },
    );
  });

  it('draws each band boundary where the surface reaches that band floor', () => {
    const map = ok(debtMapLayout(room, { visibility: 90 }));
    expect(map.boundaries.map((boundary) => boundary.band)).toEqual([
      'accumulating',
      'compounding',
      'critical',
    ]);
    for (const boundary of map.boundaries) {
      for (const [x, y] of vertices(boundary.path)) {
        const value = structuralExecutionDebt(toHuman(x), toTechnical(y), 90);
        expect(Math.abs(value - boundary.floor)).toBeLessThan(0.6);
      }
    }
  });

  it('recomputes the surface for "what if visibility were restored"', () => {
    const team = ok(debtMapLayout(room));
    const restored = ok(debtMapLayout(room, { visibility: 0 }));
    expect(team.visibility.isOverride).toBe(false);
    expect(restored.visibility).toEqual({
      value: 0,
      team: room.indices.visibilityDeficit,
      isOverride: true,
    });
    // Full visibility halves the surface everywhere; it does not erase the debts.
    const full = ok(debtMapLayout(room, { visibility: 100 }));
    restored.cells.forEach((cell, index) => {
      expect(cell.value).toBeCloseTo((full.cells[index]?.value ?? 0) / 2, 1);
    });
    expect(restored.team.executionDebt ?? 0).toBeGreaterThan(0);
    expect(restored.team.executionDebt ?? 0).toBeLessThan(team.team.executionDebt ?? 0);
    // Only the surface changes: the team, its spread and the groups stay where they are.
    expect(restored.team.x).toBe(team.team.x);
    expect(restored.spread).toEqual(team.spread);
    expect(restored.groups).toEqual(team.groups);
  });

  it('leaves the surface out when visibility was not scored and no value is chosen', () => {
    const noVisibility = { ...room, indices: { ...room.indices, visibilityDeficit: null } };
    const map = ok(debtMapLayout(noVisibility));
    expect(map.cells).toEqual([]);
    expect(map.team.executionDebt).toBeNull();
    expect(ok(debtMapLayout(noVisibility, { visibility: 40 })).cells).toHaveLength(625);
  });

  it('chains arrows from earlier workshops to today’s team point', () => {
    const map = ok(
      debtMapLayout(room, {
        history: [
          { label: 'Jan', humanDebt: 20, technicalDebt: 20 },
          { label: 'Apr', humanDebt: 35, technicalDebt: 30 },
        ],
      }),
    );
    expect(map.history.map((mark) => mark.label)).toEqual(['Jan', 'Apr']);
    expect(map.arrows.map((arrow) => [arrow.from, arrow.to])).toEqual([
      ['history-0', 'history-1'],
      ['history-1', 'team'],
    ]);
  });

  it('lays out a room of 200 participants well within one frame', () => {
    const big = scoredRoom({ participants: 200, seed: 11 });
    debtMapLayout(big);
    const times: number[] = [];
    for (let run = 0; run < 15; run++) {
      const start = performance.now();
      debtMapLayout(big, { visibility: run * 5 });
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[7]).toBeLessThan(16);
  });
});
