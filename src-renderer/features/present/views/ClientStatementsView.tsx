import { useMemo } from 'react';
import type { PresenterClientStatement } from '../../../../shared/run/api';
import { Distribution } from '../AggregateView';
import { Pager, type PagerItem } from '../Pager';
import { ScaleLegend } from './aggregate-items';
import { Progress } from './Progress';
import type { ProjectorViewProps } from './view-props';

/** One statement's figures once revealed: its mean and bar with n, or withheld with no figure. */
function ClientFigures({
  statement,
  k,
  mean,
  t,
}: {
  statement: PresenterClientStatement;
  k: number;
  mean: Intl.NumberFormat;
  t: ProjectorViewProps['t'];
}) {
  const summary = statement.summary;
  if (!summary) return null;
  // Withheld whole below k: no mean, no bar, no count, so nothing tells how many answered.
  if (!summary.shown) {
    return <p className="present-client__withheld">{t('present.client.withheld', { k })}</p>;
  }
  return (
    <span className="present-client__figures">
      <span className="present-client__mean">
        {t('present.client.mean', { mean: mean.format(summary.mean) })}
      </span>
      <Distribution
        statement={{
          itemId: summary.statementId,
          suppressed: false,
          n: summary.n,
          cantSay: summary.cantSay,
          notApplicable: summary.notApplicable,
          counts: summary.distribution,
        }}
        t={t}
      />
      {summary.cantSay + summary.notApplicable > 0 ? (
        <span className="present-client__others">
          {t('present.client.others', {
            cantSay: summary.cantSay,
            notApplicable: summary.notApplicable,
          })}
        </span>
      ) : null}
    </span>
  );
}

/**
 * The client's own statements, in their section: while the room answers, the statements and how
 * many have answered all of them; once revealed, each statement's mean and answers as they were at
 * the reveal, withheld below k. Headed as apart from everything scored, which they never enter.
 */
export function ClientStatementsView(props: ProjectorViewProps) {
  const { state, language, t } = props;
  const statements = state.clientStatements;
  const revealed = state.revealed && statements?.some((statement) => statement.summary !== null);
  const label = t('present.client.items');
  const items = useMemo((): PagerItem[] => {
    const mean = new Intl.NumberFormat(language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const heading: PagerItem = {
      key: 'heading',
      group: 'client',
      groupLabel: label,
      keepWithNext: true,
      node: (
        <div className="present-heading">
          <p className="aggregate__scale present-client__apart">{t('present.client.apart')}</p>
          {revealed ? <ScaleLegend language={language} t={t} /> : null}
        </div>
      ),
    };
    return [
      heading,
      ...(statements ?? []).map((statement, index) => ({
        key: `client:${index}`,
        group: 'client',
        groupLabel: label,
        node: (
          <div className={revealed ? 'present-statement' : 'present-client__row'}>
            <span className="present-client__statement">
              <span className="present-client__number">{index + 1}</span>
              <span className="present-statement__text" lang={language}>
                {statement.text}
                {statement.reversed ? (
                  <span className="present-client__keying">{t('present.client.reversed')}</span>
                ) : null}
              </span>
            </span>
            {revealed ? (
              <ClientFigures statement={statement} k={state.k} mean={mean} t={t} />
            ) : null}
          </div>
        ),
      })),
    ];
  }, [statements, revealed, label, language, t, state.k]);
  if (!statements) return null;
  if (statements.length === 0) return <p className="present-empty">{t('present.client.empty')}</p>;
  return (
    <div className={`present-client${revealed ? ' present-client--revealed' : ''}`}>
      {revealed ? null : <Progress {...props} />}
      <Pager items={items} version={JSON.stringify([statements, revealed])} t={t} />
    </div>
  );
}
