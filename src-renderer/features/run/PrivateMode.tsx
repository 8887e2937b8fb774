import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCALE_LABELS } from '../../../shared/instrument';
import { NOT_APPLICABLE } from '../../../shared/instrument/types';
import type { PrivateLock } from '../../../shared/run/api';
import type { Answer } from '../../store/run-slice';
import { ApiCallError } from '../../api/client';
import { useAppStore } from '../../store';
import './private-mode.css';

type Alias = PrivateLock['participants'][number];
type Step =
  { name: 'pick' } | { name: 'answer'; participant: Alias; index: number } | { name: 'done' };

const VALUES = [1, 2, 3, 4, 5] as const;
const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), [tabindex="0"]';

/** Tab and Shift+Tab go round the lock's own controls and never leave it. */
function trapFocus(root: HTMLElement, event: globalThis.KeyboardEvent): void {
  const controls = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && controls.includes(active);
  if (!first || !last) {
    event.preventDefault();
  } else if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Pass-the-laptop mode: a participant picks their alias and answers one statement at a time,
 * full screen, in the workshop's language. It is all the window shows while the host holds the
 * lock (no screen behind it), nothing already answered is ever shown, and leaving needs the
 * facilitator's PIN: a reload, a typed address or Back land here again.
 */
export function PrivateMode({ lock }: { lock: PrivateLock }) {
  const { workshopId, statements, round, language, source } = lock;
  const { t } = useTranslation(undefined, { lng: language });
  const recordPrivateAnswer = useAppStore((state) => state.recordPrivateAnswer);
  const runCommand = useAppStore((state) => state.runCommand);
  const [step, setStepState] = useState<Step>({ name: 'pick' });
  const [pending, setPending] = useState(0);
  const [failed, setFailed] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const scale = SCALE_LABELS[language];

  // Key presses can come faster than React renders and far faster than answers are committed.
  // So the statement a key answers is read from this ref, moved on at once by each press, and
  // never from a render's state: a press that lands before the next render (or before the
  // previous answer is saved) answers the next statement instead of being lost.
  const stepRef = useRef<Step>(step);
  const setStep = useCallback((next: Step) => {
    stepRef.current = next;
    setStepState(next);
  }, []);
  // Answers are committed one after another, in the order they were given.
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Bumped when an answer fails: the presses queued behind it are dropped with it, and the
  // participant is taken back to the statement that was not saved.
  const attempt = useRef(0);

  const pinOpenRef = useRef(false);
  const openPin = useCallback((open: boolean) => {
    pinOpenRef.current = open;
    setPinOpen(open);
  }, []);

  const settled = pending === 0;
  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step, pinOpen, settled]);

  const answer = useCallback(
    (value: Answer) => {
      const current = stepRef.current;
      if (current.name !== 'answer') return;
      const item = statements[current.index];
      if (!item) return;
      setStep(
        current.index + 1 < statements.length
          ? { ...current, index: current.index + 1 }
          : { name: 'done' },
      );
      setFailed(false);
      setPending((count) => count + 1);
      const ticket = attempt.current;
      queue.current = queue.current.then(async () => {
        try {
          if (ticket !== attempt.current) return;
          await recordPrivateAnswer(
            workshopId,
            current.participant.id,
            item.id,
            round,
            value,
            source,
          );
        } catch {
          if (ticket === attempt.current) {
            attempt.current += 1;
            setStep(current);
            setFailed(true);
          }
        } finally {
          setPending((count) => count - 1);
        }
      });
    },
    [statements, workshopId, round, source, recordPrivateAnswer, setStep],
  );

  const move = useCallback(
    (delta: 1 | -1) => {
      const current = stepRef.current;
      if (current.name !== 'answer') return;
      const index = current.index + delta;
      if (index < 0) return;
      setStep(index < statements.length ? { ...current, index } : { name: 'done' });
    },
    [statements.length, setStep],
  );

  // One listener on the window, reading only refs: it sees every key wherever focus is (even
  // on the page itself after a screen change) and no render can leave an outdated copy of it.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const root = rootRef.current;
      if (!root) return;
      if (event.key === 'Tab') {
        trapFocus(root, event);
        return;
      }
      if (pinOpenRef.current || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.repeat || event.target instanceof HTMLInputElement) return;
      if (/^[0-5nN]$/.test(event.key) && stepRef.current.name === 'answer') {
        event.preventDefault();
        const key = event.key.toLowerCase();
        answer(key === '0' ? null : key === 'n' ? NOT_APPLICABLE : Number(key));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [answer]);

  async function unlock(event: FormEvent) {
    event.preventDefault();
    try {
      await runCommand('run:unlock', { workshopId, pin });
    } catch (error) {
      const code = error instanceof ApiCallError ? error.body.code : null;
      setPinError(
        code === 'invalid_input'
          ? t('run.private.wrongPin')
          : code === 'conflict'
            ? t('run.private.pinBlocked')
            : t('run.private.unlockFailed'),
      );
      setPin('');
    }
  }

  const item = step.name === 'answer' ? statements[step.index] : undefined;

  return (
    <div
      ref={rootRef}
      className="private-mode"
      role="dialog"
      aria-modal="true"
      aria-label={t('run.private.title')}
      lang={language}
      // Clicking the background keeps focus inside the lock.
      tabIndex={-1}
    >
      <div className="private-mode__bar">
        <span className="private-mode__name">{t('run.private.title')}</span>
        <button
          type="button"
          className="button button--small private-mode__facilitator"
          onClick={() => {
            openPin(true);
            setPinError(null);
          }}
        >
          {t('run.private.facilitator')}
        </button>
      </div>

      {pinOpen ? (
        <form className="private-mode__panel" onSubmit={unlock}>
          <h1 className="private-mode__title">{t('run.private.unlockTitle')}</h1>
          <label className="field">
            <span className="field__label">{t('run.private.pin')}</span>
            <input
              data-autofocus
              className="input private-mode__pin"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(event) => setPin(event.target.value)}
              aria-invalid={pinError ? true : undefined}
            />
          </label>
          {pinError ? (
            <p className="field__error" role="alert">
              {pinError}
            </p>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button button--primary button--large">
              {t('run.private.unlock')}
            </button>
            <button
              type="button"
              className="button button--large"
              onClick={() => {
                openPin(false);
                setPin('');
              }}
            >
              {t('run.private.cancel')}
            </button>
          </div>
        </form>
      ) : step.name === 'pick' ? (
        <div className="private-mode__panel">
          <h1 className="private-mode__title">{t('run.private.pickTitle')}</h1>
          <p className="private-mode__lead">{t('run.private.pickLead')}</p>
          <ul className="private-mode__aliases">
            {lock.participants.map((participant, index) => (
              <li key={participant.id}>
                <button
                  type="button"
                  className="button private-mode__alias"
                  data-autofocus={index === 0 ? true : undefined}
                  onClick={() => setStep({ name: 'answer', participant, index: 0 })}
                >
                  {participant.alias}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : step.name === 'done' ? (
        <div className="private-mode__panel private-mode__panel--center">
          {pending > 0 ? (
            // "Done" is said only once every answer is committed.
            <p className="private-mode__lead" role="status" data-autofocus tabIndex={-1}>
              {t('run.private.saving')}
            </p>
          ) : (
            <>
              <h1 className="private-mode__title">{t('run.private.doneTitle')}</h1>
              <p className="private-mode__lead">{t('run.private.doneLead')}</p>
              <button
                type="button"
                data-autofocus
                className="button button--primary button--large"
                onClick={() => setStep({ name: 'pick' })}
              >
                {t('run.private.nextPerson')}
              </button>
            </>
          )}
        </div>
      ) : item ? (
        <div className="private-mode__panel">
          <p className="private-mode__progress">
            {t('run.private.progress', { n: step.index + 1, total: statements.length })}
          </p>
          <h1 className="private-mode__statement" data-autofocus tabIndex={-1}>
            {item.text}
          </h1>
          <div className="private-mode__scale" role="group" aria-label={t('run.private.scale')}>
            {VALUES.map((value) => (
              <button
                key={value}
                type="button"
                className="private-mode__option"
                onClick={() => answer(value)}
              >
                <span className="private-mode__key">{value}</span>
                {scale[value]}
              </button>
            ))}
            <button
              type="button"
              className="private-mode__option private-mode__option--cant"
              onClick={() => answer(null)}
            >
              <span className="private-mode__key">0</span>
              {scale.cantSay}
            </button>
            <button
              type="button"
              className="private-mode__option private-mode__option--na"
              onClick={() => answer(NOT_APPLICABLE)}
            >
              <span className="private-mode__key">N</span>
              {scale.notApplicable}
            </button>
          </div>
          {failed ? (
            <p className="field__error" role="alert">
              {t('run.private.notSaved')}
            </p>
          ) : null}
          <div className="private-mode__nav">
            <button
              type="button"
              className="button"
              disabled={step.index === 0}
              onClick={() => move(-1)}
            >
              {t('run.private.back')}
            </button>
            <button type="button" className="button" onClick={() => move(1)}>
              {t('run.private.skip')}
            </button>
          </div>
        </div>
      ) : (
        <div className="private-mode__panel">
          <p>{t('run.private.nothing')}</p>
        </div>
      )}
    </div>
  );
}
