import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import {
  dimensionLabel,
  INSTRUMENT,
  SCALE_LABELS,
  type Dimension,
} from '../../../shared/instrument';
import type { Language } from '../../../shared/domain/workshop';
import { NOT_APPLICABLE } from '../../../shared/instrument/types';
import type { RoomView } from '../../../shared/room/schemas';
import { applyLanguage, currentLanguage } from '../../i18n';
import { createAnswerQueue, retryDelayMs, type FlushOutcome } from './answer-queue';
import { DotVoteCard } from './DotVoteCard';
import {
  PhoneLanguagePicker,
  rememberPhoneLanguage,
  storedPhoneLanguage,
} from './PhoneLanguagePicker';
import { randomId, roomClient, type RoomResult } from './room-client';
import './room.css';
import type { Branding } from '../../../shared/branding/branding';
import { BrandStrip } from '../branding/BrandStrip';

type Phase = 'loading' | 'join' | 'removed' | 'room';
type SaveState = 'saved' | 'waiting' | 'refused';
type Section = NonNullable<RoomView['section']>;
const VALUES = [1, 2, 3, 4, 5] as const;
/** An answer as the phone holds it: 1..5, null ("can't say") or "na" (not applicable). */
type GivenAnswer = RoomView['answers'][string];

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function useErrorText() {
  const { t } = useTranslation();
  return useCallback(
    (result: RoomResult<unknown>): string => {
      if (result.ok) return '';
      if (result.kind === 'offline') return t('room.phone.errors.offline');
      if (result.code === 'too_many_attempts') {
        // Wrong codes make a phone wait longer each time; say how long, in words that fit.
        const seconds = result.retryAfterS ?? 60;
        return seconds < 90
          ? t('room.phone.errors.waitSeconds', { count: seconds })
          : t('room.phone.errors.waitMinutes', { count: Math.ceil(seconds / 60) });
      }
      const known = [
        'wrong_code',
        'room_locked',
        'room_closed',
        'alias_taken',
        'unknown_alias',
        'no_free_alias',
        'section_closed',
        'answered_elsewhere',
      ];
      if (known.includes(result.code)) return t(`room.phone.errors.${result.code}`);
      if (result.code === 'invalid_input') {
        return t('room.phone.errors.invalid_input', { message: result.message });
      }
      return t('room.phone.errors.other', { message: result.message });
    },
    [t],
  );
}

