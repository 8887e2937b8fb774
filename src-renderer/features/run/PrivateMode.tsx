import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Participant } from '../../../shared/domain/workshop';
import { SCALE_LABELS, type InstrumentItem } from '../../../shared/instrument';
import type { Round } from '../../../shared/run/api';
import { ApiCallError } from '../../api/client';
import { useAppStore } from '../../store';

type Step =
  { name: 'pick' } | { name: 'answer'; participant: Participant; index: number } | { name: 'done' };

const VALUES = [1, 2, 3, 4, 5] as const;

interface Props {
  workshopId: string;
  participants: Participant[];
  items: InstrumentItem[];
  round: Round;
  language: Language;
}

/**
 * Pass-the-laptop mode: a participant picks their alias and answers one statement at a time,
 * full screen, in the workshop's language. Nothing already answered is ever shown, so the next
 * person learns nothing; leaving needs the facilitator's PIN (a reload stays locked).
 */
export function PrivateMode({ workshopId, participants, items, round, language }: Props) {
  const { t } = useTranslation(undefined, { lng: language });
  const setAnswer = useAppStore((state) => state.setAnswer);
  const runCommand = useAppStore((state) => state.runCommand);
  const [step, setStep] = useState<Step>({ name: 'pick' });
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [pinOpen, setPinOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const scale = SCALE_LABELS[language];

  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step, pinOpen]);

  async function answer(value: number | null) {
    if (step.name !== 'answer' || saving) return;
    const item = items[step.index];
    if (!item) return;
    setSaving(true);
    setFailed(false);
    const ok = await setAnswer(workshopId, step.participant.id, item.id, round, value);
    setSaving(false);
    if (!ok) {
      setFailed(true);
      return;
    }
    setStep(step.index + 1 < items.length ? { ...step, index: step.index + 1 } : { name: 'done' });
  }

  useEffect(() => {
    if (step.name !== 'answer' || pinOpen) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (/^[1-5]$/.test(event.key)) {
        event.preventDefault();
        void answer(Number(event.key));
      } else if (event.key === '0') {
        event.preventDefault();
        void answer(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  async function unlock(event: FormEvent) {
    event.preventDefault();
    try {
      await runCommand('run:unlock', { workshopId, pin });
    } catch (error) {
      setPinError(
        error instanceof ApiCallError && error.body.code === 'invalid_input'
          ? t('run.private.wrongPin')
          : error instanceof ApiCallError && error.body.code === 'conflict'
            ? t('run.private.pinBlocked')
            : error instanceof Error
              ? error.message
              : String(error),
      );
      setPin('');
    }
  }

  const item = step.name === 'answer' ? items[step.index] : undefined;

  return (
    <div
      ref={rootRef}
      className="private-mode"
      role="dialog"
      aria-modal="true"
      aria-label={t('run.private.title')}
      lang={language}
    >
      <div className="private-mode__bar">
        <span>{t('run.private.title')}</span>
        <button
          type="button"
          className="button button--small private-mode__facilitator"
          onClick={() => {
            setPinOpen(true);
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
                setPinOpen(false);
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
            {participants.map((participant, index) => (
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
        </div>
      ) : item ? (
        <div className="private-mode__panel">
          <p className="private-mode__progress">
            {t('run.private.progress', { n: step.index + 1, total: items.length })}
          </p>
          <h1 className="private-mode__statement" data-autofocus tabIndex={-1}>
            {item.text[language]}
          </h1>
          <div className="private-mode__scale" role="group" aria-label={t('run.private.scale')}>
            {VALUES.map((value) => (
              <button
                key={value}
                type="button"
                className="private-mode__option"
                disabled={saving}
                onClick={() => void answer(value)}
              >
                <span className="private-mode__key">{value}</span>
                {scale[value]}
              </button>
            ))}
            <button
              type="button"
              className="private-mode__option private-mode__option--cant"
              disabled={saving}
              onClick={() => void answer(null)}
            >
              <span className="private-mode__key">0</span>
              {scale.cantSay}
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
              disabled={step.index === 0 || saving}
              onClick={() => setStep({ ...step, index: step.index - 1 })}
            >
              {t('run.private.back')}
            </button>
            <button
              type="button"
              className="button"
              disabled={saving}
              onClick={() =>
                setStep(
                  step.index + 1 < items.length
                    ? { ...step, index: step.index + 1 }
                    : { name: 'done' },
                )
              }
            >
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
