import type { ScoreResult } from '../../shared/scoring';
import type { Db } from './service-deps';

/**
 * How many scored workshops a connection keeps: a portfolio takes at most 50, and a scored
 * 15-person room is a few hundred kilobytes.
 */
const KEPT = 64;

interface Remembered {
  /** The connection's `data_version` when these were scored. */
  version: number;
  results: Map<string, ScoreResult>;
}

const byConnection = new WeakMap<Db, Remembered>();

/**
 * `score()`'s result for a stored workshop, remembered on a read-only connection (the heavy-work
 * thread's) until the store changes, so a portfolio opened again, its CSV and its PDF do not read
 * and score every room again.
 *
 * The key is SQLite's `data_version`, which changes whenever another connection commits; a
 * read-only connection commits nothing itself, so while it is unchanged so is every workshop. It is
 * read before the workshop is, so a result is never filed under a version newer than the data it
 * was scored from: a commit in between costs a miss, never a stale answer. A connection that may
 * write gets no memory at all, because its own commits leave its `data_version` as it was.
 */
export function rememberedScore(db: Db, workshopId: string, score: () => ScoreResult): ScoreResult {
  if (!db.readonly) return score();
  const version = db.pragma('data_version', { simple: true }) as number;
  let remembered = byConnection.get(db);
  if (!remembered || remembered.version !== version) {
    remembered = { version, results: new Map() };
    byConnection.set(db, remembered);
  }
  const known = remembered.results.get(workshopId);
  if (known) return known;
  // Frozen, because every later caller gets this same object: one that changed it would change
  // the others' results.
  const result = deepFreeze(score());
  if (remembered.results.size >= KEPT) {
    const oldest = remembered.results.keys().next();
    if (!oldest.done) remembered.results.delete(oldest.value);
  }
  remembered.results.set(workshopId, result);
  return result;
}

function deepFreeze<T>(value: T): T {
  // Typed arrays cannot be frozen while they hold elements; nothing outside scoring sees them.
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
