import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { bytesFromBase64, downloadBlob } from './download';
import './report.css';

type ExportKind = 'brief' | 'full' | 'answers' | 'aggregates' | 'answers-by-alias';

const KINDS: readonly ExportKind[] = ['brief', 'full', 'answers', 'aggregates', 'answers-by-alias'];

/** Exports that identify people: asked for by name, and only after a warning. */
const IDENTIFYING: ReadonlySet<ExportKind> = new Set(['answers-by-alias']);

/** The workshop's exports: the executive PDF (brief or full) and the CSV files, as downloads. */
export function ReportExport({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const announce = useAppStore((state) => state.announce);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ExportKind | null>(null);

  async function run(kind: ExportKind) {
    setBusy(kind);
    setFailure(null);
    try {
      let filename: string;
      if (kind === 'brief' || kind === 'full') {
        const pdf = await api.call('report:pdf', { id: workshopId, flavour: kind });
        filename = pdf.filename;
        downloadBlob(
          filename,
          new Blob([bytesFromBase64(pdf.base64)], { type: 'application/pdf' }),
        );
      } else {
        const csv = await api.call('export:csv', { id: workshopId, kind });
        filename = csv.filename;
        downloadBlob(filename, new Blob([csv.text], { type: 'text/csv;charset=utf-8' }));
      }
      announce(t('report.done', { name: filename }));
    } catch (error) {
      setFailure(t('report.failed', { detail: errorMessage(error) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section
      className="card report-export"
      aria-labelledby="report-export-title"
      aria-busy={busy !== null}
    >
      <div className="report-export__text">
        <h2 id="report-export-title" className="card__title">
          {t('report.title')}
        </h2>
        <p className="muted">{t('report.hint')}</p>
      </div>
      <div className="report-export__actions">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={kind === 'brief' ? 'button button--primary' : 'button'}
            onClick={() => (IDENTIFYING.has(kind) ? setConfirming(kind) : void run(kind))}
            disabled={busy !== null}
          >
            {busy === kind ? (
              <>
                <span className="report-export__spinner" aria-hidden="true" />
                {t('report.busy')}
              </>
            ) : (
              t(`report.actions.${kind}`)
            )}
          </button>
        ))}
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('report.byAlias.title')}
          confirmLabel={t('report.byAlias.confirm')}
          cancelLabel={t('report.byAlias.cancel')}
          danger
          onConfirm={() => {
            setConfirming(null);
            void run(confirming);
          }}
          onCancel={() => setConfirming(null)}
        >
          <p>{t('report.byAlias.body')}</p>
        </ConfirmDialog>
      ) : null}
      {failure ? (
        <p role="alert" className="report-export__error">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
