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

describe('debtMapLayout', () => {
  const room = scoredRoom({ participants: 24, seed: 7 });

  it('gives the same picture twice and whatever order the dots arrive in', () => {
    const first = debtMapLayout(room, {
      history: [{ label: 'March', humanDebt: 40, technicalDebt: 30 }],
    });
    const again = debtMapLayout(room, {
      history: [{ label: 'March', humanDebt: 40, technicalDebt: 30 }],
    });
    expect(again).toEqual(first);
    const shuffled = {
      ...room,
      participantsDots: {
        ...room.participantsDots,
        dots: [...room.participantsDots.dots].reverse(),
      },
    };
    expect(
      debtMapLayout(shuffled, { history: [{ label: 'March', humanDebt: 40, technicalDebt: 30 }] }),
    ).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('draws every participant as an anonymous dot when the room is large enough', () => {
    const map = ok(debtMapLayout(room));
    expect(map.dots).toHaveLength(room.participantsDots.dots.length);
    expect(map.dotsSuppressed).toBe(false);
    expect(map.spread?.n).toBe(room.participantsDots.dots.length);
    for (const dot of map.dots)
      expect(Object.keys(dot).sort()).toEqual(['humanDebt', 'key', 'technicalDebt', 'x', 'y']);
  });

  it('draws no dot and no spread when participant positions are suppressed', () => {
    const small = scoredRoom({ participants: 4, seed: 3 });
    expect(small.participantsDots.suppressed).toBe(true);
    const map = ok(debtMapLayout(small));
    expect(map.dots).toEqual([]);
    expect(map.spread).toBeNull();
    expect(map.dotsSuppressed).toBe(true);
    expect(map.team.humanDebt).toBe(small.indices.humanDebt);
    // Even a caller that leaves dots in a suppressed payload gets none drawn.
    const leaky = { ...room, participantsDots: { ...room.participantsDots, suppressed: true } };
    const leakyMap = ok(debtMapLayout(leaky));
    expect(leakyMap.dots).toEqual([]);
    expect(leakyMap.spread).toBeNull();
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
    expect(restored.cells.every((cell) => cell.value === 0)).toBe(true);
    expect(restored.boundaries).toEqual([]);
    expect(restored.team.executionDebt).toBe(0);
    expect(team.team.executionDebt ?? 0).toBeGreaterThan(0);
    // Only the surface changes: the team and the dots stay where they are.
    expect(restored.team.x).toBe(team.team.x);
    expect(restored.dots).toEqual(team.dots);
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

  it('lays out 200 participants well within one frame', () => {
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
