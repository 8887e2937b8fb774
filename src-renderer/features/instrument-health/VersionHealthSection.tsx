import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/workshop';
import type { VersionHealth } from '../../../shared/instrument-health';
import { DIMENSIONS, dimensionLabel, getInstrument } from '../../../shared/instrument';
import { DimensionHealthTable } from './DimensionHealthTable';
import type { HealthFormat } from './health-format';

/** One instrument version: how many people and workshops, then a table per dimension. */
export function VersionHealthSection({
  version,
  language,
  format,
}: {
  version: VersionHealth;
  language: Language;
  format: HealthFormat;
}) {
  const { t } = useTranslation();
  const instrument = getInstrument(version.version);
  const headingId = `health-version-${version.version.replace(/\W/g, '-')}`;
  const min = format.count(version.minPeople);
  return (
    <section className="card health-version" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('instrumentHealth.version', { version: version.version })}
      </h2>
      {version.people === 0 ? (
        <p className="health-version__empty">{t('instrumentHealth.noneYet', { min })}</p>
      ) : (
        <>
          <p className="health-version__summary">
            {t('instrumentHealth.versionSummary', {
              people: format.count(version.people),
              workshops: format.count(version.workshops),
              min,
            })}
            {version.straightLined > 0
              ? ` ${t('instrumentHealth.straightLined', { count: format.count(version.straightLined) })}`
              : null}
          </p>
          {version.people < version.minPeople ? (
            <p className="notice health-notice" role="note">
              {t('instrumentHealth.tooFewVersion', {
                people: format.count(version.people),
                min,
                more: format.count(version.minPeople - version.people),
              })}
            </p>
          ) : null}
          {instrument
            ? DIMENSIONS.map((dimension) => {
                const factors = version.factors.filter((f) => f.dimension === dimension);
                if (factors.length === 0) return null;
                const name = dimensionLabel(instrument, dimension, language);
                return (
                  <div key={dimension} className="health-dimension">
                    <h3 className="health-dimension__title">{name}</h3>
                    <DimensionHealthTable
                      instrument={instrument}
                      dimensionName={name}
                      factors={factors}
                      language={language}
                      format={format}
                    />
                  </div>
                );
              })
            : null}
        </>
      )}
    </section>
  );
}
