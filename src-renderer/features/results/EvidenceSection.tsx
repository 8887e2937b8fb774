import type { Evidence } from '../../../shared/scoring';
import { RealityFunnel } from '../../charts';
import type { WorkshopResults } from '../../store/results-slice';
import { useResultsText } from './use-results-text';

/** What the room could show rather than say: the Reality Check funnel and the Decision Replay. */
export function EvidenceSection({ results }: { results: WorkshopResults }) {
  const text = useResultsText();
  const { t } = text;
  const { evidence } = results.result;
  return (
    <section aria-labelledby="results-evidence-title">
      <h2 id="results-evidence-title" className="results-section__title">
        {t('results.evidence.title')}
      </h2>
      <p className="results-section__lead">{t('results.evidence.lead')}</p>
      <div className="results-evidence">
        <div className="card">
          <RealityFunnel
            realityCheck={evidence.realityCheck}
            entries={results.realityCheck.length > 0 ? results.realityCheck : undefined}
          />
        </div>
        <div className="card">
          <DecisionReplay decisions={evidence.decisions} />
          <Mismatches evidence={evidence} />
        </div>
      </div>
    </section>
  );
}

function DecisionReplay({ decisions }: { decisions: Evidence['decisions'] }) {
  const text = useResultsText();
  const { t } = text;
  const total = decisions.entries;
  // Each question counts over the decisions where it was assessed; the rest are said as such.
  const replayAssessed = decisions.replayable + decisions.replayUnsure + decisions.notReplayable;
  const rows: { key: string; count: number; assessed: number }[] = [
    {
      key: 'deciderKnown',
      count: decisions.deciderKnown,
      assessed: decisions.deciderKnown + decisions.deciderUnknown,
    },
    {
      key: 'inputsKnown',
      count: decisions.inputsKnown,
      assessed: decisions.inputsKnown + decisions.inputsUnknown,
    },
    {
      key: 'recorded',
      count: decisions.recorded,
      assessed: decisions.recorded + decisions.notRecorded,
    },
    { key: 'replayable', count: decisions.replayable, assessed: replayAssessed },
    { key: 'replayUnsure', count: decisions.replayUnsure, assessed: replayAssessed },
    { key: 'notReplayable', count: decisions.notReplayable, assessed: replayAssessed },
  ];
  return (
    <div className="decision-replay">
      <h3 className="subheading">{t('results.replay.title')}</h3>
      {total === 0 ? (
        <p className="muted">{t('results.replay.empty')}</p>
      ) : (
        <>
          <p>{t('results.replay.summary', { value: total })}</p>
          <table className="table results-compact-table">
            <caption className="visually-hidden">{t('results.replay.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.replay.colQuestion')}</th>
                <th scope="col" className="numeric">
                  {t('results.replay.colCount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{t(`results.replay.rows.${row.key}`)}</th>
                  <td className="numeric">
                    {row.assessed === total
                      ? t('results.replay.ofTotal', { value: row.count, total })
                      : t('results.replay.ofAssessed', {
                          value: row.count,
                          total: row.assessed,
                          skipped: total - row.assessed,
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="results-figure__note">
            {decisions.gap === null
              ? t('results.notEnoughEvidence')
              : t('results.replay.gap', { value: text.score(decisions.gap) })}
          </p>
        </>
      )}
    </div>
  );
}

function Mismatches({ evidence }: { evidence: Evidence }) {
  const text = useResultsText();
  const { t } = text;
  const pairs = [
    { key: 'progress', mismatch: evidence.progressMismatch },
    { key: 'visibility', mismatch: evidence.visibilityMismatch },
  ].filter((pair) => pair.mismatch !== null);
  if (pairs.length === 0) return null;
  return (
    <div className="mismatches">
      <h3 className="subheading">{t('results.mismatch.title')}</h3>
      <ul className="mismatches__list">
        {pairs.map(({ key, mismatch }) =>
          mismatch ? (
            <li key={key}>
              {t(`results.mismatch.${key}`, {
                perceived: text.score(mismatch.perceived),
                observed: text.score(mismatch.observed),
                difference: text.score(Math.abs(mismatch.difference)),
              })}{' '}
              {mismatch.flagged ? (
                <span className="level level--high">{t('results.mismatch.flagged')}</span>
              ) : (
                <span className="level level--confidence">{t('results.mismatch.aligned')}</span>
              )}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