/** Joining: the code from the screen, then the participant's alias. */
function JoinForm({ onJoined }: { onJoined: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [code, setCode] = useState('');
  const [aliases, setAliases] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function checkCode(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await roomClient.aliases(code);
    setBusy(false);
    if (result.ok) {
      setError(null);
      setAliases(result.value.aliases);
    } else setError(errorText(result));
  }

  async function join(alias?: string) {
    setBusy(true);
    const result = await roomClient.join(code, alias);
    setBusy(false);
    if (result.ok) onJoined();
    else if (result.kind === 'refused' && result.code === 'ask_facilitator' && alias) {
      // The same words whatever the reason, as the host's refusal: they name no answers.
      setError(t('room.phone.errors.ask_facilitator', { alias }));
    } else {
      setError(errorText(result));
      if (!result.ok && result.kind === 'refused' && result.code === 'alias_taken') {
        const fresh = await roomClient.aliases(code);
        if (fresh.ok) setAliases(fresh.value.aliases);
      }
    }
  }

  return (
    <section className="room-card" aria-labelledby="room-join-title">
      <h1 id="room-join-title" className="room-card__title">
        {t('room.phone.title')}
      </h1>
      {aliases === null ? (
        <form onSubmit={(event) => void checkCode(event)} noValidate>
          <label className="room-field__label" htmlFor="room-code">
            {t('room.phone.codeLabel')}
          </label>
          <input
            id="room-code"
            className="room-code-input"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={12}
            inputMode="text"
            aria-describedby="room-code-hint"
            aria-invalid={error ? true : undefined}
          />
          <p id="room-code-hint" className="room-hint">
            {t('room.phone.codeHint')}
          </p>
          <button type="submit" className="room-button room-button--primary" disabled={busy}>
            {busy ? t('room.phone.joining') : t('room.phone.continue')}
          </button>
        </form>
      ) : (
        <div>
          <h2 className="room-card__subtitle">{t('room.phone.pickAlias')}</h2>
          <p className="room-hint">{t('room.phone.pickAliasHint')}</p>
          <ul className="room-alias-list">
            {aliases.map((alias) => (
              <li key={alias}>
                <button
                  type="button"
                  className="room-button"
                  disabled={busy}
                  onClick={() => void join(alias)}
                >
                  {alias}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="room-button room-button--primary"
            disabled={busy}
            onClick={() => void join()}
          >
            {t('room.phone.nextFree')}
          </button>
        </div>
      )}
      {error && (
        <p className="room-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function sectionName(t: (key: string) => string, section: Section, language: Language) {
  if (section.kind === 'custom' && section.title) return section.title;
  const [dimension] = section.dimensions;
  if (section.kind === 'statements' && dimension) {
    return dimensionLabel(INSTRUMENT, dimension as Dimension, language);
  }
  return t(`room.phone.kinds.${section.kind}`);
}

function SaveBadge({ state }: { state: SaveState | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <span className={`room-badge room-badge--${state}`}>
      {state === 'saved'
        ? t('room.phone.saved')
        : state === 'waiting'
          ? t('room.phone.waiting')
          : t('room.phone.refused')}
    </span>
  );
}

function CommentBox() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef(randomId());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    setBusy(true);
    const result = await roomClient.comment(text, attempt.current);
    setBusy(false);
    if (result.ok) {
      attempt.current = randomId();
      setText('');
      setMessage({ ok: true, text: t('room.phone.commentSaved') });
    } else {
      setMessage({
        ok: false,
        text: t('room.phone.commentFailed', { message: errorText(result) }),
      });
    }
  }

  return (
    <details className="room-card room-comment">
      <summary>{t('room.phone.commentTitle')}</summary>
      <form onSubmit={(event) => void submit(event)}>
        <label className="room-field__label" htmlFor="room-comment">
          {t('room.phone.commentLabel')}
        </label>
        <textarea
          id="room-comment"
          className="room-textarea"
          value={text}
          maxLength={1000}
          rows={3}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="room-comment-hint"
        />
        <p id="room-comment-hint" className="room-hint">
          {t('room.phone.commentHint')}
        </p>
        <button type="submit" className="room-button" disabled={busy || text.trim() === ''}>
          {t('room.phone.commentSend')}
        </button>
        {message && (
          <p className={message.ok ? 'room-ok' : 'room-error'} role="status">
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}

/** The phone page: join, then answer the current section's statements, following the room live. */
export function ParticipantRoom() {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>('loading');
  const [view, setView] = useState<RoomView | null>(null);
  const [values, setValues] = useState<Record<string, GivenAnswer>>({});
  const [saveState, setSaveState] = useState<Record<string, SaveState>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [offline, setOffline] = useState(false);
  const [index, setIndex] = useState(0);
  const [listMode, setListMode] = useState(false);
  const queue = useMemo(() => createAnswerQueue(storage()), []);
  const [pendingCount, setPendingCount] = useState(() => queue.pending().length);
  const errorText = useErrorText();
  const flushing = useRef(false);
  const again = useRef(false);
  const attempt = useRef(0);
  const retryTimer = useRef<number | null>(null);
  const sectionKey = useRef('');
  const flushRef = useRef<() => Promise<void>>(async () => undefined);
  // The language this phone picked, if any: asked for with every state, so the texts come in
  // it (the ref serves `load`, the state the picker).
  const [pickedLanguage, setPickedLanguage] = useState<Language | null>(storedPhoneLanguage);
  const picked = useRef<Language | null>(pickedLanguage);

  const language = view?.language ?? 'en';
  const joined = view !== null;
  const [branding, setBranding] = useState<Branding | null>(null);
  useEffect(() => {
    // Once the phone has joined (the host asks who it is): without it the phone still works.
    if (joined) {
      void roomClient.brand().then((result) => result.ok && setBranding(result.value.branding));
    }
  }, [joined]);

  const load = useCallback(async () => {
    const result = await roomClient.state(picked.current ?? undefined);
    if (result.ok) {
      setOffline(false);
      const next = result.value;
      if (i18next.language !== next.language) applyLanguage(next.language);
      const key = next.section ? `${next.section.id}|${next.section.round}` : '';
      if (key !== sectionKey.current) {
        sectionKey.current = key;
        setIndex(0);
        setListMode(false);
      }
      setView(next);
      // What the host holds is saved; what still waits on this phone shows as waiting, on top.
      const merged: Record<string, GivenAnswer> = { ...next.answers };
      const states: Record<string, SaveState> = {};
      for (const id of Object.keys(next.answers)) states[id] = 'saved';
      for (const pending of queue.pending()) {
        if (next.section && pending.round === next.section.round) {
          merged[pending.itemId] = pending.value;
          states[pending.itemId] = 'waiting';
        }
      }
      setValues(merged);
      setSaveState(states);
      setPhase('room');
    } else if (result.kind === 'refused' && result.code === 'not_joined') {
      setPhase((current) => (current === 'room' ? 'removed' : 'join'));
    } else if (result.kind === 'offline') {
      setOffline(true);
      setPhase((current) => (current === 'loading' ? 'join' : current));
    }
  }, [queue]);

  const flush = useCallback(async () => {
    if (flushing.current) {
      again.current = true;
      return;
    }
    flushing.current = true;
    if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
    retryTimer.current = null;
    let outcome: 'done' | 'offline' = 'done';
    do {
      again.current = false;
      outcome = await queue.flush(roomClient.answer, (result: FlushOutcome) => {
        if (result.kind === 'offline') return;
        const stillWaiting = queue
          .pending()
          .some((p) => p.itemId === result.answer.itemId && p.round === result.answer.round);
        if (result.kind === 'saved' && !stillWaiting) {
          setSaveState((states) => ({ ...states, [result.answer.itemId]: 'saved' }));
        } else if (result.kind === 'refused') {
          if (!stillWaiting) {
            setSaveState((states) => ({ ...states, [result.answer.itemId]: 'refused' }));
          }
          setRefusal(
            errorText({
              ok: false,
              kind: 'refused',
              status: 400,
              code: result.code as 'invalid_input',
              message: result.message,
            }),
          );
          if (result.code === 'not_joined') setPhase('removed');
        }
      });
    } while (again.current && outcome === 'done');
    flushing.current = false;
    setPendingCount(queue.pending().length);
    setOffline(outcome === 'offline');
    if (outcome === 'offline') {
      retryTimer.current = window.setTimeout(
        () => void flushRef.current(),
        retryDelayMs(attempt.current),
      );
      attempt.current += 1;
    } else attempt.current = 0;
  }, [queue, errorText]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    // First read after mounting, outside the effect's own turn (the state it sets comes later).
    const first = window.setTimeout(() => void load().then(() => void flush()), 0);
    const online = () => {
      attempt.current = 0;
      void flush();
      void load();
    };
    window.addEventListener('online', online);
    // A slow poll covers what the live stream can miss (a phone asleep, a proxy cutting it).
    const poll = window.setInterval(() => void load(), 20_000);
    return () => {
      window.clearTimeout(first);
      window.removeEventListener('online', online);
      window.clearInterval(poll);
      if (retryTimer.current !== null) window.clearTimeout(retryTimer.current);
    };
  }, [load, flush]);

  useEffect(() => {
    if (phase !== 'room' || typeof EventSource === 'undefined') return;
    const source = new EventSource('/room/events');
    source.onmessage = () => void load();
    // A reconnect may have missed a change, so it counts as one; it also flushes waiting answers.
    source.onopen = () => {
      void load();
      void flush();
    };
    return () => source.close();
  }, [phase, load, flush]);

  function pickLanguage(next: Language) {
    picked.current = next;
    setPickedLanguage(next);
    rememberPhoneLanguage(next);
    applyLanguage(next);
    // The statements come again in the new language; answers stay on their statement ids.
    if (phase === 'room') void load();
  }
  const languagePicker = (
    <PhoneLanguagePicker
      value={pickedLanguage ?? view?.language ?? currentLanguage()}
      onChange={pickLanguage}
    />
  );

  function answer(itemId: string, value: GivenAnswer) {
    const section = view?.section;
    if (!section?.open) return;
    setValues((current) => ({ ...current, [itemId]: value }));
    setSaveState((states) => ({ ...states, [itemId]: 'waiting' }));
    setRefusal(null);
    queue.put({ itemId, round: section.round, value, clientId: randomId() });
    setPendingCount(queue.pending().length);
    void flush();
    if (!listMode && index < section.statements.length - 1) setIndex(index + 1);
  }

  if (phase === 'loading') {
    return (
      <div className="room-phone">
        <p className="room-hint">{t('room.phone.loading')}</p>
      </div>
    );
  }
  if (phase === 'join' || phase === 'removed') {
    return (
      <div className="room-phone">
        {languagePicker}
        {phase === 'removed' && (
          <section className="room-card" aria-labelledby="room-removed">
            <h1 id="room-removed" className="room-card__title">
              {t('room.phone.removedTitle')}
            </h1>
            <p>{t('room.phone.removedText')}</p>
            <button type="button" className="room-button" onClick={() => setPhase('join')}>
              {t('room.phone.joinAgain')}
            </button>
          </section>
        )}
        {phase === 'join' && <JoinForm onJoined={() => void load()} />}
        {offline && <p className="room-error">{t('room.phone.errors.offline')}</p>}
      </div>
    );
  }

  const section = view?.section ?? null;
  const statements = section?.statements ?? [];
  const answeredCount = statements.filter((s) => s.id in values).length;
  const scale = SCALE_LABELS[language];
  const current = statements[Math.min(index, Math.max(0, statements.length - 1))];

  const status =
    pendingCount > 0 ? (
      <p className="room-status room-status--waiting" role="status">
        {t('room.phone.pendingCount', { count: pendingCount })}
      </p>
    ) : Object.keys(saveState).length > 0 ? (
      <p className="room-status room-status--saved" role="status">
        {t('room.phone.allSaved')}
      </p>
    ) : null;

  return (
    <div className="room-phone">
      <BrandStrip branding={branding} logoAlt={t('branding.logoPreview')} />
      <header className="room-bar">
        <span className="room-bar__title">{view?.workshopTitle}</span>
        <span className="room-bar__alias">{t('room.phone.youAre', { alias: view?.alias })}</span>
      </header>
      {languagePicker}
      {offline && (
        <p className="room-offline" role="alert">
          {t('room.phone.offline')}
        </p>
      )}
      {status}
      {refusal && (
        <p className="room-error" role="alert">
          {refusal}
        </p>
      )}

      {view?.vote ? (
        <DotVoteCard vote={view.vote} onChanged={() => void load()} />
      ) : !section || section.statements.length === 0 ? (
        <section className="room-card room-wait" aria-labelledby="room-wait-title">
          <h1 id="room-wait-title" className="room-card__title">
            {t('room.phone.waitingTitle')}
          </h1>
          {section && (
            <p className="room-now">
              {t('room.phone.nowShowing', { section: sectionName(t, section, language) })}
            </p>
          )}
          {section?.prompt && <p className="room-prompt">{section.prompt}</p>}
          <p className="room-hint">{t('room.phone.waitingText')}</p>
          <span className="room-pulse" aria-hidden="true" />
        </section>
      ) : (
        <section className="room-card" aria-labelledby="room-section-title">
          <h1 id="room-section-title" className="room-card__title">
            {sectionName(t, section, language)}
          </h1>
          {!section.open && (
            <div className="room-closed">
              <h2 className="room-card__subtitle">{t('room.phone.closedTitle')}</h2>
              <p>{t('room.phone.closedText')}</p>
            </div>
          )}
          <p className="room-progress-text">
            {t('room.phone.answered', { count: answeredCount, total: statements.length })}
          </p>
          <progress
            className="room-progress"
            max={statements.length}
            value={answeredCount}
            aria-label={t('room.phone.answered', {
              count: answeredCount,
              total: statements.length,
            })}
          />
          {!listMode && current ? (
            <div className="room-statement">
              <p className="room-statement__count">
                {t('room.phone.progress', {
                  n: statements.indexOf(current) + 1,
                  total: statements.length,
                })}
                <SaveBadge state={saveState[current.id]} />
              </p>
              <p className="room-statement__text" id={`room-s-${current.id}`}>
                {current.text}
              </p>
              <div className="room-scale" role="group" aria-labelledby={`room-s-${current.id}`}>
                {VALUES.map((value) => (
                  <button
                    key={value}
                    type="button"
                    className="room-choice"
                    aria-pressed={values[current.id] === value}
                    disabled={!section.open}
                    onClick={() => answer(current.id, value)}
                  >
                    <span className="room-choice__n">{value}</span>
                    <span>{scale[value]}</span>
                  </button>
                ))}
                <button
                  type="button"
                  className="room-choice room-choice--cant"
                  aria-pressed={current.id in values && values[current.id] === null}
                  disabled={!section.open}
                  onClick={() => answer(current.id, null)}
                >
                  {scale.cantSay}
                </button>
                <button
                  type="button"
                  className="room-choice room-choice--na"
                  aria-pressed={values[current.id] === NOT_APPLICABLE}
                  disabled={!section.open}
                  onClick={() => answer(current.id, NOT_APPLICABLE)}
                >
                  {scale.notApplicable}
                </button>
              </div>
              <div className="room-nav">
                <button
                  type="button"
                  className="room-button"
                  disabled={index === 0}
                  onClick={() => setIndex(Math.max(0, index - 1))}
                >
                  {t('room.phone.previous')}
                </button>
                <button
                  type="button"
                  className="room-button"
                  disabled={index >= statements.length - 1}
                  onClick={() => setIndex(Math.min(statements.length - 1, index + 1))}
                >
                  {t('room.phone.next')}
                </button>
              </div>
            </div>
          ) : (
            <ol className="room-list">
              {statements.map((statement, position) => (
                <li key={statement.id}>
                  <button
                    type="button"
                    className="room-list__item"
                    onClick={() => {
                      setIndex(position);
                      setListMode(false);
                    }}
                  >
                    <span className="room-list__text">{statement.text}</span>
                    <span className="room-list__answer">
                      {statement.id in values
                        ? (() => {
                            const value = values[statement.id];
                            if (value === NOT_APPLICABLE) return scale.notApplicable;
                            return value === null || value === undefined
                              ? scale.cantSay
                              : scale[value as 1 | 2 | 3 | 4 | 5];
                          })()
                        : t('room.phone.notAnswered')}
                      <SaveBadge state={saveState[statement.id]} />
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          <button
            type="button"
            className="room-button room-button--link"
            onClick={() => setListMode(!listMode)}
          >
            {listMode ? t('room.phone.backToOne') : t('room.phone.review')}
          </button>
          {section.open && <p className="room-hint">{t('room.phone.changeHint')}</p>}
        </section>
      )}
      <CommentBox />
    </div>
  );
}
