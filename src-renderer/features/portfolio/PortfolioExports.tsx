import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppStore } from '../../store';
import type { PortfolioChoice } from '../../store/portfolio-slice';
import { errorMessage } from '../../store/workshops-slice';
import { bytesFromBase64, downloadBlob } from '../report/download';

type PortfolioExportKind = 'pdf' | 'csv';

const KINDS: readonly PortfolioExportKind[] = ['pdf', 'csv'];

/**
 * The portfolio as files for the executive (PDF and CSV) in the UI's language: the same teams
 * and cells as on screen.
 */
export function PortfolioExports({ choice }: { choice: PortfolioChoice }) {
  const { t } = useTranslation();
  const announce = useAppStore((state) => state.announce);
  const language = useAppStore((state) => state.language);
  const [busy, setBusy] = useState<PortfolioExportKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(kind: PortfolioExportKind) {
    setBusy(kind);
    setFailure(null);
    try {
      let filename: string;
      if (kind === 'pdf') {
        const pdf = await api.call('portfolio:pdf', { ...choice, language });
        filename = pdf.filename;
        downloadBlob(
          filename,
          new Blob([bytesFromBase64(pdf.base64)], { type: 'application/pdf' }),
        );
      } else {
        const csv = await api.call('portfolio:csv', { ...choice, language });
        filename = csv.filename;
        downloadBlob(filename, new Blob([csv.text], { type: 'text/csv;charset=utf-8' }));
      }
      announce(t('portfolio.exports.done', { name: filename }));
    } catch (error) {
      setFailure(t('portfolio.exports.failed', { detail: errorMessage(error) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="portfolio-exports" aria-busy={busy !== null}>
      {KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className={kind === 'pdf' ? 'button button--primary' : 'button'}
          disabled={busy !== null}
          onClick={() => void run(kind)}
        >
          {busy === kind ? t('portfolio.exports.busy') : t(`portfolio.exports.${kind}`)}
        </button>
      ))}
      {failure ? (
        <p role="alert" className="portfolio-exports__error">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
