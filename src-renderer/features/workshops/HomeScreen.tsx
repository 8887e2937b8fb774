import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DemoBadge } from '../../components/DemoBadge';
import { PageHeading } from '../../components/PageHeading';
import { PlusIcon } from '../../components/icons';
import { useDebouncedValue } from '../../hooks';
import { formatDate, statusLabel } from '../../i18n/labels';
import { hrefFor } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import {
  ImportWorkshopButton,
  ImportWorkshopProblem,
  useWorkshopImport,
} from '../results/ImportWorkshopFile';
import { ImportArchiveButton } from '../archive/ImportArchiveButton';
import { BusyButton } from '../../components/BusyButton';
import { TemplatesPanel } from '../templates/TemplatesPanel';

const SEARCH_DELAY_MS = 250;

/** The home screen: every workshop, newest first, with search and the row actions. */
export function HomeScreen() {
  const { t } = useTranslation();
  const workshops = useAppStore((state) => state.workshops);
  const status = useAppStore((state) => state.workshopsStatus);
  const listError = useAppStore((state) => state.workshopsError);
  const savedQuery = useAppStore((state) => state.workshopQuery);
  const loadWorkshops = useAppStore((state) => state.loadWorkshops);

  const [query, setQuery] = useState(savedQuery);
  const settledQuery = useDebouncedValue(query.trim(), SEARCH_DELAY_MS);
  const searchRef = useRef<HTMLInputElement>(null);
  const importer = useWorkshopImport();

  useEffect(() => {
    void loadWorkshops(settledQuery);
  }, [settledQuery, loadWorkshops]);

  const searching = settledQuery !== '';
  const firstLoad = status !== 'ready' && status !== 'error' && workshops.length === 0;

  return (
    <div className="screen">
      <div className="screen__header">
        <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
        <div className="file-actions">
          <OpenDemoButton />
          <ImportWorkshopButton importer={importer} />
          <ImportArchiveButton />
          <a className="button button--primary" href={hrefFor({ name: 'new-workshop' })}>
            <PlusIcon />
            {t('home.newWorkshop')}
          </a>
        </div>
      </div>
      <ImportWorkshopProblem importer={importer} />

      <form
        role="search"
        className="search"
        onSubmit={(event) => {
          event.preventDefault();
          void loadWorkshops(query.trim());
        }}
      >
        <label htmlFor="workshop-search" className="field__label">
          {t('home.searchLabel')}
        </label>
        <input
          id="workshop-search"
          ref={searchRef}
          type="search"
          className="input search__input"
          value={query}
          placeholder={t('home.searchPlaceholder')}
          aria-describedby="workshop-search-hint"
          onChange={(event) => setQuery(event.target.value)}
          maxLength={200}
        />
        <p id="workshop-search-hint" className="field__hint">
          {t('home.searchHint')}
        </p>
      </form>

      {status === 'error' ? (
        <div role="alert" className="notice notice--error">
          <p>{t('home.loadFailed', { detail: listError ?? '' })}</p>
          <button type="button" className="button" onClick={() => void loadWorkshops()}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}

      {firstLoad ? (
        <p className="muted" role="status">
          {t('home.loading')}
        </p>
      ) : status !== 'error' && workshops.length === 0 ? (
        searching ? (
          <div className="empty-state">
            <h2>{t('home.noMatchesTitle')}</h2>
            <p>{t('home.noMatches', { query: settledQuery })}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setQuery('');
                searchRef.current?.focus();
              }}
            >
              {t('home.clearSearch')}
            </button>
          </div>
        ) : (
          <div className="empty-state empty-state--invite">
            <h2>{t('home.emptyTitle')}</h2>
            <p>{t('home.emptyText')}</p>
            <a
              className="button button--primary button--large"
              href={hrefFor({ name: 'new-workshop' })}
            >
              <PlusIcon />
              {t('home.createFirst')}
            </a>
            <p className="empty-state__demo">{t('home.demoHint')}</p>
          </div>
        )
      ) : workshops.length > 0 ? (
        <>
          <PortfolioEntry />
          <WorkshopTable
            workshops={workshops}
            busy={status === 'loading'}
            focusAfterDelete={() => searchRef.current}
          />
        </>
      ) : null}
      <TemplatesPanel />
    </div>
  );
}

/** Where several teams of one client are compared: beside the list the workshops are chosen from. */
function PortfolioEntry() {
  const { t } = useTranslation();
  return (
    <p className="home-portfolio">
      <a className="button" href={hrefFor({ name: 'portfolio' })}>
        {t('portfolio.home.link')}
      </a>
      <span className="muted">{t('portfolio.home.hint')}</span>
    </p>
  );
}

