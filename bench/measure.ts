import { performance } from 'node:perf_hooks';

export interface Timing {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Runs `fn` a few times to warm up (`warmups`, default up to 5), then `runs` times, and reports
 * median and p95 in ms.
 */
export async function measure(
  name: string,
  runs: number,
  fn: () => unknown,
  warmups = Math.min(5, runs),
): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name, runs, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95) };
}

export const ms = (value: number): string => (value < 1 ? value.toFixed(3) : value.toFixed(2));
