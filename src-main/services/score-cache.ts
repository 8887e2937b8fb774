import type { ScoreResult } from '../../shared/scoring';
import { prepared } from '../store/repositories/statements';
import type { Db } from './service-deps';

/**
 * How many scored workshops a connection keeps: a portfolio takes at most 50, and a scored
 * 15-person room is a few hundred kilobytes.
 */
const KEPT = 64;

interface Remembered {
  /** The workshop's `data_revision` when it was scored. */
  revision: string;
  result: ScoreResult;
}

const byConnection = new WeakMap<Db, Map<string, Remembered>>();

/**
 * `score()`'s result for a stored workshop, remembered on a read-only connection (the heavy-work
 * thread's) while the workshop is unchanged, so a portfolio opened again, its CSV and its PDF do
 * not read and score every room again, and a room answering in one workshop leaves the others'
 * scores remembered.
 *
 * The key is the workshop's `data_revision`, a random value triggers renew with every write to
 * what it is scored from (migration 15), so it names one state of the workshop even across a
 * restored backup. It is read before the workshop is, so a result is never filed under a revision
 * newer than the data it was scored from: a commit in between costs a miss, never a stale answer.
 * A connection that may write gets no memory at all: a result remembered inside a transaction
 * that then rolls back would outlive its data.
 */
export function rememberedScore(db: Db, workshopId: string, score: () => ScoreResult): ScoreResult {
  if (!db.readonly) return score();
  const revision = revisionOf(db, workshopId);
  let remembered = byConnection.get(db);
  if (!remembered) {
    remembered = new Map();
    byConnection.set(db, remembered);
  }
  const known = remembered.get(workshopId);
  if (known && revision !== undefined && known.revision === revision) return known.result;
  // Frozen, because every later caller gets this same object: one that changed it would change
  // the others' results.
  const result = deepFreeze(score());
  if (revision === undefined) return result;
  remembered.delete(workshopId);
  if (remembered.size >= KEPT) {
    const oldest = remembered.keys().next();
    if (!oldest.done) remembered.delete(oldest.value);
  }
  remembered.set(workshopId, { revision, result });
  return result;
}

function revisionOf(db: Db, workshopId: string): string | undefined {
  const row = prepared(db, 'SELECT data_revision FROM workshops WHERE id = ?').get(workshopId) as
    { data_revision: string } | undefined;
  // Empty only if no trigger ever set it (migration 15 gives every workshop one): then the
  // workshop is scored every time rather than trusted.
  return row?.data_revision || undefined;
}

function deepFreeze<T>(value: T): T {
  // Typed arrays cannot be frozen while they hold elements; nothing outside scoring sees them.
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  if (Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