/** Opens the demo workshop (made in the UI's language the first time), to see a finished one. */
function OpenDemoButton() {
  const { t } = useTranslation();
  const language = useAppStore((state) => state.language);
  const openDemo = useAppStore((state) => state.openDemo);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setBusy(true);
    setError(null);
    try {
      const demo = await openDemo(language);
      navigate({ name: 'workshop', id: demo.id });
    } catch (failure) {
      setError(t('home.openDemoFailed', { detail: errorMessage(failure) }));
      setBusy(false);
    }
  }

  return (
    <BusyButton
      label={t('home.openDemo')}
      busyLabel={t('home.openingDemo')}
      hint={t('home.demoHint')}
      busy={busy}
      error={error}
      onClick={() => void open()}
    />
  );
}

interface WorkshopTableProps {
  workshops: Workshop[];
  busy: boolean;
  focusAfterDelete(): HTMLElement | null;
}

function WorkshopTable({ workshops, busy, focusAfterDelete }: WorkshopTableProps) {
  const { t, i18n } = useTranslation();
  const duplicateWorkshop = useAppStore((state) => state.duplicateWorkshop);
  const deleteWorkshop = useAppStore((state) => state.deleteWorkshop);
  const announce = useAppStore((state) => state.announce);

  const [actionError, setActionError] = useState<string | null>(null);
  const [duplicatingId, setDuplicatingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Workshop | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function duplicate(workshop: Workshop) {
    setDuplicatingId(workshop.id);
    setActionError(null);
    try {
      const copy = await duplicateWorkshop(workshop.id);
      announce(t('home.duplicated', { title: copy.title }));
    } catch (error) {
      setActionError(t('home.duplicateFailed', { detail: errorMessage(error) }));
    } finally {
      setDuplicatingId(null);
    }
  }

  async function confirmDelete() {
    if (!pendingDelete) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteWorkshop(pendingDelete.id);
      announce(t('home.deleted', { title: pendingDelete.title }));
      setPendingDelete(null);
    } catch (error) {
      setDeleteError(t('home.deleteFailed', { detail: errorMessage(error) }));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <>
      {actionError ? (
        <p role="alert" className="notice notice--error">
          {actionError}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table workshops-table" aria-busy={busy}>
          <caption className="visually-hidden">{t('home.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.fields.title')}</th>
              <th scope="col">{t('workshop.fields.client')}</th>
              <th scope="col">{t('workshop.fields.team')}</th>
              <th scope="col">{t('workshop.fields.date')}</th>
              <th scope="col">{t('workshop.fields.status')}</th>
              <th scope="col" className="numeric">
                {t('home.participantsColumn')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('home.actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {workshops.map((workshop) => (
              <tr key={workshop.id}>
                <th scope="row" className="workshops-table__title">
                  <a href={hrefFor({ name: 'workshop', id: workshop.id })}>{workshop.title}</a>
                  {workshop.demo ? (
                    <>
                      {' '}
                      <DemoBadge />
                    </>
                  ) : null}
                </th>
                <td>{workshop.client || <span className="muted">—</span>}</td>
                <td>{workshop.team || <span className="muted">—</span>}</td>
                <td className="nowrap">{formatDate(workshop.date, i18n.language)}</td>
                <td>
                  <span className={`badge badge--${workshop.status}`}>
                    {statusLabel(t, workshop.status)}
                  </span>
                </td>
                <td className="numeric">{workshop.participantCount}</td>
                <td>
                  <div className="row-actions">
                    <a
                      className="button button--small"
                      href={hrefFor({ name: 'edit-workshop', id: workshop.id })}
                      aria-label={t('home.editNamed', { title: workshop.title })}
                    >
                      {t('common.edit')}
                    </a>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('home.duplicateNamed', { title: workshop.title })}
                      disabled={duplicatingId === workshop.id}
                      onClick={() => void duplicate(workshop)}
                    >
                      {duplicatingId === workshop.id ? t('home.duplicating') : t('home.duplicate')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger-quiet"
                      aria-label={t('home.deleteNamed', { title: workshop.title })}
                      onClick={() => {
                        setDeleteError(null);
                        setPendingDelete(workshop);
                      }}
                    >
                      {t('common.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {pendingDelete ? (
        <ConfirmDialog
          title={t('home.deleteTitle')}
          confirmLabel={t('home.deleteConfirm')}
          cancelLabel={t('common.cancel')}
          busyLabel={t('home.deleting')}
          busy={deleting}
          error={deleteError}
          danger
          fallbackFocus={focusAfterDelete}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setPendingDelete(null)}
        >
          <p>
            {t('home.deleteBody', {
              title: pendingDelete.title,
              count: pendingDelete.participantCount,
            })}
          </p>
          <p>{t('home.deleteWarning')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
