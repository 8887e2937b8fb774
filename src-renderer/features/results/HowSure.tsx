import type { ScoreResult } from '../../../shared/scoring';
import { overallConfidence } from '../../../shared/scoring/overall-confidence';
import { useResultsText } from './use-results-text';

/** How sure: the overall confidence and what it rests on (people, agreement, evidence). */
export function HowSure({ result }: { result: ScoreResult }) {
  const text = useResultsText();
  const { t } = text;
  const confidence = overallConfidence(result);
  const weak = confidence.weakDimensions.map((dimension) => text.dimensionName(dimension));
  return (
    <section className="card" aria-labelledby="results-sure-title" data-testid="results-sure">
      <h2 id="results-sure-title" className="card__title">
        {t('results.summary.sure')}
      </h2>
      <p>
        <span className={`level level--confidence level--${confidence.level}`}>
          {t(`results.findings.confidence.${confidence.level}`)}
        </span>
      </p>
      <ul className="results-sure">
        <li>
          {t('results.summary.sureRespondents', {
            respondents: confidence.respondents,
            participants: confidence.participants,
            responses: confidence.responses,
            cantSay: confidence.cantSay,
          })}
          {result.n.notApplicable > 0
            ? ` ${t('results.summary.sureNotApplicable', { n: result.n.notApplicable })}`
            : null}
        </li>
        {confidence.scoredDimensions > 0 ? (
          <li>
            {t('results.summary.sureAgreement', {
              good: confidence.agreeingDimensions,
              scored: confidence.scoredDimensions,
            })}
            {weak.length > 0
              ? ` ${t('results.summary.sureWeak', { list: weak.join(', ') })}`
              : null}
          </li>
        ) : null}
        <li>
          {confidence.realityCheckEntries + confidence.decisionEntries > 0
            ? t('results.summary.sureEvidence', {
                realityCheck: confidence.realityCheckEntries,
                decisions: confidence.decisionEntries,
              })
            : t('results.summary.sureNoEvidence')}
        </li>
      </ul>
    </section>
  );
}
