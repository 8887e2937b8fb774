import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { ApiCallError } from '../../api/client';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { emptyWorkshopValues, WorkshopForm, workshopValues } from './WorkshopForm';
import { WorkshopBranding } from '../branding/WorkshopBranding';

/** `#/workshops/new`: a fresh form, in the UI's language by default. */
export function NewWorkshopScreen() {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const [initial] = useState(() => emptyWorkshopValues(language));
  return (
    <div className="screen screen--narrow">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'home' })}>{t('common.backToWorkshops')}</a>
      </p>
      <PageHeading title={t('workshopForm.newTitle')}>{t('workshopForm.newTitle')}</PageHeading>
      <p className="lead">{t('workshopForm.newIntro')}</p>
      <WorkshopForm initial={initial} />
    </div>
  );
}

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; workshop: Workshop }
  | { state: 'failed'; error: unknown };

/** `#/workshops/<id>/edit`: the form filled from the stored workshop, fetched fresh. */
export function EditWorkshopScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    loadWorkshop(id).then(
      (workshop) => current && setLoaded({ state: 'ready', workshop }),
      (error: unknown) => current && setLoaded({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [id, loadWorkshop]);

  const heading = t('workshopForm.editTitle');

  return (
    <div className="screen screen--narrow">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'workshop', id })}>{t('common.backToWorkshop')}</a>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      {loaded.state === 'ready' ? <p className="lead">{loaded.workshop.title}</p> : null}
      {loaded.state === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {loaded.state === 'failed' ? <LoadFailure error={loaded.error} /> : null}
      {loaded.state === 'ready' ? (
        <WorkshopForm
          key={loaded.workshop.updatedAt}
          workshopId={id}
          initial={workshopValues(loaded.workshop)}
        />
      ) : null}
      {loaded.state === 'ready' ? <WorkshopBranding workshopId={id} /> : null}
    </div>
  );
}

/** Why a workshop could not be shown, with a way back. */
export function LoadFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiCallError && error.body.code === 'not_found';
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__title">
        {notFound ? t('workshop.notFound') : t('workshop.loadFailed')}
      </p>
      {notFound ? null : <p>{error instanceof Error ? error.message : String(error)}</p>}
      <p>
        <a href={hrefFor({ name: 'home' })}>{t('common.backToWorkshops')}</a>
      </p>
    </div>
  );
}
