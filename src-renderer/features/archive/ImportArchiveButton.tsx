import { UploadIcon } from '../../components/icons';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiCallError } from '../../api/client';
import { navigate } from '../../router/use-route';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { ArchiveDialog } from './ArchiveDialog';
import { base64FromBytes } from './archive-bytes';

/** Well under the request limit once base64 grows it by a third; real archives are far smaller. */
const MAX_ARCHIVE_BYTES = 6 * 1024 * 1024;

/** Which question or answer is on screen while an archive is imported. */
type Step =
  | { kind: 'passphrase'; wrong: boolean }
  | { kind: 'duplicate' }
  | { kind: 'failed'; detail: string };

interface Pending {
  name: string;
  base64: string;
  passphrase?: string;
}

/** "Import archive (.edw)": reads the file, asks for its passphrase or a duplicate's go-ahead. */
export function ImportArchiveButton() {
  const { t } = useTranslation();
  const announce = useAppStore((state) => state.announce);
  const inputRef = useRef<HTMLInputElement>(null);
  const passphraseId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  function reset() {
    setPending(null);
    setStep(null);
    setPassphrase('');
  }

  async function submit(next: Pending, confirmDuplicate = false) {
    setBusy(true);
    setPending(next);
    try {
      const workshop = await api.call('archive:import', {
        base64: next.base64,
        confirmDuplicate,
        ...(next.passphrase === undefined ? {} : { passphrase: next.passphrase }),
      });
      reset();
      announce(t('archive.import.done', { title: workshop.title }));
      navigate({ name: 'workshop', id: workshop.id });
    } catch (error) {
      setStep(stepFor(error, next));
    } finally {
      setBusy(false);
    }
  }

  function stepFor(error: unknown, next: Pending): Step {
    if (error instanceof ApiCallError) {
      const issue = error.body.issues?.[0];
      if (error.body.code === 'conflict') return { kind: 'duplicate' };
      if (issue?.path === 'passphrase' && issue.message !== 'passphrase_rules') {
        return { kind: 'passphrase', wrong: next.passphrase !== undefined };
      }
    }
    return {
      kind: 'failed',
      detail: t('archive.import.failed', { name: next.name, detail: errorMessage(error) }),
    };
  }

  async function choose(file: File) {
    reset();
    if (file.size > MAX_ARCHIVE_BYTES) {
      setStep({
        kind: 'failed',
        detail: t('archive.import.tooLarge', { name: file.name }),
      });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    await submit({ name: file.name, base64: base64FromBytes(bytes) });
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => inputRef.current?.click()}
        disabled={busy}
      >
        <UploadIcon />
        {busy && step === null ? t('archive.import.busy') : t('archive.import.action')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".edw"
        hidden
        aria-label={t('archive.import.action')}
        data-testid="import-archive-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void choose(file);
        }}
      />
      {step?.kind === 'passphrase' && pending ? (
        <ArchiveDialog
          title={t('archive.import.passphraseTitle')}
          confirmLabel={busy ? t('archive.import.busy') : t('archive.import.confirm')}
          cancelLabel={t('archive.cancel')}
          busy={busy}
          error={step.wrong ? t('archive.import.wrongPassphrase') : null}
          onConfirm={() => {
            if (passphrase !== '') void submit({ ...pending, passphrase });
          }}
          onCancel={reset}
        >
          <p>{t('archive.import.protected', { name: pending.name })}</p>
          <div className="field">
            <label htmlFor={passphraseId} className="field__label">
              {t('archive.passphrase')}
            </label>
            <input
              id={passphraseId}
              type="password"
              className="input"
              autoComplete="off"
              maxLength={200}
              required
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
        </ArchiveDialog>
      ) : null}
      {step?.kind === 'duplicate' && pending ? (
        <ArchiveDialog
          title={t('archive.import.duplicateTitle')}
          confirmLabel={busy ? t('archive.import.busy') : t('archive.import.importAnyway')}
          cancelLabel={t('archive.cancel')}
          busy={busy}
          onConfirm={() => void submit(pending, true)}
          onCancel={reset}
        >
          <p>{t('archive.import.duplicate', { name: pending.name })}</p>
        </ArchiveDialog>
      ) : null}
      {step?.kind === 'failed' ? (
        <ArchiveDialog
          title={t('archive.import.failedTitle')}
          confirmLabel={t('archive.import.chooseAnother')}
          cancelLabel={t('archive.close')}
          onConfirm={() => {
            reset();
            inputRef.current?.click();
          }}
          onCancel={reset}
        >
          <p>{step.detail}</p>
          <p>{t('archive.import.nothingCreated')}</p>
        </ArchiveDialog>
      ) : null}
    </>
  );
}
