import type { Action, RecommendationView } from '../../../shared/interventions';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { useLoadInterventions } from '../interventions/use-load-interventions';
import { useResultsText } from './use-results-text';

const TOP = 3;
const NO_RECOMMENDATIONS: RecommendationView[] = [];
const NO_ACTIONS: Action[] = [];

/** A due date (YYYY-MM-DD) as the UI language writes a day, read as that calendar day anywhere. */
function dayOf(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The room's agreed actions, most voted first, in the order they were chosen when tied. */
export function agreedActions(actions: readonly Action[]): Action[] {
  return actions
    .filter((action) => action.selected)
    .sort((a, b) => b.votes - a.votes || a.position - b.position);
}

/**
 * What to do first: the room's own action plan when it agreed one, otherwise the interventions
 * the findings call for, best ranked first.
 */
export function WhatToDoFirst({ workshopId }: { workshopId: string }) {
  const text = useResultsText();
  const { t, lang } = text;
  const recommendations = useAppStore(
    (state) => state.recommendationsByWorkshop[workshopId] ?? NO_RECOMMENDATIONS,
  );
  const actions = useAppStore((state) => state.actionsByWorkshop[workshopId] ?? NO_ACTIONS);
  const loaded = useAppStore((state) => state.actionsByWorkshop[workshopId] !== undefined);
  const loadError = useLoadInterventions(workshopId);

  const agreed = agreedActions(actions).slice(0, TOP);
  const recommended = [...recommendations].sort((a, b) => a.rank - b.rank).slice(0, TOP);

  return (
    <section className="card" aria-labelledby="results-todo-title" data-testid="results-todo">
      <h2 id="results-todo-title" className="card__title">
        {t('results.summary.todo')}
      </h2>
      {loadError ? (
        <p role="alert" className="notice notice--error">
          {t('results.summary.todoFailed', { reason: loadError })}
        </p>
      ) : !loaded ? (
        <p className="muted">{t('results.summary.todoLoading')}</p>
      ) : agreed.length > 0 ? (
        <>
          <p className="results-section__lead">{t('results.summary.agreedLead')}</p>
          <ol className="results-todo">
            {agreed.map((action) => (
              <li key={action.id}>
                <h3 className="results-todo__title">{action.title}</h3>
                <p className="results-todo__meta">
                  {[
                    action.owner
                      ? t('results.summary.owner', { owner: action.owner })
                      : t('results.summary.noOwner'),
                    action.dueDate
                      ? t('results.summary.due', { date: dayOf(action.dueDate, lang) })
                      : null,
                    action.successSignal
                      ? t('results.summary.signal', { signal: action.successSignal })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : recommended.length > 0 ? (
        <>
          <p className="results-section__lead">{t('results.summary.recommendedLead')}</p>
          <ol className="results-todo">
            {recommended.map((recommendation) => (
              <li key={recommendation.interventionId}>
                <h3 className="results-todo__title">{recommendation.intervention.title[lang]}</h3>
                <p className="results-todo__why">{recommendation.intervention.why[lang]}</p>
                <p className="results-todo__meta">
                  <span className="finding__inputs-label">{t('results.summary.firstStep')}</span>{' '}
                  {recommendation.intervention.firstStep[lang]}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t('results.summary.nothingToDo')}</p>
      )}
      <p>
        <a href={hrefFor({ name: 'workshop-actions', id: workshopId })}>
          {t('results.summary.toActions')}
        </a>
      </p>
    </section>
  );
}
