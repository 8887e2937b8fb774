import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { hrefFor } from '../router/routes';

/** Any hash the router does not know, e.g. an old bookmark. */
export function NotFoundScreen({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <div className="screen screen--narrow">
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text', { path })}</p>
      <p>
        <a className="button button--primary" href={hrefFor({ name: 'home' })}>
          {t('common.backToWorkshops')}
        </a>
      </p>
    </div>
  );
}
