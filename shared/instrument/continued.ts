import type { Factor, FactorInfo } from './types';

/**
 * A factor that an earlier instrument already had, with the label and prompt it had there: a
 * factor that continues keeps its name, so a trend across instrument versions reads as one line.
 */
export function continuedFactor(earlier: readonly FactorInfo[], id: Factor): FactorInfo {
  const info = earlier.find((factor) => factor.id === id);
  // Only reachable through a typo in an instrument module, which the instrument tests load.
  if (!info) throw new Error(`factor ${id} is not in the earlier instrument`);
  return info;
}
