import { describe, expect, it } from 'vitest';
import { comparePrintedFigures, figuresOfPage } from '../../../shared/report/printed-figures';

describe('printed figures', () => {
  it('reads figures with either decimal separator, and dates and versions as printed', () => {
    expect(
      figuresOfPage(['63.1 Compounding', 'Equipo · 51,6', '2026-11-20, model 1.5.0']).map(
        (f) => f.value,
      ),
    ).toEqual(['63.1', '51,6', '2026', '11', '20', '1.5.0']);
  });

  it('pairs an edited figure with the one it replaced, on its page, with its line', () => {
    const fresh = [['Cover 2026'], ['Index 63.1', 'Human Debt 59.0 n = 12']];
    const edited = [['Cover 2026'], ['Index 32.1', 'Human Debt 59.0 n = 12']];
    const outcome = comparePrintedFigures(edited, fresh);
    expect(outcome.checked).toBe(4);
    expect(outcome.mismatches).toEqual([
      {
        page: 2,
        printed: { value: '32.1', context: 'Index 32.1' },
        expected: { value: '63.1', context: 'Index 63.1' },
      },
    ]);
    expect(comparePrintedFigures(fresh, fresh).mismatches).toEqual([]);
  });

  it('names a figure added or removed, and a missing page', () => {
    const fresh = [['a 1 b 2 c 3'], ['d 4']];
    const outcome = comparePrintedFigures([['a 1 b 2 x 9 c 3']], fresh);
    expect(outcome.pages).toEqual({ report: 1, recomputed: 2 });
    expect(outcome.mismatches).toEqual([
      { page: 1, printed: { value: '9', context: 'a 1 b 2 x 9 c 3' }, expected: null },
      { page: 2, printed: null, expected: { value: '4', context: 'd 4' } },
    ]);
  });
});
