import { portfolioSparkline } from '../../../shared/charts';
import { OKABE_ITO } from '../../../shared/charts';
import type { PortfolioTeam } from '../../../shared/portfolio/types';
import { useChartText } from '../../charts/chart-text';
import { formatDate } from '../../i18n/labels';

/** Each team that has follow-ups in the portfolio: its headline by date, as a small line. */
export function PortfolioTrends({ teams }: { teams: readonly PortfolioTeam[] }) {
  const text = useChartText();
  const { t, num } = text;
  const followed = teams.filter((team) => team.trend.length > 1);
  if (followed.length === 0) return null;
  return (
    <section className="card portfolio-trends" aria-labelledby="portfolio-trends-title">
      <h2 id="portfolio-trends-title" className="card__title">
        {t('portfolio.trends.title')}
      </h2>
      <p className="muted">{t('portfolio.trends.how')}</p>
      <ul className="portfolio-trends__list">
        {followed.map((team) => {
          const line = portfolioSparkline(team.trend.map((point) => point.headline));
          const steps = team.trend.map((point) =>
            t('portfolio.trends.step', {
              date: formatDate(point.date, text.lang),
              value: point.headline === null ? t('portfolio.trends.notShown') : num(point.headline),
            }),
          );
          return (
            <li key={team.key} className="portfolio-trends__team" data-trend-team={team.label}>
              <h3 className="portfolio-trends__name">{team.label}</h3>
              <svg
                className="portfolio-trends__line"
                viewBox={`0 0 ${line.width} ${line.height}`}
                width={line.width}
                height={line.height}
                role="img"
                aria-label={t('portfolio.trends.aria', {
                  team: team.label,
                  steps: steps.join('; '),
                })}
              >
                <line
                  x1={0}
                  x2={line.width}
                  y1={line.midline}
                  y2={line.midline}
                  stroke="#c8c8c8"
                  strokeDasharray="2 3"
                />
                <path d={line.path} fill="none" stroke={OKABE_ITO.black} strokeWidth={2} />
                {line.marks.map((point) => (
                  <circle
                    key={point.index}
                    cx={point.x}
                    cy={point.y}
                    r={3.5}
                    fill={OKABE_ITO.vermillion}
                    stroke={OKABE_ITO.black}
                  />
                ))}
              </svg>
              <p className="portfolio-trends__steps">{steps.join(' → ')}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
