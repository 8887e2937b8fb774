import type { PortfolioPattern } from '../../../shared/portfolio/types';
import { useChartText } from '../../charts/chart-text';

/**
 * The executive's first read: factors clearly high across most teams (systemic: fix it once, for
 * everyone) before those high in a few (local: fix it where it is). Counts of teams only.
 */
export function PortfolioPatterns({ patterns }: { patterns: readonly PortfolioPattern[] }) {
  const text = useChartText();
  const { t } = text;
  const list = new Intl.ListFormat(text.lang, { type: 'conjunction' });
  const systemic = patterns.filter((pattern) => pattern.kind === 'systemic');
  const local = patterns.filter((pattern) => pattern.kind === 'local');
  const sentence = (pattern: PortfolioPattern) =>
    t(`portfolio.patterns.${pattern.kind}`, {
      factor: text.factorName(pattern.factor),
      high: pattern.highTeams.length,
      count: pattern.shownTeams,
      teams: list.format(pattern.highTeams),
    });
  return (
    <section className="card portfolio-patterns" aria-labelledby="portfolio-patterns-title">
      <h2 id="portfolio-patterns-title" className="card__title">
        {t('portfolio.patterns.title')}
      </h2>
      {patterns.length === 0 ? <p className="muted">{t('portfolio.patterns.none')}</p> : null}
      {systemic.length > 0 ? (
        <>
          <h3 className="portfolio-patterns__kind">{t('portfolio.patterns.systemicTitle')}</h3>
          <ul className="portfolio-patterns__list" data-kind="systemic">
            {systemic.map((pattern) => (
              <li key={pattern.factor}>{sentence(pattern)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {local.length > 0 ? (
        <>
          <h3 className="portfolio-patterns__kind">{t('portfolio.patterns.localTitle')}</h3>
          <ul className="portfolio-patterns__list" data-kind="local">
            {local.map((pattern) => (
              <li key={pattern.factor}>{sentence(pattern)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
