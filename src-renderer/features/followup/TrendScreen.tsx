import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapHistoryPoint } from '../../../shared/charts';
import type { Workshop } from '../../../shared/domain/workshop';
import type { Direction, Trend, TrendSeries } from '../../../shared/interventions';
import { DebtMap } from '../../charts/DebtMap';
import { TrendChart } from '../../charts/TrendChart';
import { useChartText } from '../../charts/chart-text';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../i18n/labels';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import '../interventions/interventions.css';
import { teamKey } from '../../../shared/domain/team-key';

const ARROWS: Record<Direction, string> = {
  better: '↓',
  worse: '↑',
  unchanged: '→',
  insufficient: '–',
};
/**
 * The lines the trend chart draws: the perceived structural index (alike in every workshop, with
 * or without evidence, unlike the headline) and the three debts that make it.
 */
const CHART_INDICES = ['executionDebt', 'humanDebt', 'technicalDebt', 'visibilityDeficit'];

/** `#/workshops/<id>/trend`: the follow-up link, and the team's trend over linked workshops. */
export function TrendScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const workshop = useAppStore((state) => state.workshopById[id]);
  const trend = useAppStore((state) => state.trendByWorkshop[id]);
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);
  const loadTrend = useAppStore((state) => state.loadTrend);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([loadWorkshop(id), loadTrend(id)]).catch(
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [id, loadWorkshop, loadTrend]);

  const title = workshop
    ? t('interventions.trend.screenTitle', { title: workshop.title })
    : t('interventions.trend.title');
  return (
    <div className="screen">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'workshop', id })}>
          {workshop
            ? t('interventions.backTo', { title: workshop.title })
            : t('interventions.back')}
        </a>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {failure ? (
        <p role="alert" className="notice notice--error">
          {t('interventions.trend.loadFailed', { detail: failure })}
        </p>
      ) : null}
      {workshop ? <FollowUpPicker workshop={workshop} trend={trend} /> : null}
      {trend ? (
        <TrendBody trend={trend} />
      ) : failure ? null : (
        <p role="status">{t('common.loading')}</p>
      )}
    </div>
  );
}

