import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/workshop';
import {
  formatDuration,
  remainingMs,
  timerTone,
  type TimerState,
  type TimerTone,
} from '../../../shared/run/timer';

/** A short two-tone beep through Web Audio; silent where audio is unavailable. */
function beep(): void {
  try {
    const context = new AudioContext();
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = 880;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.frequency.setValueAtTime(660, context.currentTime + 0.2);
    oscillator.stop(context.currentTime + 0.45);
    oscillator.onended = () => void context.close();
  } catch {
    // No audio device: the red countdown still says it.
  }
}

/** The countdown of a section: amber near the end, red when over, an optional beep at the end. */
export function SectionTimer({
  timer,
  now,
  sound = false,
  size = 'normal',
  language,
}: {
  timer: TimerState;
  now: number;
  sound?: boolean;
  size?: 'normal' | 'huge';
  /** The projector speaks the workshop's language, whatever the UI's. */
  language?: Language;
}) {
  const { t } = useTranslation(undefined, language ? { lng: language } : undefined);
  const left = remainingMs(timer, now);
  const tone: TimerTone = timerTone(timer, now);
  const previousTone = useRef(tone);

  useEffect(() => {
    if (sound && tone === 'over' && previousTone.current !== 'over' && timer.startedAt !== null) {
      beep();
    }
    previousTone.current = tone;
  }, [tone, sound, timer.startedAt]);

  const state = timer.startedAt === null ? t('run.timer.paused') : t('run.timer.running');
  return (
    <div
      className={`section-timer section-timer--${tone} section-timer--${size}`}
      role="timer"
      aria-label={t('run.timer.label', { time: formatDuration(left), state })}
    >
      <span className="section-timer__time">{formatDuration(left)}</span>
      <span className="section-timer__state">{tone === 'over' ? t('run.timer.over') : state}</span>
    </div>
  );
}
