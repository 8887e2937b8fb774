import type { AgendaSection } from './agenda';

/** A countdown as data: nothing ticks, the remaining time is computed from a clock reading. */
export interface TimerState {
  durationMs: number;
  /** Epoch ms when it last started running; null while paused or never started. */
  startedAt: number | null;
  /** Time already run before `startedAt`, summed over earlier runs. */
  elapsedBeforeMs: number;
}

export type TimerTone = 'normal' | 'ending' | 'over';

/** A section's timer. */
export function timerOf(section: AgendaSection): TimerState {
  return {
    durationMs: section.timeboxMs + section.extraMs,
    startedAt: section.timerStartedAt,
    elapsedBeforeMs: section.timerElapsedMs,
  };
}

/** Time run so far; a clock that went backwards never makes it shrink. */
export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return timer.elapsedBeforeMs + running;
}

/** Time left; negative once over. */
export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

/** Starts or resumes; starting a running timer changes nothing. */
export function startTimer(timer: TimerState, now: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: now } : timer;
}

/** Pauses, folding the run into `elapsedBeforeMs`; pausing a paused timer changes nothing. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, elapsedBeforeMs: elapsedMs(timer, now) };
}

/** Back to the full duration, paused. */
export function resetTimer(timer: TimerState): TimerState {
  return { ...timer, startedAt: null, elapsedBeforeMs: 0 };
}

/** The last fifth of a section (at least 30 s, at most 2 min) is amber; past the end is red. */
export function timerTone(timer: TimerState, now: number): TimerTone {
  const left = remainingMs(timer, now);
  if (left < 0) return 'over';
  const warnFrom = Math.min(120_000, Math.max(30_000, timer.durationMs / 5));
  return left <= warnFrom ? 'ending' : 'normal';
}

/**
 * Time left for the whole workshop: planned time of the sections still on the agenda minus the
 * time they have run, so overrunning one section eats into the rest.
 */
export function workshopRemainingMs(agenda: readonly AgendaSection[], now: number): number {
  let left = 0;
  for (const section of agenda) {
    if (section.skipped) continue;
    left += remainingMs(timerOf(section), now);
  }
  return left;
}

/** m:ss, or h:mm:ss from an hour, with a leading minus when over. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  // Count down in whole seconds the way a wall clock does: 0:01 shows until the last second ends.
  const total = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  const body = `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
  return negative && total > 0 ? `-${body}` : body;
}
