/** The moments the crash test kills the child in. */
export const CRASH_MODES = ['capture', 'migration', 'backup', 'export'] as const;
export type CrashMode = (typeof CRASH_MODES)[number];

/** The value the child records for a key, so the parent knows what each ack must have stored. */
export function answerFor(participantId: string, itemId: string, round: 1 | 2): number | null {
  let hash = round;
  for (const char of `${participantId}/${itemId}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const value = hash % 6;
  return value === 0 ? null : value;
}

/** A small seeded generator (mulberry32): the same seed kills at the same moments every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
