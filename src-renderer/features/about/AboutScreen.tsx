import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../store';

/** `#/about`: what this is, which version, where the data lives, and whose framework it applies. */
export function AboutScreen() {
  const { t } = useTranslation();
  const appInfo = useAppStore((state) => state.appInfo);
  const appInfoError = useAppStore((state) => state.appInfoError);
  const loadAppInfo = useAppStore((state) => state.loadAppInfo);

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  return (
    <div className="screen screen--narrow">
      <PageHeading title={t('about.title')}>{t('about.title')}</PageHeading>
      <p className="lead">{t('about.intro')}</p>

      <section className="card" aria-labelledby="about-app">
        <h2 id="about-app" className="card__title">
          {t('app.name')}
        </h2>
        {appInfoError ? (
          <p role="alert" className="notice notice--error">
            {t('about.infoFailed', { detail: appInfoError })}
          </p>
        ) : null}
        <dl className="details details--stacked">
          <div>
            <dt>{t('about.version')}</dt>
            <dd>{appInfo ? appInfo.version : t('common.loading')}</dd>
          </div>
          <div>
            <dt>{t('about.dataFile')}</dt>
            <dd>
              {appInfo ? <code className="path">{appInfo.dataFile}</code> : t('common.loading')}
              <p className="field__hint">{t('about.dataFileHint')}</p>
              <a href="#/backups">{t('backups.aboutLink')}</a> ·{' '}
              <a href="#/branding">{t('branding.aboutLink')}</a> ·{' '}
              <a href="#/instrument-health">{t('instrumentHealth.aboutLink')}</a>
            </dd>
          </div>
          <div>
            <dt>{t('about.mode')}</dt>
            <dd>{appInfo ? t(`about.modes.${appInfo.transport}`) : t('common.loading')}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="about-attribution">
        <h2 id="about-attribution" className="card__title">
          {t('about.attributionTitle')}
        </h2>
        <p className="attribution">{t('about.attribution')}</p>
      </section>
    </div>
  );
}
