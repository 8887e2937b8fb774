import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamKey } from '../../../shared/domain/team-key';
import { MAX_PORTFOLIO_WORKSHOPS } from '../../../shared/portfolio/selection';
import { DemoBadge } from '../../components/DemoBadge';
import { formatDate } from '../../i18n/labels';
import { useAppStore } from '../../store';
import type { PortfolioChoice } from '../../store/portfolio-slice';

/** The host builds a portfolio of 1 to 50 workshops; the button says why before it asks. */
const PORTFOLIO_MIN = 1;

/** Clients are matched as the host matches them (trimmed, case- and accent-insensitive). */
function sameClient(a: string, b: string): boolean {
  return teamKey(a) === teamKey(b);
}

/**
 * Choose a portfolio: a client (which ticks its workshops) and/or workshops ticked one by one.
 * A client left as chosen is asked for by name, so the host picks up its workshops itself.
 */
export function PortfolioChooser() {
  const { t, i18n } = useTranslation();
  const clients = useAppStore((state) => state.portfolioClients);
  const workshops = useAppStore((state) => state.portfolioWorkshops);
  // What the chooser says about its list, rather than the load status itself: the list is asked
  // for again each time the screen opens, and a list on screen stays as it is meanwhile, so that
  // refresh redraws none of its rows until the answer differs.
  const failed = useAppStore((state) => state.portfolioChoicesStatus === 'error');
  const listNote = useAppStore((state) =>
    state.portfolioWorkshops.length > 0 || state.portfolioChoicesStatus === 'error'
      ? null
      : state.portfolioChoicesStatus === 'ready'
        ? 'none'
        : 'loading',
  );
  const loadError = useAppStore((state) => state.portfolioChoicesError);
  const load = useAppStore((state) => state.loadPortfolioChoices);
  const build = useAppStore((state) => state.buildPortfolio);
  const building = useAppStore((state) => state.portfolioStatus === 'loading');
  const buildError = useAppStore((state) => state.portfolioError);
  const [client, setClient] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  /** True while the ticks are exactly what choosing the client gave. */
  const [byClient, setByClient] = useState(false);
  const clientId = useId();
  const countId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  // Formatted once per list and language, not on every tick.
  const dates = useMemo(
    () => new Map(workshops.map((w) => [w.id, formatDate(w.date, i18n.language)])),
    [workshops, i18n.language],
  );
  const ordered = useMemo(
    () =>
      [...workshops].sort(
        (a, b) =>
          a.client.localeCompare(b.client) ||
          a.team.localeCompare(b.team) ||
          a.date.localeCompare(b.date),
      ),
    [workshops],
  );

  function chooseClient(value: string) {
    setClient(value);
    if (value === '') {
      setByClient(false);
      return;
    }
    setTicked(new Set(workshops.filter((w) => sameClient(w.client, value)).map((w) => w.id)));
    setByClient(true);
  }

  function toggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    setByClient(false);
  }

  const count = ticked.size;
  const refusal =
    count < PORTFOLIO_MIN
      ? t('portfolio.choose.tooFew')
      : count > MAX_PORTFOLIO_WORKSHOPS
        ? t('portfolio.choose.tooMany', { max: MAX_PORTFOLIO_WORKSHOPS, count })
        : null;

  function submit() {
    if (refusal) return;
    const choice: PortfolioChoice =
      byClient && client !== '' ? { client } : { workshopIds: [...ticked] };
    void build(choice);
  }

  return (
    <section className="card portfolio-choose" aria-labelledby="portfolio-choose-title">
      <h2 id="portfolio-choose-title" className="card__title">
        {t('portfolio.choose.title')}
      </h2>
      {failed ? (
        <div role="alert" className="notice notice--error">
          <p>{t('portfolio.choose.loadFailed', { detail: loadError ?? '' })}</p>
          <button type="button" className="button" onClick={() => void load()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
      <div className="portfolio-choose__client">
        <label htmlFor={clientId} className="field__label">
          {t('portfolio.choose.client')}
        </label>
        <select
          id={clientId}
          className="input"
          value={client}
          onChange={(event) => chooseClient(event.target.value)}
        >
          <option value="">{t('portfolio.choose.noClient')}</option>
          {clients.map((entry) => {
            const option = t('portfolio.choose.clientOption', {
              client: entry.client,
              count: entry.workshops,
            });
            // An option holds text only, so a demo client says so in words, not with the badge.
            return (
              <option key={entry.client} value={entry.client}>
                {entry.demo ? t('portfolio.choose.clientDemo', { option }) : option}
              </option>
            );
          })}
        </select>
        <p className="field__hint">{t('portfolio.choose.clientHint')}</p>
      </div>
      {listNote ? (
        <p className="muted" role="status">
          {listNote === 'none' ? t('portfolio.choose.noWorkshops') : t('portfolio.choose.loading')}
        </p>
      ) : null}
      {workshops.length > 0 ? (
        <div className="portfolio-choose__list table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('portfolio.choose.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('portfolio.choose.include')}</span>
                </th>
                <th scope="col">{t('workshop.fields.title')}</th>
                <th scope="col">{t('workshop.fields.team')}</th>
                <th scope="col">{t('workshop.fields.date')}</th>
                <th scope="col">{t('workshop.fields.client')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((workshop) => {
                const id = `portfolio-pick-${workshop.id}`;
                return (
                  <tr key={workshop.id} data-pick={workshop.id}>
                    <td>
                      <input
                        id={id}
                        type="checkbox"
                        checked={ticked.has(workshop.id)}
                        onChange={(event) => toggle(workshop.id, event.target.checked)}
                      />
                    </td>
                    <th scope="row">
                      <label htmlFor={id}>{workshop.title}</label>
                      {workshop.demo ? (
                        <>
                          {' '}
                          <DemoBadge />
                        </>
                      ) : null}
                    </th>
                    <td>{workshop.team || <span className="muted">—</span>}</td>
                    <td className="nowrap">{dates.get(workshop.id)}</td>
                    <td>{workshop.client || <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="portfolio-choose__actions">
        <button
          type="button"
          className="button button--primary"
          aria-describedby={countId}
          disabled={refusal !== null || building}
          onClick={submit}
        >
          {building ? t('portfolio.choose.building') : t('portfolio.choose.build')}
        </button>
        <p id={countId} className={refusal ? 'portfolio-choose__refusal' : 'muted'}>
          {refusal ?? t('portfolio.choose.count', { count })}
        </p>
      </div>
      {buildError ? (
        <p role="alert" className="notice notice--error">
          {t('portfolio.choose.refused', { detail: buildError })}
        </p>
      ) : null}
    </section>
  );
}
