import { describe, expect, it } from 'vitest';
import { keptDrawings } from '../../../src-renderer/charts/kept-drawing';

describe('kept drawings', () => {
  it('gives the drawing made from the same data and the same parts, and makes a new one otherwise', () => {
    const kept = keptDrawings<object, { made: number }>();
    let made = 0;
    const make = () => ({ made: ++made });
    const data = {};
    const store = {};
    const first = kept(data, [store, 'en'], make);
    expect(kept(data, [store, 'en'], make)).toBe(first);
    expect(made).toBe(1);
    // Another language, other translations or other data: drawn anew.
    expect(kept(data, [store, 'de'], make)).toEqual({ made: 2 });
    expect(kept(data, [{}, 'de'], make)).toEqual({ made: 3 });
    expect(kept({}, [store, 'de'], make)).toEqual({ made: 4 });
    // Only the last drawing of a piece of data is kept.
    expect(kept(data, [store, 'en'], make)).toEqual({ made: 5 });
  });
});
