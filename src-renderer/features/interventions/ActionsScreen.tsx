import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { InterventionsPanel } from './InterventionsPanel';

/** `#/workshops/<id>/actions`: the Interventions section on a screen of its own. */
export function ActionsScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const workshop = useAppStore((state) => state.workshopById[id]);
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);

  useEffect(() => {
    // The panel reports its own failures; the heading just falls back to a generic title.
    loadWorkshop(id).catch(() => undefined);
  }, [id, loadWorkshop]);

  const title = workshop
    ? t('interventions.screenTitle', { title: workshop.title })
    : t('interventions.title');
  return (
    <div className="screen">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'workshop', id })}>
          {workshop
            ? t('interventions.backTo', { title: workshop.title })
            : t('interventions.back')}
        </a>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="screen__subtitle">
        <a href={hrefFor({ name: 'workshop-trend', id })}>{t('interventions.links.trend')}</a>
      </p>
      <InterventionsPanel workshopId={id} />
    </div>
  );
}

/** The workshop screen's links to its action plan and its follow-up trend. */
export function WorkshopFollowUpLinks({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <nav className="followup-links" aria-label={t('interventions.links.label')}>
      <a className="button" href={hrefFor({ name: 'workshop-actions', id })}>
        {t('interventions.links.actions')}
      </a>
      <a className="button" href={hrefFor({ name: 'workshop-trend', id })}>
        {t('interventions.links.trend')}
      </a>
    </nav>
  );
}
