import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Workshop } from '../../../shared/domain/workshop';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { AddParticipantForm } from './AddParticipantForm';
import { ParticipantRow } from './ParticipantRow';
import { PasteParticipants } from './PasteParticipants';

const NO_PARTICIPANTS: Participant[] = [];

/** The workshop's participants: add one, paste many, edit inline, remove. */
export function ParticipantsPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  const stored = useAppStore((state) => state.participantsByWorkshop[workshop.id]);
  const loadParticipants = useAppStore((state) => state.loadParticipants);
  const removeParticipant = useAppStore((state) => state.removeParticipant);
  const announce = useAppStore((state) => state.announce);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [pendingRemove, setPendingRemove] = useState<Participant | null>(null);
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    loadParticipants(workshop.id).catch(
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [workshop.id, loadParticipants]);

  const participants = stored ?? NO_PARTICIPANTS;

  async function confirmRemove() {
    if (!pendingRemove) return;
    setRemoving(true);
    setRemoveError(null);
    try {
      await removeParticipant(workshop.id, pendingRemove.id);
      announce(t('participants.removed', { alias: pendingRemove.alias }));
      setPendingRemove(null);
    } catch (error) {
      setRemoveError(t('participants.removeFailed', { detail: errorMessage(error) }));
    } finally {
      setRemoving(false);
    }
  }

  return (
    <section className="card participants" aria-labelledby="participants-title">
      <div className="card__header">
        <h2 id="participants-title" className="card__title" tabIndex={-1}>
          {t('participants.title')}
        </h2>
        <p className="muted">{t('participants.count', { count: participants.length })}</p>
      </div>

      <AddParticipantForm workshop={workshop} participants={participants} />
      <PasteParticipants workshop={workshop} participants={participants} />

      {loadError ? (
        <p role="alert" className="notice notice--error">
          {t('participants.loadFailed', { detail: loadError })}
        </p>
      ) : null}

      {stored === undefined && !loadError ? (
        <p role="status">{t('common.loading')}</p>
      ) : participants.length === 0 ? (
        <p className="empty-state empty-state--small">{t('participants.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table participants-table">
            <caption className="visually-hidden">{t('participants.tableCaption')}</caption>
            <colgroup>
              <col className="col-alias" />
              <col className="col-role" />
              <col />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('participants.fields.alias')}</th>
                <th scope="col">{t('participants.fields.role')}</th>
                <th scope="col">{t('participants.fields.name')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('home.actionsColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => (
                <ParticipantRow
                  key={participant.id}
                  workshop={workshop}
                  participant={participant}
                  editing={editingId === participant.id}
                  onEdit={() => setEditingId(participant.id)}
                  onDone={() => setEditingId(null)}
                  onRemove={() => {
                    setRemoveError(null);
                    setPendingRemove(participant);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pendingRemove ? (
        <ConfirmDialog
          title={t('participants.removeTitle', { alias: pendingRemove.alias })}
          confirmLabel={t('participants.removeConfirm')}
          cancelLabel={t('common.cancel')}
          busyLabel={t('participants.removing')}
          busy={removing}
          error={removeError}
          danger
          fallbackFocus={() => document.getElementById('participants-title')}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setPendingRemove(null)}
        >
          <p>{t('participants.removeBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
