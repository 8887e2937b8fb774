import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/workshop';
import { factorLabel, itemById, type Factor, type Instrument } from '../../../shared/instrument';
import { useInstrument } from '../../charts/instrument-context';
import type { PresenterState } from '../../../shared/run/api';

type Result = NonNullable<PresenterState['result']>;
type Statements = Result['current']['statements'];

/** One statement's answers as a stacked bar (1 = left … 5 = right), or why it is hidden. */
export function Distribution({
  statement,
  t,
  round,
}: {
  statement: Statements[number] | undefined;
  t: TFunction;
  round?: number;
}) {
  const prefix = round ? `${t('run.present.roundShort', { round })} ` : '';
  if (!statement) return null;
  if (statement.suppressed) {
    return (
      <div className="dist dist--hidden">
        {prefix}
        {t('run.present.suppressed', { n: statement.n })}
      </div>
    );
  }
  const total = statement.counts.reduce((sum, count) => sum + count, 0) || 1;
  const description = statement.counts.map((count, index) => `${index + 1}: ${count}`).join(', ');
  return (
    <div className="dist" role="img" aria-label={`${prefix}${description} (n = ${statement.n})`}>
      {round ? <span className="dist__round">{prefix}</span> : null}
      <span className="dist__bar">
        {statement.counts.map((count, index) =>
          count > 0 ? (
            <span
              key={index}
              className={`dist__part dist__part--${index + 1}`}
              style={{ flexGrow: count / total }}
            >
              {count}
            </span>
          ) : null,
        )}
      </span>
      <span className="dist__n">n = {statement.n}</span>
    </div>
  );
}

type FactorResult = Result['current']['factors'][number];

/**
 * One factor's line: its name, then its mean debt as a meter with n (the first round's mean before
 * it in a re-vote), or only its n when it is hidden below k. The run screen and the projector's
 * pages show the same line.
 */
export function FactorMean({
  factor,
  before,
  instrument,
  language,
  t,
}: {
  factor: FactorResult;
  before: FactorResult | undefined;
  instrument: Instrument;
  language: Language;
  t: TFunction;
}) {
  return (
    <>
      <span className="aggregate__factor-name">
        {factorLabel(instrument, factor.factor as Factor, language)}
      </span>
      {factor.suppressed ? (
        <span className="aggregate__hidden">{t('run.present.suppressed', { n: factor.n })}</span>
      ) : (
        <>
          <span className="aggregate__meter" aria-hidden="true">
            <span style={{ width: `${factor.mean}%` }} />
          </span>
          <span className="aggregate__mean">
            {before && !before.suppressed ? `${before.mean.toFixed(1)} → ` : ''}
            {factor.mean.toFixed(1)} <span className="aggregate__n">(n = {factor.n})</span>
          </span>
        </>
      )}
    </>
  );
}

/** Aggregates only: factor means with n and per-statement distributions; nothing individual. */
export function AggregateView({
  result,
  language,
  t,
  k,
}: {
  result: Result;
  language: Language;
  t: TFunction;
  k: number;
}) {
  const instrument = useInstrument();
  const previous = new Map(result.previous?.statements.map((s) => [s.itemId, s]) ?? []);
  const previousFactors = new Map(result.previous?.factors.map((f) => [f.factor, f]) ?? []);
  return (
    <div className="aggregate">
      <section className="aggregate__factors" aria-label={t('run.present.factors')}>
        <h2 className="aggregate__heading">{t('run.present.factors')}</h2>
        <p className="aggregate__scale">{t('run.present.factorScale', { k })}</p>
        <ul>
          {result.current.factors.map((factor) => {
            const before = previousFactors.get(factor.factor);
            return (
              <li key={factor.factor} className="aggregate__factor">
                <FactorMean
                  factor={factor}
                  before={before}
                  instrument={instrument}
                  language={language}
                  t={t}
                />
              </li>
            );
          })}
        </ul>
        {result.convergence ? (
          <p className="aggregate__convergence">
            {t(result.convergence.change >= 0 ? 'run.present.converged' : 'run.present.diverged', {
              before: result.convergence.spreadBefore.toFixed(2),
              after: result.convergence.spreadAfter.toFixed(2),
              count: result.convergence.statements,
            })}
          </p>
        ) : null}
      </section>
      <section className="aggregate__statements" aria-label={t('run.present.statements')}>
        <h2 className="aggregate__heading">{t('run.present.statements')}</h2>
        <p className="aggregate__scale">{t('run.present.legend')}</p>
        <ol>
          {result.current.statements.map((statement) => (
            <li key={statement.itemId} className="aggregate__statement">
              <span className="aggregate__text" lang={language}>
                {itemById(instrument, statement.itemId)?.text[language] ?? statement.itemId}
              </span>
              {result.previous ? (
                <Distribution statement={previous.get(statement.itemId)} t={t} round={1} />
              ) : null}
              <Distribution statement={statement} t={t} round={result.previous ? 2 : undefined} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
