import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE, type Action, type RecommendationView } from '../../../shared/interventions';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { ActionRow } from './ActionRow';
import { DotVote } from './DotVote';
import { useLoadInterventions } from './use-load-interventions';
import { useLang } from './use-lang';
import './interventions.css';

const NO_RECOMMENDATIONS: RecommendationView[] = [];
const NO_ACTIONS: Action[] = [];

/**
 * The Interventions section: what the findings call for (with the findings that triggered each),
 * the room's choice, its own additions, dot votes, and each action's owner, date and signal.
 */
export function InterventionsPanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const recommendations = useAppStore(
    (state) => state.recommendationsByWorkshop[workshopId] ?? NO_RECOMMENDATIONS,
  );
  const loaded = useAppStore((state) => state.actionsByWorkshop[workshopId] !== undefined);
  const actions = useAppStore((state) => state.actionsByWorkshop[workshopId] ?? NO_ACTIONS);
  const votesShown = useAppStore(
    (state) => state.voteByWorkshop[workshopId]?.tally.status === 'shown',
  );
  const saveAction = useAppStore((state) => state.saveAction);
  const removeAction = useAppStore((state) => state.removeAction);
  const announce = useAppStore((state) => state.announce);
  const loadError = useLoadInterventions(workshopId);
  const [actionError, setActionError] = useState<string | null>(null);

  const chosen = actions.filter((action) => action.selected);
  const chosenIds = new Set(chosen.map((action) => action.interventionId));
  const byIntervention = new Map(actions.map((action) => [action.interventionId, action]));

  async function run(task: () => Promise<unknown>, message: string) {
    setActionError(null);
    try {
      await task();
      announce(message);
    } catch (error) {
      setActionError(errorMessage(error));
    }
  }

  function toggle(recommendation: RecommendationView, title: string) {
    const existing = byIntervention.get(recommendation.interventionId);
    const choose = !chosenIds.has(recommendation.interventionId);
    void run(
      () =>
        saveAction({
          workshopId,
          interventionId: recommendation.interventionId,
          ...(existing
            ? {
                id: existing.id,
                title: existing.title,
                description: existing.description,
                owner: existing.owner,
                dueDate: existing.dueDate,
                successSignal: existing.successSignal,
                targets: existing.targets,
              }
            : {}),
          selected: choose,
        }),
      t(
        choose
          ? 'interventions.recommended.chosenMessage'
          : 'interventions.recommended.unchosenMessage',
        { title },
      ),
    );
  }

  function remove(action: Action) {
    if (action.interventionId === null) {
      void run(
        () => removeAction(workshopId, action.id),
        t('interventions.plan.removed', { title: action.title }),
      );
      return;
    }
    void run(
      () =>
        saveAction({
          workshopId,
          id: action.id,
          interventionId: action.interventionId,
          title: action.title,
          description: action.description,
          owner: action.owner,
          dueDate: action.dueDate,
          successSignal: action.successSignal,
          targets: action.targets,
          selected: false,
        }),
      t('interventions.recommended.unchosenMessage', { title: action.title }),
    );
  }

  return (
    <section className="card interventions" aria-labelledby="interventions-title">
      <div className="card__header">
        <h2 id="interventions-title" className="card__title" tabIndex={-1}>
          {t('interventions.title')}
        </h2>
      </div>

      {loadError ? (
        <p role="alert" className="notice notice--error">
          {t('interventions.loadFailed', { detail: loadError })}
        </p>
      ) : null}
      {actionError ? (
        <p role="alert" className="notice notice--error">
          {actionError}
        </p>
      ) : null}
      {!loaded && !loadError ? <p role="status">{t('common.loading')}</p> : null}

      {loaded ? (
        <div className="interventions__columns">
          <RecommendedList recommendations={recommendations} chosen={chosenIds} onToggle={toggle} />
          <div className="interventions__plan">
            <h3 className="interventions__heading">{t('interventions.plan.title')}</h3>
            {chosen.length === 0 ? (
              <p className="empty-state empty-state--small">{t('interventions.plan.empty')}</p>
            ) : (
              <ol className="action-list">
                {chosen.map((action) => (
                  <ActionRow
                    key={action.id}
                    action={action}
                    showVotes={votesShown}
                    onRemove={() => remove(action)}
                  />
                ))}
              </ol>
            )}
            <AddCustomAction workshopId={workshopId} />
            <DotVote workshopId={workshopId} actions={chosen} />
          </div>
        </div>
      ) : null}
    </section>
  );
}

