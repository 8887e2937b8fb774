import { useMemo } from 'react';
import { useChartText } from '../../charts';
import type { ChartText } from '../../charts/chart-text';

export interface ResultsText extends ChartText {
  /** A 0–100 figure with exactly one decimal, as the CLI and report print it (62.0, 62,0). */
  score(value: number): string;
  /** A 0–1 statistic (rwg(j)) with two decimals.  */
  alpha(value: number): string;
}

/** The charts' text helpers plus the fixed-decimal numbers the results tables use. */
export function useResultsText(): ResultsText {
  const text = useChartText();
  return useMemo(() => {
    const oneDecimal = new Intl.NumberFormat(text.lang, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const twoDecimals = new Intl.NumberFormat(text.lang, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return {
      ...text,
      score: (value) => oneDecimal.format(value),
      alpha: (value) => twoDecimals.format(value),
    };
  }, [text]);
}
