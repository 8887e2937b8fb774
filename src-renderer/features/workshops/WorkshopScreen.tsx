import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { PageHeading } from '../../components/PageHeading';
import { PencilIcon } from '../../components/icons';
import { formatDate, roleLabel, statusLabel } from '../../i18n/labels';
import { hrefFor } from '../../router/routes';
import { useAppStore } from '../../store';
import { WorkshopFollowUpLinks } from '../interventions/ActionsScreen';
import { ParticipantsPanel } from '../participants/ParticipantsPanel';
import { ReportExport } from '../report/ReportExport';
import { ExportWorkshopFileButton } from '../results/ExportWorkshopFileButton';
import { ExportArchiveButton } from '../archive/ExportArchiveButton';
import { PlanFollowUpButton } from '../followup/PlanFollowUpButton';
import { LoadFailure } from './WorkshopFormScreen';
import { ClientStatementsPanel } from './ClientStatementsPanel';

/** `#/workshops/<id>`: the workshop's set-up at a glance and its participants. */
export function WorkshopScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const workshop = useAppStore((state) => state.workshopById[id]);
  const loadWorkshop = useAppStore((state) => state.loadWorkshop);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    let current = true;
    loadWorkshop(id).catch((error: unknown) => current && setFailure({ error }));
    return () => {
      current = false;
    };
  }, [id, loadWorkshop]);

  const title = workshop?.title ?? t('workshop.titleLoading');

  return (
    <div className="screen">
      <p className="breadcrumb">
        <a href={hrefFor({ name: 'home' })}>{t('common.backToWorkshops')}</a>
      </p>
      <div className="screen__header">
        <div>
          <PageHeading title={title}>{title}</PageHeading>
          {workshop ? (
            <p className="screen__subtitle">
              <span className={`badge badge--${workshop.status}`}>
                {statusLabel(t, workshop.status)}
              </span>
              {[workshop.client, workshop.team].filter(Boolean).join(' · ')}
            </p>
          ) : null}
        </div>
        {workshop ? (
          <div className="file-actions">
            <a className="button button--primary" href={hrefFor({ name: 'run-workshop', id })}>
              {t('run.open')}
            </a>
            <a className="button button--primary" href={hrefFor({ name: 'workshop-results', id })}>
              {t('results.open')}
            </a>
            <a className="button" href={hrefFor({ name: 'workshop-paper', id })}>
              {t('paper.open')}
            </a>
            <PlanFollowUpButton workshop={workshop} />
            <ExportWorkshopFileButton workshopId={id} />
            <ExportArchiveButton workshopId={id} />
            <a className="button" href={hrefFor({ name: 'edit-workshop', id })}>
              <PencilIcon />
              {t('workshop.edit')}
            </a>
          </div>
        ) : null}
      </div>

      {workshop && !failure ? <WorkshopFollowUpLinks id={id} /> : null}
      {workshop && !failure ? <ReportExport workshopId={id} /> : null}
      {failure ? <LoadFailure error={failure.error} /> : null}
      {!workshop && !failure ? <p role="status">{t('common.loading')}</p> : null}
      {workshop && !failure ? (
        <div className="workshop-layout">
          <ParticipantsPanel workshop={workshop} />
          <WorkshopDetails workshop={workshop} />
        </div>
      ) : null}
      {workshop && !failure ? (
        <ClientStatementsPanel workshopId={id} language={workshop.language} />
      ) : null}
    </div>
  );
}

function WorkshopDetails({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation();
  const none = <span className="muted">{t('common.notSet')}</span>;
  return (
    <aside className="card workshop-details" aria-labelledby="workshop-details-title">
      <h2 id="workshop-details-title" className="card__title">
        {t('workshop.detailsTitle')}
      </h2>
      <dl className="details details--stacked">
        <div>
          <dt>{t('workshop.fields.client')}</dt>
          <dd>{workshop.client || none}</dd>
        </div>
        <div>
          <dt>{t('workshop.fields.team')}</dt>
          <dd>{workshop.team || none}</dd>
        </div>
        <div>
          <dt>{t('workshop.fields.date')}</dt>
          <dd>{formatDate(workshop.date, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('workshop.fields.facilitator')}</dt>
          <dd>{workshop.facilitator || none}</dd>
        </div>
        <div>
          <dt>{t('workshop.fields.language')}</dt>
          <dd>{t(`languages.${workshop.language}`)}</dd>
        </div>
        <div>
          <dt>{t('workshop.fields.anonymityThreshold')}</dt>
          <dd>{t('workshop.anonymityValue', { k: workshop.anonymityThreshold })}</dd>
        </div>
        <div className="details__wide">
          <dt>{t('workshop.fields.roleGroups')}</dt>
          <dd>
            <ul className="chips chips--static">
              {workshop.roleGroups.map((role) => (
                <li key={role} className="chip">
                  {roleLabel(t, role)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {workshop.notes ? (
          <div className="details__wide">
            <dt>{t('workshop.fields.notes')}</dt>
            <dd className="prewrap">{workshop.notes}</dd>
          </div>
        ) : null}
      </dl>
    </aside>
  );
}
