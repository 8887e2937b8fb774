import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../../shared/branding/branding';
import { api } from '../../api/client';
import { BrandingForm, brandingInputOf } from './BrandingForm';

type View = { own: Branding | null; effective: Branding | null };

/** The workshop form's branding part: the installation's branding, or this workshop's own. */
export function WorkshopBranding({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    let current = true;
    void api.call('branding:workshop', { workshopId }).then((next) => current && setView(next));
    return () => {
      current = false;
    };
  }, [workshopId]);
  if (!view) return null;
  const own = view.own !== null || editing;
  return (
    <section className="workshop-branding" aria-labelledby="workshop-branding-title">
      <h2 id="workshop-branding-title">{t('branding.workshopTitle')}</h2>
      <p className="field__hint">
        {own
          ? t('branding.workshopOwn')
          : view.effective
            ? t('branding.workshopInherits', { firm: view.effective.firmName || '—' })
            : t('branding.workshopNone')}{' '}
        <a href="#/branding">{t('branding.installationLink')}</a>
      </p>
      {own ? (
        <>
          <BrandingForm
            initial={brandingInputOf(view.own ?? view.effective)}
            saveLabel={t('branding.saveWorkshop')}
            onSave={(branding) =>
              api.call('branding:saveWorkshop', { workshopId, branding }).then(setView)
            }
          />
          <button
            type="button"
            className="button"
            onClick={() =>
              void api
                .call('branding:saveWorkshop', { workshopId, branding: null })
                .then((next) => {
                  setEditing(false);
                  setView(next);
                })
            }
          >
            {t('branding.useInstallation')}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('branding.override')}
        </button>
      )}
    </section>
  );
}
