import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/workshop';
import type { AgendaSection } from '../../../shared/run/agenda';
import { formatDuration, remainingMs, timerOf } from '../../../shared/run/timer';
import { useAppStore } from '../../store';
import { sectionTitle } from './section-text';
import { SaveTemplateForm } from '../templates/SaveTemplateForm';

interface Props {
  workshopId: string;
  agenda: AgendaSection[];
  currentId: string | null;
  now: number;
  language: Language;
}

/** The agenda: go to a section, reorder, skip, and add a custom one. */
export function AgendaPanel({ workshopId, agenda, currentId, now, language }: Props) {
  const { t } = useTranslation();
  const runCommand = useAppStore((state) => state.runCommand);
  const [error, setError] = useState<string | null>(null);

  const act = (promise: Promise<unknown>) =>
    promise.then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );

  return (
    <nav className="card agenda" aria-label={t('run.agenda.label')}>
      <h2 className="card__title">{t('run.agenda.title')}</h2>
      <ol className="agenda__list">
        {agenda.map((section, index) => {
          const title = sectionTitle(t, section, language);
          const timer = timerOf(section);
          const started = timer.elapsedBeforeMs > 0 || timer.startedAt !== null;
          const minutes = Math.round(timer.durationMs / 60000);
          const current = section.id === currentId;
          return (
            <li
              key={section.id}
              className={`agenda__item${current ? ' is-current' : ''}${section.skipped ? ' is-skipped' : ''}`}
            >
              <button
                type="button"
                className="agenda__go"
                aria-current={current ? 'step' : undefined}
                onClick={() =>
                  void act(runCommand('run:goto', { workshopId, sectionId: section.id }))
                }
              >
                <span className="agenda__label">
                  <span className="agenda__title" lang={language}>
                    {title}
                    {section.round === 2 && section.kind !== 'revote'
                      ? ` · ${t('run.agenda.round2', { lng: language })}`
                      : ''}
                  </span>
                  {section.awaitingStatements ? (
                    <span className="agenda__note" title={t('run.agenda.awaitingStatementsHint')}>
                      {t('run.agenda.awaitingStatements')}
                    </span>
                  ) : null}
                </span>
                <span className="agenda__time">
                  {section.skipped
                    ? t('run.agenda.skipped')
                    : started
                      ? formatDuration(remainingMs(timer, now))
                      : t('run.agenda.minutes', { count: minutes })}
                </span>
              </button>
              <span className="agenda__tools">
                <button
                  type="button"
                  className="agenda__tool"
                  disabled={index === 0}
                  aria-label={t('run.agenda.moveUp', { title })}
                  title={t('run.agenda.moveUp', { title })}
                  onClick={() =>
                    void act(
                      runCommand('agenda:move', {
                        workshopId,
                        sectionId: section.id,
                        toIndex: index - 1,
                      }),
                    )
                  }
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="agenda__tool"
                  disabled={index === agenda.length - 1}
                  aria-label={t('run.agenda.moveDown', { title })}
                  title={t('run.agenda.moveDown', { title })}
                  onClick={() =>
                    void act(
                      runCommand('agenda:move', {
                        workshopId,
                        sectionId: section.id,
                        toIndex: index + 1,
                      }),
                    )
                  }
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="agenda__tool"
                  aria-pressed={section.skipped}
                  aria-label={t(section.skipped ? 'run.agenda.unskip' : 'run.agenda.skip', {
                    title,
                  })}
                  title={t(section.skipped ? 'run.agenda.unskip' : 'run.agenda.skip', { title })}
                  onClick={() =>
                    void act(
                      runCommand('agenda:skip', {
                        workshopId,
                        sectionId: section.id,
                        skipped: !section.skipped,
                      }),
                    )
                  }
                >
                  {section.skipped ? '↺' : '⤼'}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <AddSection workshopId={workshopId} afterId={currentId} />
      <SaveTemplateForm workshopId={workshopId} />
    </nav>
  );
}

function AddSection({ workshopId, afterId }: { workshopId: string; afterId: string | null }) {
  const { t } = useTranslation();
  const runCommand = useAppStore((state) => state.runCommand);
  const [title, setTitle] = useState('');
  const [prompt, setPrompt] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await runCommand('agenda:add', {
        workshopId,
        title,
        prompt,
        minutes: Number(minutes),
        afterSectionId: afterId,
      });
      setTitle('');
      setPrompt('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <details className="agenda__add">
      <summary>{t('run.agenda.addSection')}</summary>
      <form onSubmit={submit} className="agenda__add-form">
        <label className="field">
          <span className="field__label">{t('run.agenda.sectionTitle')}</span>
          <input
            className="input input--compact"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('run.agenda.sectionPrompt')}</span>
          <textarea
            className="input"
            rows={2}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('run.agenda.sectionMinutes')}</span>
          <input
            className="input input--compact input--short"
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        {error ? <p className="field__error">{error}</p> : null}
        <button type="submit" className="button button--small">
          {t('run.agenda.add')}
        </button>
      </form>
    </details>
  );
}
