import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import i18next from 'i18next';
import type { Language } from '../../../shared/domain/workshop';
import type { PresenterMapData } from '../../../shared/run/api';
import { DebtMap, FactorWeb } from '../../charts';

/**
 * One of the debt maps on the projector during "Reveal & discuss": the same pictures as the
 * results page, in the projector theme and the workshop's language, each on a page of its own so
 * its labels are as large as the screen allows. They draw only what `presenter:state` carries (the
 * room's indices, spread, shown role groups and factors), so the projector reads no other channel
 * and no mark stands for one person.
 */
export function PresenterMaps({
  maps,
  language,
  chart,
}: {
  maps: PresenterMapData;
  language: Language;
  chart: 'map' | 'web';
}) {
  const texts = useMemo(() => i18next.cloneInstance({ lng: language }), [language]);
  return (
    <I18nextProvider i18n={texts}>
      <div className={`present__maps present__maps--${chart}`}>
        {chart === 'map' ? (
          <DebtMap result={maps} theme="projector" whatIf={false} />
        ) : (
          <FactorWeb result={maps} theme="projector" />
        )}
      </div>
    </I18nextProvider>
  );
}
