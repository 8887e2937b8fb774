import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import type { Language } from '../../../shared/domain/workshop';
import type { ScoreResult } from '../../../shared/scoring/result';
import { api } from '../../api/client';
import { DebtMap, FactorWeb } from '../../charts';

/**
 * The debt maps on the projector during "Reveal & discuss": the same pictures as the results
 * page, in the projector theme and the workshop's language. The scores hold no individual
 * answer, and participant dots are already left out below k.
 */
export function PresenterMaps({
  workshopId,
  language,
  version,
}: {
  workshopId: string;
  language: Language;
  /** Changes whenever the presenter refreshed, so the maps follow the room live. */
  version: number;
}) {
  const [result, setResult] = useState<ScoreResult | null>(null);
  const texts = useMemo(() => i18next.cloneInstance({ lng: language }), [language]);

  useEffect(() => {
    let live = true;
    api.call('workshop:results', { id: workshopId }).then(
      (next) => live && setResult(next),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workshopId, version]);

  if (!result) return null;
  return (
    <I18nextProvider i18n={texts}>
      <div className="present__maps">
        <DebtMap result={result} theme="projector" whatIf={false} />
        <FactorWeb result={result} theme="projector" />
      </div>
    </I18nextProvider>
  );
}
