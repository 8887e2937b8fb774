import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useResultsText } from './use-results-text';

type ClientResults = ChannelOutput<'clientStatement:results'>;

/**
 * The client's own statements, in a section of their own below everything scored: they feed no
 * index, factor or finding. A statement fewer than k people gave a value to is withheld whole.
 * Nothing is shown when the workshop has none.
 */
export function ClientStatementsSection({
  workshopId,
  threshold,
}: {
  workshopId: string;
  threshold: number;
}) {
  const text = useResultsText();
  const { t } = text;
  const [rows, setRows] = useState<ClientResults>([]);

  useEffect(() => {
    let current = true;
    // A failure leaves the section out; the scored results above stand on their own.
    api.call('clientStatement:results', { workshopId }).then(
      (loaded) => current && setRows(loaded),
      () => current && setRows([]),
    );
    return () => {
      current = false;
    };
  }, [workshopId]);

  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="results-client-title">
      <h2 id="results-client-title" className="results-section__title">
        {t('clientStatements.title')}
      </h2>
      <p className="results-section__lead">{t('clientStatements.lead')}</p>
      <table className="card results-client">
        <thead>
          <tr>
            <th scope="col">{t('clientStatements.statement')}</th>
            <th scope="col">{t('clientStatements.mean')}</th>
            <th scope="col">{t('clientStatements.answers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ statement, summary }) => (
            <tr key={statement.id}>
              <td>
                {statement.text}
                {statement.reversed ? (
                  <span className="muted"> ({t('clientStatements.reversed')})</span>
                ) : null}
              </td>
              {summary.shown ? (
                <>
                  <td>{text.score(summary.mean)}</td>
                  <td>
                    {t('clientStatements.counts', {
                      n: summary.n,
                      cantSay: summary.cantSay,
                      notApplicable: summary.notApplicable,
                    })}
                  </td>
                </>
              ) : (
                <td colSpan={2} className="muted">
                  {t('clientStatements.withheld', { k: threshold })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
