import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/workshop';
import { itemById, SCALE_LABELS, type Instrument } from '../../../../shared/instrument';
import type { PresenterState } from '../../../../shared/run/api';
import { Distribution, FactorMean } from '../AggregateView';
import type { PagerItem } from '../Pager';

type Result = NonNullable<PresenterState['result']>;

/** What each colour of the stacked bars means, in the workshop's language. */
export function ScaleLegend({ language, t }: { language: Language; t: TFunction }) {
  const labels = SCALE_LABELS[language];
  return (
    <ul className="scale-legend" aria-label={t('present.legend')}>
      {([1, 2, 3, 4, 5] as const).map((point) => (
        <li key={point} className="scale-legend__entry">
          <span className={`scale-legend__swatch dist__part--${point}`} aria-hidden="true">
            {point}
          </span>
          {labels[point]}
        </li>
      ))}
    </ul>
  );
}

/**
 * A revealed round as pager items: the factors (mean debt with n) then each statement in full with
 * its stacked bar (round 1 above round 2 in a re-vote). Hidden cells say only their n.
 */
export function aggregateItems(
  result: Result,
  instrument: Instrument,
  language: Language,
  t: TFunction,
  k: number,
): PagerItem[] {
  const previous = new Map(result.previous?.statements.map((s) => [s.itemId, s]) ?? []);
  const previousFactors = new Map(result.previous?.factors.map((f) => [f.factor, f]) ?? []);
  const factorsLabel = t('run.present.factors');
  const statementsLabel = t('run.present.statements');
  const factors: PagerItem[] = result.current.factors.map((factor) => {
    const before = previousFactors.get(factor.factor);
    return {
      key: `factor:${factor.factor}`,
      group: 'factors',
      groupLabel: factorsLabel,
      node: (
        <div className="aggregate__factor">
          <FactorMean
            factor={factor}
            before={before}
            instrument={instrument}
            language={language}
            t={t}
          />
        </div>
      ),
    };
  });
  const statements: PagerItem[] = result.current.statements.map((statement) => ({
    key: `statement:${statement.itemId}`,
    group: 'statements',
    groupLabel: statementsLabel,
    node: (
      <div className="present-statement">
        <span className="present-statement__text" lang={language}>
          {itemById(instrument, statement.itemId)?.text[language] ?? statement.itemId}
        </span>
        <span className="present-statement__bars">
          {result.previous ? (
            <Distribution statement={previous.get(statement.itemId)} t={t} round={1} />
          ) : null}
          <Distribution statement={statement} t={t} round={result.previous ? 2 : undefined} />
        </span>
      </div>
    ),
  }));
  return [
    {
      key: 'factors-heading',
      group: 'factors',
      groupLabel: factorsLabel,
      keepWithNext: true,
      node: (
        <div className="present-heading">
          <h2 className="aggregate__heading">{factorsLabel}</h2>
          <p className="aggregate__scale">{t('run.present.factorScale', { k })}</p>
        </div>
      ),
    },
    ...factors,
    ...(result.convergence
      ? [
          {
            key: 'convergence',
            group: 'factors',
            groupLabel: factorsLabel,
            node: (
              <p className="aggregate__convergence">
                {t(
                  result.convergence.change >= 0 ? 'run.present.converged' : 'run.present.diverged',
                  {
                    before: result.convergence.spreadBefore.toFixed(2),
                    after: result.convergence.spreadAfter.toFixed(2),
                    count: result.convergence.statements,
                  },
                )}
              </p>
            ),
          },
        ]
      : []),
    {
      key: 'statements-heading',
      group: 'statements',
      groupLabel: statementsLabel,
      keepWithNext: true,
      node: (
        <div className="present-heading">
          <h2 className="aggregate__heading">{statementsLabel}</h2>
          <ScaleLegend language={language} t={t} />
        </div>
      ),
    },
    ...statements,
  ];
}
