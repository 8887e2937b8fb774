import { describe, expect, it } from 'vitest';
import { packPages } from '../../src-renderer/features/present/Pager';

/** Boxes stacked one under the other, `heights` tall each, as the browser lays them out. */
function stacked(heights: readonly number[], keepWithNext: readonly number[] = []) {
  let top = 0;
  return heights.map((height, index) => {
    const box = { top, bottom: top + height, keepWithNext: keepWithNext.includes(index) };
    top += height;
    return box;
  });
}

describe('packPages', () => {
  it('puts as many items on a page as fit its height, and the rest on the next pages', () => {
    expect(packPages(stacked([40, 40, 40, 40, 40]), 100)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('gives an item taller than a page a page of its own rather than losing it', () => {
    expect(packPages(stacked([30, 250, 30]), 100)).toEqual([[0], [1], [2]]);
  });

  it('moves a heading left at the foot of a page on with what it heads', () => {
    // Item 2 is a heading: it would end page one alone, so it starts page two.
    expect(packPages(stacked([40, 40, 10, 40, 40], [2]), 100)).toEqual([
      [0, 1],
      [2, 3, 4],
    ]);
  });

  it('keeps everything on one page when it fits, and no page when there is nothing', () => {
    expect(packPages(stacked([20, 20, 20]), 100)).toEqual([[0, 1, 2]]);
    expect(packPages([], 100)).toEqual([]);
  });
});
