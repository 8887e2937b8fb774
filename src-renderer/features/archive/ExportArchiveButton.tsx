import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { bytesFromBase64, downloadBlob } from '../report/download';
import { DownloadIcon } from '../../components/icons';
import { ArchiveDialog } from './ArchiveDialog';

const MIN_PASSPHRASE = 8;
const MAX_PASSPHRASE = 200;

/** "Export archive (.edw)": asks for an optional passphrase, then downloads the archive. */
export function ExportArchiveButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const announce = useAppStore((state) => state.announce);
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const passphraseId = useId();
  const repeatId = useId();
  const hintId = useId();

  function close() {
    setOpen(false);
    setPassphrase('');
    setRepeat('');
    setProblem(null);
  }

  async function save() {
    if (passphrase !== '' && passphrase.length < MIN_PASSPHRASE) {
      setProblem(t('archive.export.tooShort', { count: MIN_PASSPHRASE }));
      return;
    }
    if (passphrase !== '' && passphrase !== repeat) {
      setProblem(t('archive.export.mismatch'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const archive = await api.call('archive:export', {
        id: workshopId,
        ...(passphrase === '' ? {} : { passphrase }),
      });
      downloadBlob(
        archive.filename,
        new Blob([bytesFromBase64(archive.base64)], { type: 'application/octet-stream' }),
      );
      announce(
        t(passphrase === '' ? 'archive.export.done' : 'archive.export.doneProtected', {
          name: archive.filename,
        }),
      );
      close();
    } catch (error) {
      setProblem(t('archive.export.failed', { detail: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <DownloadIcon />
        {t('archive.export.action')}
      </button>
      {open ? (
        <ArchiveDialog
          title={t('archive.export.title')}
          confirmLabel={busy ? t('archive.export.busy') : t('archive.export.confirm')}
          cancelLabel={t('archive.cancel')}
          busy={busy}
          error={problem}
          onConfirm={() => void save()}
          onCancel={close}
        >
          <p>{t('archive.export.intro')}</p>
          <div className="field">
            <label htmlFor={passphraseId} className="field__label">
              {t('archive.passphrase')}{' '}
              <span className="field__optional">{t('archive.optional')}</span>
            </label>
            <input
              id={passphraseId}
              type="password"
              className="input"
              autoComplete="new-password"
              maxLength={MAX_PASSPHRASE}
              value={passphrase}
              aria-describedby={hintId}
              onChange={(event) => setPassphrase(event.target.value)}
            />
            <p id={hintId} className="field__hint">
              {t('archive.export.passphraseHint', { count: MIN_PASSPHRASE })}
            </p>
          </div>
          <div className="field">
            <label htmlFor={repeatId} className="field__label">
              {t('archive.export.repeat')}
            </label>
            <input
              id={repeatId}
              type="password"
              className="input"
              autoComplete="new-password"
              maxLength={MAX_PASSPHRASE}
              value={repeat}
              disabled={passphrase === ''}
              onChange={(event) => setRepeat(event.target.value)}
            />
          </div>
        </ArchiveDialog>
      ) : null}
    </>
  );
}
