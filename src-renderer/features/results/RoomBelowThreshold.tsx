import { useTranslation } from 'react-i18next';
import type { ScoreResult } from '../../../shared/scoring/result';
import { hrefFor } from '../../router/routes';

/**
 * What the results say when fewer than k people answered: why nothing is shown and how to go on.
 * The scores themselves carry no figure then (docs/anonymity.md), so this is all there is to say.
 */
export function RoomBelowThreshold({
  result,
  workshopId,
}: {
  result: ScoreResult;
  workshopId: string;
}) {
  const { t } = useTranslation();
  const k = result.anonymityThreshold;
  return (
    <div className="empty-state empty-state--invite" role="status">
      <h2>{t('results.belowK.title', { k })}</h2>
      <p>{t('results.belowK.text', { k, n: result.n.respondents })}</p>
      {result.responseStyle.straightLiners ? (
        <p>
          {t('results.belowK.straightLined', { count: result.responseStyle.straightLiners, k })}
        </p>
      ) : null}
      <p>{t('results.belowK.more')}</p>
      <p>{t('results.belowK.lower')}</p>
      <p className="results-empty__actions">
        <a className="button" href={hrefFor({ name: 'edit-workshop', id: workshopId })}>
          {t('results.belowK.settings')}
        </a>
      </p>
    </div>
  );
}
