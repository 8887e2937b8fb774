import { describe, expect, it } from 'vitest';
import { defaultAgenda, MINUTE_MS } from '../../../shared/run/agenda';
import {
  elapsedMs,
  formatDuration,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  timerTone,
  workshopRemainingMs,
  type TimerState,
} from '../../../shared/run/timer';

const tenMinutes: TimerState = { durationMs: 10 * MINUTE_MS, startedAt: null, elapsedBeforeMs: 0 };

describe('section timer as data', () => {
  it('counts only while running, across pauses', () => {
    let timer = startTimer(tenMinutes, 1_000);
    expect(remainingMs(timer, 61_000)).toBe(9 * MINUTE_MS);
    timer = pauseTimer(timer, 61_000);
    // Paused: the clock moving on changes nothing.
    expect(remainingMs(timer, 500_000)).toBe(9 * MINUTE_MS);
    timer = startTimer(timer, 500_000);
    expect(elapsedMs(timer, 560_000)).toBe(2 * MINUTE_MS);
    expect(startTimer(timer, 999_999)).toBe(timer);
    expect(pauseTimer(pauseTimer(timer, 560_000), 700_000).elapsedBeforeMs).toBe(2 * MINUTE_MS);
    expect(resetTimer(timer)).toEqual(tenMinutes);
  });

  it('turns amber near the end and red when over', () => {
    const timer = startTimer(tenMinutes, 0);
    expect(timerTone(timer, 5 * MINUTE_MS)).toBe('normal');
    expect(timerTone(timer, 9 * MINUTE_MS)).toBe('ending');
    expect(timerTone(timer, 10 * MINUTE_MS + 1)).toBe('over');
    expect(remainingMs(timer, 11 * MINUTE_MS)).toBe(-MINUTE_MS);
  });

  it('a clock going backwards never adds time', () => {
    expect(remainingMs(startTimer(tenMinutes, 5_000), 1_000)).toBe(10 * MINUTE_MS);
  });

  it('formats like a wall clock', () => {
    expect(formatDuration(10 * MINUTE_MS)).toBe('10:00');
    expect(formatDuration(59_001)).toBe('1:00');
    expect(formatDuration(-61_000)).toBe('-1:01');
    expect(formatDuration(3 * 60 * MINUTE_MS + 5_000)).toBe('3:00:05');
    expect(formatDuration(-400)).toBe('0:00');
  });
});

describe('time left for the workshop', () => {
  it('is the planned time minus what ran; skipped sections do not count; overruns eat the rest', () => {
    const agenda = defaultAgenda(() => Math.random().toString(36));
    const planned = agenda.reduce((sum, s) => sum + s.timeboxMs, 0);
    expect(workshopRemainingMs(agenda, 0)).toBe(planned);
    const [first, second, ...rest] = agenda;
    if (!first || !second) throw new Error('agenda too short');
    const overrun = { ...first, timerStartedAt: 0 };
    const skipped = { ...second, skipped: true };
    expect(workshopRemainingMs([overrun, skipped, ...rest], 15 * MINUTE_MS)).toBe(
      planned - second.timeboxMs - 15 * MINUTE_MS,
    );
  });
});
