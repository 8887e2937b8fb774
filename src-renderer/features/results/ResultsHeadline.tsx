import type { Dimension } from '../../../shared/instrument';
import type { ScoreResult } from '../../../shared/scoring';
import { useResultsText } from './use-results-text';

const INDEX_TILES: readonly {
  key: 'humanDebt' | 'technicalDebt' | 'visibilityDeficit' | 'executionReality';
  dimension: Dimension;
}[] = [
  { key: 'humanDebt', dimension: 'human' },
  { key: 'technicalDebt', dimension: 'technical' },
  { key: 'visibilityDeficit', dimension: 'visibility' },
  { key: 'executionReality', dimension: 'execution' },
];

/** The headline: the index and its band, perceived beside observed, the four indices and the basis. */
export function ResultsHeadline({ result }: { result: ScoreResult }) {
  const text = useResultsText();
  const { t } = text;
  const { indices, evidence, n } = result;
  const headline = indices.executionDebtIndex;

  return (
    <section className="card results-headline" aria-labelledby="results-headline-title">
      <h2 id="results-headline-title" className="visually-hidden">
        {t('results.headline.title')}
      </h2>
      <div className="results-headline__top">
        <div className="results-index" data-testid="results-index">
          <p className="results-index__label">{t('results.headline.index')}</p>
          {headline === null ? (
            <p className="results-index__missing">{t('results.notEnough')}</p>
          ) : (
            <p className="results-index__value">
              <span className="results-index__number">{text.score(headline)}</span>
              <span className="results-index__scale">{t('results.headline.outOf')}</span>
            </p>
          )}
          {indices.executionDebtIndexInterval ? (
            <p className="results-index__interval">
              {t('results.interval', {
                low: text.score(indices.executionDebtIndexInterval.low),
                high: text.score(indices.executionDebtIndexInterval.high),
              })}
            </p>
          ) : null}
          {indices.band ? (
            <p>
              <span className={`band band--${indices.band}`}>
                {t('results.headline.band', { band: text.bandName(indices.band) })}
              </span>
            </p>
          ) : null}
          {indices.bandStable === false && indices.executionDebtIndexInterval ? (
            <p className="results-index__hint">{t('results.headline.bandUnstable')}</p>
          ) : null}
          <p className="results-index__hint">{t('results.headline.indexHint')}</p>
        </div>

        <div className="results-versus" role="group" aria-labelledby="results-versus-title">
          <h3 id="results-versus-title" className="results-versus__title">
            {t('results.headline.versusTitle')}
          </h3>
          <dl className="results-versus__pair">
            <div>
              <dt>{t('results.headline.structural')}</dt>
              <dd className="results-figure">
                {indices.executionDebt === null
                  ? t('results.notEnough')
                  : text.score(indices.executionDebt)}
              </dd>
              <dd className="results-figure__note">{t('results.headline.structuralHint')}</dd>
            </div>
            <div>
              <dt>{t('results.headline.gap')}</dt>
              <dd className="results-figure">
                {indices.executionGap === null
                  ? t('results.notEnoughEvidence')
                  : text.score(indices.executionGap)}
              </dd>
              <dd className="results-figure__note">
                {t('results.headline.gapHint', {
                  realityCheck: evidence.realityCheck.entries,
                  decisions: evidence.decisions.entries,
                })}
              </dd>
            </div>
          </dl>
        </div>
      </div>

      <dl className="results-indices">
        {INDEX_TILES.map(({ key, dimension }) => {
          const value = indices[key];
          const scored = result.dimensions.find((entry) => entry.id === dimension);
          const dimensionN = scored?.n ?? 0;
          const interval = scored?.interval ?? null;
          return (
            <div key={key} className="results-indices__tile" data-index={key}>
              <dt>{t(`results.indices.${key}`)}</dt>
              <dd
                className={
                  value === null ? 'results-figure results-figure--missing' : 'results-figure'
                }
              >
                {value === null ? t('results.notEnough') : text.score(value)}
              </dd>
              {interval ? (
                <dd className="results-figure__note">
                  {t('results.interval', {
                    low: text.score(interval.low),
                    high: text.score(interval.high),
                  })}
                </dd>
              ) : null}
              <dd className="results-figure__note">{t('results.nCount', { n: dimensionN })}</dd>
            </div>
          );
        })}
      </dl>

      <p className="results-basis">
        {t('results.headline.basis', {
          model: result.modelVersion,
          instrument: result.instrumentVersion,
          respondents: n.respondents,
          participants: n.participants,
          k: result.anonymityThreshold,
        })}
      </p>
      <ResponseStyleNote result={result} />
    </section>
  );
}

/** Straight-lining and yes-saying: shown so the facilitator can ask, never who it was. */
function ResponseStyleNote({ result }: { result: ScoreResult }) {
  const text = useResultsText();
  const { t } = text;
  const { straightLiners, meanAgreement } = result.responseStyle;
  if (straightLiners === 0 || meanAgreement === null) return null;
  return (
    <p className="results-basis" data-testid="response-style">
      {straightLiners === null
        ? t('results.responseStyle.fewStraightLiners', { k: result.anonymityThreshold })
        : t('results.responseStyle.straightLiners', { count: straightLiners })}{' '}
      {t('results.responseStyle.meanAgreement', { value: text.score(meanAgreement) })}
    </p>
  );
}