function FollowUpPicker({ workshop, trend }: { workshop: Workshop; trend: Trend | undefined }) {
  const { t, i18n } = useTranslation();
  const workshops = useAppStore((state) => state.workshops);
  const loadWorkshops = useAppStore((state) => state.loadWorkshops);
  const linkFollowUp = useAppStore((state) => state.linkFollowUp);
  const announce = useAppStore((state) => state.announce);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    loadWorkshops('').catch((failure: unknown) => setError(errorMessage(failure)));
  }, [loadWorkshops]);

  const team = teamKey(workshop.team);
  const others = workshops.filter((item) => item.id !== workshop.id);
  const sameTeam = others.filter((item) => team !== '' && teamKey(item.team) === team);
  const rest = others.filter((item) => !sameTeam.includes(item));
  const option = (item: Workshop) => (
    <option key={item.id} value={item.id}>
      {`${item.title} · ${formatDate(item.date, i18n.language)}${item.team ? ` · ${item.team}` : ''}${item.demo ? ` · ${t('demo.badge')}` : ''}`}
    </option>
  );

  async function change(value: string) {
    setBusy(true);
    setError(null);
    try {
      await linkFollowUp(workshop.id, value === '' ? null : value);
      announce(value === '' ? t('interventions.trend.unlinked') : t('interventions.trend.linked'));
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field followup-picker">
      <label className="field__label" htmlFor={id}>
        {t('interventions.trend.followsLabel')}
      </label>
      <select
        id={id}
        className="input"
        value={trend?.followsId ?? ''}
        disabled={busy || trend === undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(event) => void change(event.target.value)}
      >
        <option value="">{t('interventions.trend.followsNone')}</option>
        {sameTeam.length > 0 ? (
          <optgroup label={t('interventions.trend.sameTeam')}>{sameTeam.map(option)}</optgroup>
        ) : null}
        {rest.length > 0 ? (
          <optgroup label={t('interventions.trend.otherWorkshops')}>{rest.map(option)}</optgroup>
        ) : null}
      </select>
      <p id={`${id}-hint`} className="field__hint">
        {t('interventions.trend.followsHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function DirectionText({ direction, change }: { direction: Direction; change: number | null }) {
  const { t } = useTranslation();
  const { num } = useChartText();
  return (
    <span className={`movement movement--${direction}`}>
      <span aria-hidden="true">{ARROWS[direction]} </span>
      {change === null
        ? t(`interventions.direction.${direction}`)
        : t('interventions.trend.changeText', {
            change: `${change > 0 ? '+' : ''}${num(change)}`,
            direction: t(`interventions.direction.${direction}`),
          })}
    </span>
  );
}

function SeriesTable({
  caption,
  series,
  trend,
  labelOf,
}: {
  caption: string;
  series: TrendSeries[];
  trend: Trend;
  labelOf: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const { num } = useChartText();
  return (
    <div className="table-wrap">
      <table className="table trend-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('interventions.trend.colFigure')}</th>
            {trend.workshops.map((item) => (
              <th key={item.id} scope="col">
                {formatDate(item.date, i18n.language)}
              </th>
            ))}
            <th scope="col">{t('interventions.trend.colChange')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((entry) => (
            <tr key={entry.id} data-series={entry.id}>
              <th scope="row">{labelOf(entry.id)}</th>
              {entry.points.map((point) => (
                <td key={point.workshopId} className="trend-table__value">
                  {num(point.value)}{' '}
                  <span className="muted">{t('interventions.n', { n: point.n })}</span>
                </td>
              ))}
              <td>
                {entry.incomparable === 'evidence_missing' ? (
                  <span className="movement movement--insufficient" data-incomparable>
                    {lastPairLacksAll(trend)
                      ? t('followUp.notComparableNone')
                      : t('followUp.notComparable')}
                  </span>
                ) : (
                  <DirectionText direction={entry.direction} change={entry.change} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The workshop and the one it follows, the two a change compares. */
function lastPair(trend: Trend): Trend['workshops'] {
  return trend.workshops.slice(-2);
}

function lastPairLacksAll(trend: Trend): boolean {
  return lastPair(trend).every((workshop) => !workshop.evidence);
}

/** Says why the headline's change is withheld, naming the workshops without evidence. */
function HeadlineNote({ trend }: { trend: Trend }) {
  const { t } = useTranslation();
  const headline = trend.indices.find((series) => series.id === 'executionDebtIndex');
  if (headline?.incomparable !== 'evidence_missing') return null;
  const missing = lastPair(trend)
    .filter((workshop) => !workshop.evidence)
    .map((workshop) => `“${workshop.title}”`);
  return (
    <p className="notice trend__headline-note" data-testid="headline-note">
      {t('followUp.headlineNote', { missing: missing.join(' · '), count: missing.length })}
    </p>
  );
}

function TrendBody({ trend }: { trend: Trend }) {
  const { t, i18n } = useTranslation();
  const text = useChartText();
  const current = trend.workshops[trend.workshops.length - 1];
  const previous = trend.workshops[trend.workshops.length - 2];
  const results = useAppStore((state) =>
    current ? state.resultsByWorkshop[current.id]?.result : undefined,
  );
  const loadResults = useAppStore((state) => state.loadResults);
  useEffect(() => {
    if (current) loadResults(current.id).catch(() => undefined);
  }, [current, loadResults]);

  const indexLabel = (id: string) => t(`interventions.indices.${id}`);
  const dates = trend.workshops.map((item) => formatDate(item.date, i18n.language));
  const history = useMemo((): MapHistoryPoint[] => {
    const human = trend.indices.find((series) => series.id === 'humanDebt');
    const technical = trend.indices.find((series) => series.id === 'technicalDebt');
    return trend.workshops.slice(0, -1).flatMap((item, index) => {
      const h = human?.points[index]?.value;
      const tech = technical?.points[index]?.value;
      return h == null || tech == null
        ? []
        : [{ label: formatDate(item.date, i18n.language), humanDebt: h, technicalDebt: tech }];
    });
  }, [trend, i18n.language]);

  if (previous === undefined) {
    return <p className="empty-state">{t('interventions.trend.notLinked')}</p>;
  }

  return (
    <div className="trend">
      <section className="card" aria-labelledby="movement-title">
        <h2 id="movement-title" className="card__title">
          {t('interventions.trend.movementTitle', { title: previous.title })}
        </h2>
        <p className="muted">{t('interventions.trend.movementHow', { points: trend.threshold })}</p>
        {trend.actions.length === 0 ? (
          <p className="empty-state empty-state--small">{t('interventions.trend.noActions')}</p>
        ) : (
          <ul className="movement-list">
            {trend.actions.map((action) => (
              <li key={action.actionId} className="movement-item" data-action={action.title}>
                <h3 className="movement-item__title">
                  {action.title}{' '}
                  <DirectionText direction={action.direction} change={action.change} />
                </h3>
                {action.owner ? (
                  <p className="muted">
                    {t('interventions.trend.ownerLine', { owner: action.owner })}
                  </p>
                ) : null}
                {action.targets.length === 0 ? (
                  <p className="muted">{t('interventions.trend.noTargets')}</p>
                ) : (
                  <ul className="movement-item__targets">
                    {action.targets.map((target) => (
                      <li key={target.factor}>
                        {text.factorName(target.factor)}:{' '}
                        {t('interventions.trend.beforeAfter', {
                          before: text.num(target.before.mean),
                          beforeN: target.before.n,
                          after: text.num(target.after.mean),
                          afterN: target.after.n,
                        })}{' '}
                        <DirectionText direction={target.direction} change={target.change} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="trend-indices-title">
        <h2 id="trend-indices-title" className="card__title">
          {t('interventions.trend.indicesTitle')}
        </h2>
        <HeadlineNote trend={trend} />
        <SeriesTable
          caption={t('interventions.trend.indicesCaption')}
          series={trend.indices}
          trend={trend}
          labelOf={indexLabel}
        />
        {trend.workshops.length >= 3 ? (
          <TrendChart
            workshops={dates}
            series={trend.indices
              .filter((series) => CHART_INDICES.includes(series.id))
              .map((series) => ({
                id: series.id,
                label: indexLabel(series.id),
                values: series.points.map((point) => point.value),
              }))}
          />
        ) : null}
      </section>

      {results ? (
        <section className="card" aria-labelledby="trend-map-title">
          <h2 id="trend-map-title" className="card__title">
            {t('interventions.trend.mapTitle')}
          </h2>
          <DebtMap result={results} history={history} whatIf={false} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="trend-factors-title">
        <h2 id="trend-factors-title" className="card__title">
          {t('interventions.trend.factorsTitle')}
        </h2>
        <SeriesTable
          caption={t('interventions.trend.factorsCaption')}
          series={trend.factors}
          trend={trend}
          labelOf={text.factorName}
        />
      </section>
    </div>
  );
}
