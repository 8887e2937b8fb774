import { useTranslation } from 'react-i18next';
import { instrumentOf } from '../../../shared/instrument';
import type { PortfolioResult } from '../../../shared/portfolio/types';
import { useChartText } from '../../charts/chart-text';
import { InstrumentProvider } from '../../charts/instrument-context';
import { PortfolioHeatmap } from '../../charts/PortfolioHeatmap';
import { PortfolioMap } from '../../charts/PortfolioMap';
import type { PortfolioChoice } from '../../store/portfolio-slice';
import { PortfolioExports } from './PortfolioExports';
import { PortfolioPatterns } from './PortfolioPatterns';
import { PortfolioTrends } from './PortfolioTrends';

/** A built portfolio: patterns first (what an executive reads), then the heatmap, map and trends. */
export function PortfolioView({
  result,
  choice,
}: {
  result: PortfolioResult;
  choice: PortfolioChoice;
}) {
  const { t } = useTranslation();
  // Factors are named from the newest instrument in the portfolio: it names every shared factor.
  const newest = result.instrumentVersions[result.instrumentVersions.length - 1];
  const drawn = new Set(result.map.map((point) => point.team));
  const shownTeams = result.teams.filter((team) => !team.withheld).length;
  return (
    <InstrumentProvider value={instrumentOf(newest)}>
      <section className="portfolio-view" aria-labelledby="portfolio-view-title">
        <div className="portfolio-view__head">
          <div>
            <h2 id="portfolio-view-title">
              {t('portfolio.view.title', { count: result.teams.length })}
            </h2>
            <p className="muted">
              {t('portfolio.view.lead', {
                count: shownTeams,
                k: result.anonymityThreshold,
              })}
            </p>
          </div>
          <PortfolioExports choice={choice} />
        </div>
        <VersionsNote result={result} />
        <PortfolioPatterns patterns={result.patterns} />
        <div className="card portfolio-chart">
          <PortfolioHeatmap result={result} />
        </div>
        <div className="portfolio-view__pair">
          <div className="card portfolio-chart">
            <PortfolioMap
              points={result.map}
              notDrawn={result.teams.filter((team) => !drawn.has(team.label)).map((t) => t.label)}
              anonymityThreshold={result.anonymityThreshold}
            />
          </div>
          <PortfolioTrends teams={result.teams} />
        </div>
      </section>
    </InstrumentProvider>
  );
}

/** Workshops of different instrument versions are compared only on what they share; say so. */
function VersionsNote({ result }: { result: PortfolioResult }) {
  const text = useChartText();
  if (result.instrumentVersions.length < 2) return null;
  const list = new Intl.ListFormat(text.lang, { type: 'conjunction' });
  const shared = result.columns.filter((column) => column.kind === 'factor').length;
  return (
    <p className="notice portfolio-versions" data-testid="portfolio-versions">
      {result.factorsNotShared.length === 0
        ? text.t('portfolio.versions.allShared', {
            versions: list.format(result.instrumentVersions),
            count: shared,
          })
        : text.t('portfolio.versions.note', {
            versions: list.format(result.instrumentVersions),
            count: shared,
            left: list.format(result.factorsNotShared.map((id) => text.factorName(id))),
          })}
    </p>
  );
}
