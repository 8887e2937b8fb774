import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALPHA_BORDERLINE,
  ALPHA_CONSISTENT,
  LOW_ITEM_REST,
  MIN_HEALTH_PEOPLE,
} from '../../../shared/instrument-health';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../store';
import { healthFormat } from './health-format';
import { VersionHealthSection } from './VersionHealthSection';
import './instrument-health.css';

/**
 * `#/instrument-health`: whether each factor's statements hang together, over every stored
 * workshop. For the facilitator only: linked from About, never from results or a report.
 */
export function InstrumentHealthScreen() {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const health = useAppStore((state) => state.instrumentHealth);
  const error = useAppStore((state) => state.instrumentHealthError);
  const load = useAppStore((state) => state.loadInstrumentHealth);
  const format = useMemo(() => healthFormat(language), [language]);

  useEffect(() => {
    void load();
  }, [load]);

  const heading = t('instrumentHealth.title');
  return (
    <div className="screen health-screen">
      <p className="breadcrumb">
        <a href="#/about">{t('instrumentHealth.backToAbout')}</a>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p className="lead">{t('instrumentHealth.intro')}</p>
      {error ? (
        <p role="alert" className="notice notice--error">
          {t('instrumentHealth.loadFailed', { detail: error })}
        </p>
      ) : null}
      {health === null && !error ? <p role="status">{t('common.loading')}</p> : null}
      {health ? (
        <>
          <p className="notice health-notice">
            {t('instrumentHealth.demoLeftOut', {
              count: format.count(health.demoWorkshopsLeftOut),
            })}
            {health.unknownVersionWorkshops > 0
              ? ` ${t('instrumentHealth.unknownVersions', {
                  count: format.count(health.unknownVersionWorkshops),
                })}`
              : null}
          </p>
          {health.versions.map((version) => (
            <VersionHealthSection
              key={version.version}
              version={version}
              language={language}
              format={format}
            />
          ))}
        </>
      ) : null}
      <section className="card health-method" aria-labelledby="health-method">
        <h2 id="health-method" className="card__title">
          {t('instrumentHealth.method.title')}
        </h2>
        <p>{t('instrumentHealth.method.alpha')}</p>
        <p>{t('instrumentHealth.method.itemRest')}</p>
        <p>
          {t('instrumentHealth.method.cutoffs', {
            consistent: format.figure(ALPHA_CONSISTENT),
            borderline: format.figure(ALPHA_BORDERLINE),
            low: format.figure(LOW_ITEM_REST),
          })}
        </p>
        <p>{t('instrumentHealth.method.minimum', { min: format.count(MIN_HEALTH_PEOPLE) })}</p>
      </section>
    </div>
  );
}
