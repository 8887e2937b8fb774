import { DIMENSIONS, type Dimension } from '../../../shared/instrument';
import type { ScoreResult } from '../../../shared/scoring';
import { DistributionStrips } from '../../charts';
import { useInstrument } from '../../charts/instrument-context';
import { useResultsText } from './use-results-text';

/** Every dimension: its factors in a compact table, their spread, and how well the answers agree. */
export function DimensionsSection({ result }: { result: ScoreResult }) {
  const { t } = useResultsText();
  return (
    <section aria-labelledby="results-dimensions-title">
      <h2 id="results-dimensions-title" className="results-section__title">
        {t('results.dimensions.title')}
      </h2>
      <p className="results-section__lead">{t('results.dimensions.lead')}</p>
      {DIMENSIONS.map((dimension) => (
        <DimensionCard key={dimension} dimension={dimension} result={result} />
      ))}
    </section>
  );
}

function DimensionCard({ dimension, result }: { dimension: Dimension; result: ScoreResult }) {
  const text = useResultsText();
  const { t, lang } = text;
  const score = result.dimensions.find((entry) => entry.id === dimension);
  const consensus = result.consensus.find((entry) => entry.dimension === dimension);
  const factors = result.factors.filter((factor) => factor.dimension === dimension);
  const titleId = `results-dimension-${dimension}`;

  return (
    <section className="card results-dimension" aria-labelledby={titleId}>
      <div className="results-dimension__header">
        <h3 id={titleId} className="card__title">
          {text.dimensionName(dimension)}
        </h3>
        <p className="results-dimension__index">
          {score?.index === null || score === undefined
            ? t('results.notEnough')
            : t('results.dimensions.index', {
                value: text.score(score.index),
                n: score.n,
                scored: score.factorsScored,
                total: score.factorsTotal,
              })}
        </p>
      </div>
      {consensus ? (
        <p className="results-dimension__reliability">
          <span className="results-dimension__reliability-label">
            {t('results.dimensions.consensus')}
          </span>{' '}
          {consensus.rwg === null
            ? consensus.label[lang]
            : t('results.dimensions.rwg', {
                rwg: text.alpha(consensus.rwg),
                label: consensus.label[lang],
                factors: consensus.factors,
              })}
        </p>
      ) : null}
      <div className="results-dimension__body">
        <div className="table-wrap results-factor-table">
          <table className="table">
            <caption className="visually-hidden">
              {t('results.dimensions.tableCaption', { dimension: text.dimensionName(dimension) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('results.dimensions.colFactor')}</th>
                <th scope="col" className="numeric">
                  {t('results.dimensions.colMean')}
                </th>
                <th scope="col" className="numeric">
                  {t('results.dimensions.colInterval')}
                </th>
                <th scope="col" className="numeric">
                  {t('results.dimensions.colN')}
                </th>
                <th scope="col" className="numeric">
                  {t('results.dimensions.colSd')}
                </th>
                <th scope="col">{t('results.dimensions.colAgreement')}</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((factor) => (
                <tr key={factor.id}>
                  <th scope="row">{text.factorName(factor.id)}</th>
                  <td className="numeric">
                    {factor.mean === null ? (
                      <span
                        className="muted"
                        title={
                          factor.withheld
                            ? t('results.dimensions.withheld', { k: result.anonymityThreshold })
                            : t('results.dimensions.noMean')
                        }
                      >
                        –
                      </span>
                    ) : (
                      text.score(factor.mean)
                    )}
                  </td>
                  <td className="numeric">
                    {factor.interval === null ? (
                      <span className="muted">–</span>
                    ) : (
                      `${text.score(factor.interval.low)}–${text.score(factor.interval.high)}`
                    )}
                  </td>
                  <td className="numeric">{factor.n}</td>
                  <td className="numeric">
                    {factor.sd === null ? <span className="muted">–</span> : text.score(factor.sd)}
                  </td>
                  <td>
                    <span className={`agreement agreement--${factor.agreement}`}>
                      {text.agreementName(factor.agreement)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="results-dimension__strips">
          <DistributionStrips result={result} dimension={dimension} />
        </div>
      </div>
      <MostlyCantSay result={result} dimension={dimension} />
      <MostlyNotApplicable result={result} dimension={dimension} />
    </section>
  );
}

/**
 * Statements most of the room said are not for their role: perhaps for another team, or the
 * wrong room to ask. Named by their text, with the share, apart from "can't say".
 */
function MostlyNotApplicable({ result, dimension }: { result: ScoreResult; dimension: Dimension }) {
  const { t, lang } = useResultsText();
  const instrument = useInstrument();
  const flagged = result.items.filter(
    (item) => item.dimension === dimension && item.mostlyNotApplicable,
  );
  if (flagged.length === 0) return null;
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div
      className="results-dimension__cant-say results-dimension__not-applicable"
      role="note"
      data-testid="mostly-not-applicable"
    >
      <p className="results-dimension__cant-say-title">
        {t('results.dimensions.mostlyNotApplicable', { count: flagged.length })}
      </p>
      <ul>
        {flagged.map((item) => {
          const text =
            instrument.items.find((entry) => entry.id === item.id)?.text[lang] ?? item.id;
          const responded = item.n + item.distribution.cantSay + item.notApplicable;
          return (
            <li key={item.id}>
              “{text}” ·{' '}
              {t('results.dimensions.notApplicableShare', {
                share: percent.format(item.notApplicable / responded),
                notApplicable: item.notApplicable,
                responded,
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Statements that many could not answer: worth rewording, or outside what this room sees. Named
 * by their text, with the share, so the facilitator can ask the room why.
 */
function MostlyCantSay({ result, dimension }: { result: ScoreResult; dimension: Dimension }) {
  const { t, lang } = useResultsText();
  const instrument = useInstrument();
  const flagged = result.items.filter((item) => item.dimension === dimension && item.mostlyCantSay);
  if (flagged.length === 0) return null;
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <div className="results-dimension__cant-say" role="note">
      <p className="results-dimension__cant-say-title">
        {t('results.dimensions.mostlyCantSay', { count: flagged.length })}
      </p>
      <ul>
        {flagged.map((item) => {
          const text =
            instrument.items.find((entry) => entry.id === item.id)?.text[lang] ?? item.id;
          const responded = item.n + item.distribution.cantSay;
          return (
            <li key={item.id}>
              “{text}” ·{' '}
              {t('results.dimensions.cantSayShare', {
                share: percent.format(item.distribution.cantSay / responded),
                cantSay: item.distribution.cantSay,
                responded,
              })}
              {item.notApplicable > 0
                ? ` · ${t('results.dimensions.notApplicableToo', { n: item.notApplicable })}`
                : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
