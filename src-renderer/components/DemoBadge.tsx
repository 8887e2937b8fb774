import { useTranslation } from 'react-i18next';

/** Marks the demo workshop wherever it is listed: its people and answers are fictitious. */
export function DemoBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--demo" title={t('demo.explain')}>
      {t('demo.badge')}
    </span>
  );
}
