import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useAppStore } from '../../store';
import type { PortfolioChoice } from '../../store/portfolio-slice';
import { errorMessage } from '../../store/workshops-slice';
import { downloadBlob } from '../report/download';

type PortfolioExportKind = 'csv';

/** The portfolio as files for the executive: the same teams and cells as on screen. */
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
      const csv = await api.call('portfolio:csv', { ...choice, language });
      downloadBlob(csv.filename, new Blob([csv.text], { type: 'text/csv;charset=utf-8' }));
      announce(t('portfolio.exports.done', { name: csv.filename }));
    } catch (error) {
      setFailure(t('portfolio.exports.failed', { detail: errorMessage(error) }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="portfolio-exports" aria-busy={busy !== null}>
      <button
        type="button"
        className="button"
        disabled={busy !== null}
        onClick={() => void run('csv')}
      >
        {busy === 'csv' ? t('portfolio.exports.busy') : t('portfolio.exports.csv')}
      </button>
      {failure ? (
        <p role="alert" className="portfolio-exports__error">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
