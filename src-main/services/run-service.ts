import type { Handlers } from '../../shared/api/contract';
import { workshopEvents, type EventBus } from './events';
import { captureHandlers, type CaptureChannel } from './run/capture';
import { commentsNotesHandlers, type CommentsNotesChannel } from './run/comments-notes';
import { evidenceHandlers, type EvidenceChannel } from './run/evidence';
import { presenterHandlers } from './run/presenter-state';
import { createRunContext } from './run/run-context';
import { runControlHandlers, type RunControlChannel } from './run/run-control';
import type { Db, ServiceDeps } from './service-deps';

export { PIN_ATTEMPTS, PIN_BLOCK_MS } from './run/run-control';

type RunChannel =
  RunControlChannel | CaptureChannel | CommentsNotesChannel | EvidenceChannel | 'presenter:state';

/**
 * Handlers for the "Run" channels, one module a concern under `run/`: run control (agenda,
 * timers, reveal, private mode), capture (answers), evidence, comments and notes, and the
 * presenter. They share one context, so what the room saw at a reveal is kept in one place.
 */
export function runHandlers(
  db: Db,
  deps: ServiceDeps,
  events: EventBus = workshopEvents,
): Pick<Handlers, RunChannel> {
  const ctx = createRunContext(db, deps, events);
  return {
    ...runControlHandlers(ctx),
    ...captureHandlers(ctx),
    ...commentsNotesHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...presenterHandlers(ctx),
  };
}
