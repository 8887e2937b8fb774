import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUPS_KEPT, type BackupInfo } from '../../../shared/backups/backup-info';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../store';
import './backups.css';

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; backups: BackupInfo[] }
  | { status: 'error'; detail: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `#/backups`: the automatic and manual backups, "Back up now", and restoring one after a confirmation. */
export function BackupsScreen() {
  const { t, i18n } = useTranslation();
  const announce = useAppStore((state) => state.announce);
  const loadWorkshops = useAppStore((state) => state.loadWorkshops);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [backingUp, setBackingUp] = useState(false);
  const [backupError, setBackupError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const timeFormat = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }),
    [i18n.language],
  );
  const timeOf = (info: BackupInfo) => timeFormat.format(new Date(info.createdAt));
  const contentsOf = (info: BackupInfo) =>
    t('backups.contents', {
      workshops: info.workshopCount,
      participants: info.participantCount,
      answers: info.answerCount,
    });

  // Bumped after a backup or a restore, so the list is read again.
  const [listVersion, setListVersion] = useState(0);
  const reload = () => setListVersion((version) => version + 1);

  useEffect(() => {
    let current = true;
    api.call('backup:list', {}).then(
      (backups) => {
        if (current) setList({ status: 'ready', backups });
      },
      (error: unknown) => {
        if (current) setList({ status: 'error', detail: messageOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [listVersion]);

  async function backUpNow() {
    setBackingUp(true);
    setBackupError(null);
    try {
      await api.call('backup:now', {});
      announce(t('backups.backedUp'));
      reload();
    } catch (error) {
      setBackupError(t('backups.backupFailed', { detail: messageOf(error) }));
    } finally {
      setBackingUp(false);
    }
  }

  async function restore(info: BackupInfo) {
    setRestoring(true);
    setRestoreError(null);
    try {
      await api.call('backup:restore', { file: info.name });
      setChosen(null);
      announce(t('backups.restored', { time: timeOf(info) }));
      // Every list the app shows now describes other data: fetch them again.
      reload();
      await loadWorkshops('');
    } catch (error) {
      setRestoreError(t('backups.restoreFailed', { detail: messageOf(error) }));
    } finally {
      setRestoring(false);
    }
  }

  return (
    <div className="screen">
      <div className="screen__header">
        <PageHeading title={t('backups.title')}>{t('backups.title')}</PageHeading>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void backUpNow()}
          disabled={backingUp}
        >
          {backingUp ? t('backups.backingUp') : t('backups.backUpNow')}
        </button>
      </div>
      <p className="lead">{t('backups.intro', { keep: BACKUPS_KEPT })}</p>
      {backupError ? (
        <p role="alert" className="notice notice--error">
          {backupError}
        </p>
      ) : null}

      {list.status === 'loading' ? <p className="muted">{t('backups.loading')}</p> : null}
      {list.status === 'error' ? (
        <p role="alert" className="notice notice--error">
          {t('backups.loadFailed', { detail: list.detail })}
        </p>
      ) : null}
      {list.status === 'ready' && list.backups.length === 0 ? (
        <p className="empty-state">{t('backups.empty')}</p>
      ) : null}
      {list.status === 'ready' && list.backups.length > 0 ? (
        <div className="table-wrap">
          <table className="table backups-table">
            <caption className="visually-hidden">{t('backups.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.columns.time')}</th>
                <th scope="col">{t('backups.columns.reason')}</th>
                <th scope="col">{t('backups.columns.contents')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('backups.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.backups.map((info) => (
                <tr
                  key={info.name}
                  className={info.problem ? 'backups-table__unusable' : undefined}
                >
                  <th scope="row" className="nowrap">
                    {timeOf(info)}
                  </th>
                  <td>{t(`backups.reasons.${info.reason}`)}</td>
                  <td>
                    {info.problem ? (
                      <span className="badge backups-badge--problem">
                        {t(`backups.problems.${info.problem}`)}
                      </span>
                    ) : (
                      <>
                        <span>{contentsOf(info)}</span>
                        {info.workshopTitles.length > 0 ? (
                          <span className="backups-table__titles">
                            {info.workshopTitles.join(', ')}
                          </span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td className="backups-table__action">
                    {info.problem ? null : (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('backups.restoreLabel', { time: timeOf(info) })}
                        onClick={() => {
                          setRestoreError(null);
                          setChosen(info);
                        }}
                      >
                        {t('backups.restore')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {chosen ? (
        <ConfirmDialog
          title={t('backups.confirmTitle', { time: timeOf(chosen) })}
          confirmLabel={t('backups.confirm')}
          cancelLabel={t('backups.cancel')}
          busyLabel={t('backups.restoring')}
          busy={restoring}
          error={restoreError}
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
        >
          <p>{t('backups.confirmBody', { contents: contentsOf(chosen) })}</p>
          <p>{t('backups.confirmKept')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