function RecommendedList({
  recommendations,
  chosen,
  onToggle,
}: {
  recommendations: RecommendationView[];
  chosen: Set<string | null>;
  onToggle: (recommendation: RecommendationView, title: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const mechanismLabel = (id: string) =>
    CATALOGUE.mechanisms.find((mechanism) => mechanism.id === id)?.label[lang] ?? id;

  return (
    <div className="interventions__recommended">
      <h3 className="interventions__heading">{t('interventions.recommended.title')}</h3>
      <p className="muted">{t('interventions.recommended.how')}</p>
      {recommendations.length === 0 ? (
        <p className="empty-state empty-state--small">{t('interventions.recommended.empty')}</p>
      ) : (
        <ol className="recommendation-list">
          {recommendations.map((recommendation) => {
            const { intervention } = recommendation;
            const title = intervention.title[lang];
            const isChosen = chosen.has(recommendation.interventionId);
            return (
              <li
                key={recommendation.interventionId}
                className={`recommendation${isChosen ? ' recommendation--chosen' : ''}`}
              >
                <div className="recommendation__head">
                  <span className="recommendation__rank" aria-hidden="true">
                    {recommendation.rank}
                  </span>
                  <div className="recommendation__name">
                    <h4 className="recommendation__title">{title}</h4>
                    <p className="recommendation__meta">
                      {mechanismLabel(intervention.mechanism)} ·{' '}
                      {t(`interventions.horizons.${intervention.horizon}`)}
                    </p>
                  </div>
                  <button
                    type="button"
                    className={`button button--small${isChosen ? '' : ' button--primary'}`}
                    aria-pressed={isChosen}
                    onClick={() => onToggle(recommendation, title)}
                  >
                    {isChosen
                      ? t('interventions.recommended.chosen')
                      : t('interventions.recommended.choose')}
                    <span className="visually-hidden"> {title}</span>
                  </button>
                </div>
                <p className="recommendation__what">{intervention.what[lang]}</p>
                <p className="recommendation__because">
                  <strong>{t('interventions.recommended.because')}</strong>{' '}
                </p>
                <ul className="recommendation__findings">
                  {recommendation.findings.map((finding) => (
                    <li key={finding.id}>
                      {finding.title[lang]}{' '}
                      <span className="muted">
                        ({t(`interventions.severity.${finding.severity}`)})
                      </span>
                    </li>
                  ))}
                </ul>
                <details className="recommendation__more">
                  <summary>{t('interventions.recommended.more')}</summary>
                  <dl className="details details--stacked">
                    <div>
                      <dt>{t('interventions.fields.why')}</dt>
                      <dd>{intervention.why[lang]}</dd>
                    </div>
                    <div>
                      <dt>{t('interventions.fields.firstStep')}</dt>
                      <dd>{intervention.firstStep[lang]}</dd>
                    </div>
                    <div>
                      <dt>{t('interventions.fields.owner')}</dt>
                      <dd>{intervention.owner[lang]}</dd>
                    </div>
                    <div>
                      <dt>{t('interventions.fields.successSignal')}</dt>
                      <dd>{intervention.successSignal[lang]}</dd>
                    </div>
                  </dl>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

function AddCustomAction({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const saveAction = useAppStore((state) => state.saveAction);
  const announce = useAppStore((state) => state.announce);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('interventions.custom.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await saveAction({ workshopId, interventionId: null, title, selected: true });
      announce(t('interventions.custom.added', { title: title.trim() }));
      setTitle('');
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="custom-action" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('interventions.custom.label')}
        </label>
        <div className="custom-action__row">
          <input
            id={id}
            className="input"
            value={title}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy}>
            {t('interventions.custom.add')}
          </button>
        </div>
        {error ? (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
