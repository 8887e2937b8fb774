import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from '../../../scripts/instrument-alpha';

describe("Cronbach's alpha for the instrument (across workshops, never per room)", () => {
  it('gives the textbook figure for two statements over six people', () => {
    // hd.load and hd.speakup debt scores of the worked example's six people.
    const rows = [
      [100, 75],
      [75, 75],
      [75, 50],
      [75, 25],
      [50, 25],
      [75, 25],
    ];
    // Item variances 208.3 and 503.5, totals' variance 1128.5: 2 × (1 − 711.8 / 1128.5).
    expect(cronbachAlpha(rows)).toBe(0.74);
  });

  it('has no figure for fewer than two statements or three people, or totals that never vary', () => {
    expect(cronbachAlpha([[1], [2], [3]])).toBeNull();
    expect(
      cronbachAlpha([
        [1, 2],
        [2, 3],
      ]),
    ).toBeNull();
    expect(
      cronbachAlpha([
        [50, 50],
        [50, 50],
        [50, 50],
      ]),
    ).toBeNull();
  });
});
