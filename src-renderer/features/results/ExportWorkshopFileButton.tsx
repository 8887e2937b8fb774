import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { DownloadIcon } from '../../components/icons';
import { downloadJson, workshopFileName } from './workshop-file-io';
import './results.css';

/** Saves the workshop as a workshop file (`<title-slug>-<date>.edw.json`) through a download. */
export function ExportWorkshopFileButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const exportWorkshopFile = useAppStore((state) => state.exportWorkshopFile);
  const announce = useAppStore((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function save() {
    setBusy(true);
    setFailure(null);
    try {
      const file = await exportWorkshopFile(workshopId);
      const name = workshopFileName(file.workshop.title, file.workshop.date);
      downloadJson(name, file);
      announce(t('results.export.done', { name }));
    } catch (error) {
      setFailure(t('results.export.failed', { detail: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="export-file">
      <button type="button" className="button" onClick={() => void save()} disabled={busy}>
        <DownloadIcon />
        {busy ? t('results.export.busy') : t('results.export.action')}
      </button>
      {failure ? (
        <span role="alert" className="export-file__error">
          {failure}
        </span>
      ) : null}
    </span>
  );
}
