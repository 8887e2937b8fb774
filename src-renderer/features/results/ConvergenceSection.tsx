import type { ScoreResult } from '../../../shared/scoring';
import { useResultsText } from './use-results-text';

/** Round 1 beside the re-vote, factor by factor: did discussion bring the room together? */
export function ConvergenceSection({ convergence }: { convergence: ScoreResult['convergence'] }) {
  const text = useResultsText();
  const { t } = text;
  if (!convergence.hasRound2) return null;

  const figure = (round: { n: number; mean: number | null; sd: number | null }) =>
    round.mean === null
      ? t('results.convergence.insufficient', { n: round.n })
      : t('results.convergence.figure', {
          mean: text.score(round.mean),
          sd: round.sd === null ? '–' : text.score(round.sd),
          n: round.n,
        });

  return (
    <section className="card" aria-labelledby="results-convergence-title">
      <h2 id="results-convergence-title" className="card__title">
        {t('results.convergence.title')}
      </h2>
      <p className="results-section__lead">{t('results.convergence.lead')}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('results.convergence.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.dimensions.colFactor')}</th>
              <th scope="col">{t('results.convergence.round1')}</th>
              <th scope="col">{t('results.convergence.round2')}</th>
              <th scope="col">{t('results.convergence.direction')}</th>
            </tr>
          </thead>
          <tbody>
            {convergence.factors.map((factor) => (
              <tr key={factor.id}>
                <th scope="row">{text.factorName(factor.id)}</th>
                <td>{figure(factor.round1)}</td>
                <td>{figure(factor.round2)}</td>
                <td>
                  <span className={`agreement agreement--${factor.direction}`}>
                    {t(`results.convergence.directions.${factor.direction}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
