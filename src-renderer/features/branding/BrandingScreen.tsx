import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '../../../shared/branding/branding';
import { api } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { BrandingForm, brandingInputOf } from './BrandingForm';

/** `#/branding`: the installation's branding, which every workshop prints unless it has its own. */
export function BrandingScreen() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ branding: Branding | null } | { error: string } | null>(
    null,
  );
  useEffect(() => {
    let current = true;
    api.call('branding:get', {}).then(
      ({ installation }) => current && setLoaded({ branding: installation }),
      (error: unknown) => current && setLoaded({ error: String(error) }),
    );
    return () => {
      current = false;
    };
  }, []);
  const heading = t('branding.title');
  return (
    <div className="screen screen--narrow">
      <p className="breadcrumb">
        <a href="#/about">{t('branding.backToAbout')}</a>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="lead">{t('branding.intro')}</p>
      {loaded === null ? <p role="status">{t('common.loading')}</p> : null}
      {loaded && 'error' in loaded ? (
        <p role="alert" className="notice notice--error">
          {loaded.error}
        </p>
      ) : null}
      {loaded && 'branding' in loaded ? (
        <BrandingForm
          initial={brandingInputOf(loaded.branding)}
          saveLabel={t('branding.save')}
          onSave={(input) => api.call('branding:save', input)}
        />
      ) : null}
    </div>
  );
}
