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
      <PatternGroup
        kind="systemic"
        title={t('portfolio.patterns.systemicTitle')}
        patterns={systemic}
        sentence={sentence}
      />
      <PatternGroup
        kind="local"
        title={t('portfolio.patterns.localTitle')}
        patterns={local}
        sentence={sentence}
      />
    </section>
  );
}

/** The first few of one kind at once (an executive reads five lines), the rest a click away. */
const SHOWN_AT_ONCE = 5;

function PatternGroup({
  kind,
  title,
  patterns,
  sentence,
}: {
  kind: PortfolioPattern['kind'];
  title: string;
  patterns: readonly PortfolioPattern[];
  sentence(pattern: PortfolioPattern): string;
}) {
  const { t } = useChartText();
  if (patterns.length === 0) return null;
  const first = patterns.slice(0, SHOWN_AT_ONCE);
  const rest = patterns.slice(SHOWN_AT_ONCE);
  return (
    <>
      <h3 className="portfolio-patterns__kind">{title}</h3>
      <ul className="portfolio-patterns__list" data-kind={kind}>
        {first.map((pattern) => (
          <li key={pattern.factor}>{sentence(pattern)}</li>
        ))}
      </ul>
      {rest.length > 0 ? (
        <details className="portfolio-patterns__more">
          <summary>{t('portfolio.patterns.more', { count: rest.length })}</summary>
          <ul className="portfolio-patterns__list" data-kind={kind}>
            {rest.map((pattern) => (
              <li key={pattern.factor}>{sentence(pattern)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
