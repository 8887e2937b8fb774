import { ConfirmDialog } from '../../components/ConfirmDialog';
import { UploadIcon } from '../../components/icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api/client';
import { formatDate } from '../../i18n/labels';
import { navigate } from '../../router/use-route';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { issueText } from './issue-text';
import { issueLines, readWorkshopFile } from './workshop-file-io';
import './results.css';

export interface ImportProblem {
  title: string;
  /** `path: message` lines of an invalid file, at most MAX_LISTED_ISSUES. */
  lines: string[];
  more: number;
}

/** A read file whose workshop looks like a stored one, waiting for "Import a copy" or Cancel. */
export interface PendingCopy {
  name: string;
  data: unknown;
  title: string;
  date: string;
}

export interface WorkshopImport {
  busy: boolean;
  problem: ImportProblem | null;
  duplicate: PendingCopy | null;
  importFile(file: File): Promise<void>;
  importCopy(): Promise<void>;
  cancelCopy(): void;
}

/** The title and date a file names, for the question; the host has checked them already. */
function fileWorkshop(data: unknown): { title: string; date: string } {
  const workshop = (data as { workshop?: { title?: unknown; date?: unknown } } | null)?.workshop;
  return {
    title: typeof workshop?.title === 'string' ? workshop.title.trim() : '',
    date: typeof workshop?.date === 'string' ? workshop.date : '',
  };
}

/** Picking, reading and importing a workshop file; the new workshop opens when it is stored. */
export function useWorkshopImport(): WorkshopImport {
  const { t } = useTranslation();
  const importWorkshopFile = useAppStore((state) => state.importWorkshopFile);
  const announce = useAppStore((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ImportProblem | null>(null);
  const [duplicate, setDuplicate] = useState<PendingCopy | null>(null);

  async function importFile(file: File) {
    setBusy(true);
    setProblem(null);
    setDuplicate(null);
    const name = file.name;
    try {
      const read = await readWorkshopFile(file);
      if (!read.ok) {
        setProblem({
          title:
            read.reason === 'too_large'
              ? t('results.import.tooLarge', { name, size: read.detail })
              : read.reason === 'not_utf8'
                ? t('results.import.notUtf8', { name, offset: read.detail })
                : t('results.import.notJson', { name, detail: read.detail }),
          lines: [],
          more: 0,
        });
        return;
      }
      await store(name, read.data, false);
    } finally {
      setBusy(false);
    }
  }

  /** Stores a read file; a look-alike of a stored workshop is asked about first. */
  async function store(name: string, data: unknown, confirmDuplicate: boolean) {
    try {
      const workshop = await importWorkshopFile(data, confirmDuplicate);
      setDuplicate(null);
      announce(t('results.import.done', { title: workshop.title }));
      navigate({ name: 'workshop', id: workshop.id });
    } catch (error) {
      if (error instanceof ApiCallError && error.body.code === 'conflict' && !confirmDuplicate) {
        setDuplicate({ name, data, ...fileWorkshop(data) });
      } else if (error instanceof ApiCallError && error.body.code === 'invalid_input') {
        const { lines, more } = issueLines(error.body.issues ?? [], undefined, (issue) =>
          issueText(t, issue),
        );
        setProblem({ title: t('results.import.invalid', { name }), lines, more });
      } else {
        setProblem({
          title: t('results.import.failed', { name, detail: errorMessage(error) }),
          lines: [],
          more: 0,
        });
        setDuplicate(null);
      }
    }
  }

  async function importCopy() {
    if (!duplicate) return;
    setBusy(true);
    try {
      await store(duplicate.name, duplicate.data, true);
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    problem,
    duplicate,
    importFile,
    importCopy,
    cancelCopy: () => setDuplicate(null),
  };
}

/** The "Import workshop file" button with its (hidden) file picker. */
export function ImportWorkshopButton({
  importer,
  primary = false,
}: {
  importer: WorkshopImport;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button--primary' : 'button'}
        onClick={() => inputRef.current?.click()}
        disabled={importer.busy}
        aria-busy={importer.busy}
      >
        {/* A large file is read and checked on the host's worker thread for a few seconds: the
            spinner says work goes on, as the report export's does. */}
        {importer.busy ? (
          <span className="import-button__spinner" aria-hidden="true" data-testid="import-busy" />
        ) : (
          <UploadIcon />
        )}
        {importer.busy ? t('results.import.busy') : t('results.import.action')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        // The button above is what people and assistive technology use; the picker stays out of view.
        hidden
        aria-label={t('results.import.action')}
        data-testid="import-workshop-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still fires a change.
          event.target.value = '';
          if (file) void importer.importFile(file);
        }}
      />
    </>
  );
}

/** Why the last file was refused, with the first problems by JSON path; or whether to import a copy. */
export function ImportWorkshopProblem({ importer }: { importer: WorkshopImport }) {
  const { problem } = importer;
  return (
    <>
      <ImportCopyQuestion importer={importer} />
      <ImportProblemAlert problem={problem} />
    </>
  );
}

/**
 * "Import a copy anyway?" for a file whose workshop is already here (same title and date, as for
 * an archive): nothing is stored until the facilitator says so.
 */
function ImportCopyQuestion({ importer }: { importer: WorkshopImport }) {
  const { t, i18n } = useTranslation();
  const { duplicate, busy } = importer;
  if (!duplicate) return null;
  return (
    <ConfirmDialog
      title={t('results.import.duplicateTitle')}
      confirmLabel={t('results.import.importCopy')}
      busyLabel={t('results.import.busy')}
      cancelLabel={t('results.import.cancel')}
      busy={busy}
      onConfirm={() => void importer.importCopy()}
      onCancel={importer.cancelCopy}
    >
      <p>
        {t('results.import.duplicate', {
          name: duplicate.name,
          title: duplicate.title,
          date: formatDate(duplicate.date, i18n.resolvedLanguage ?? i18n.language),
        })}
      </p>
    </ConfirmDialog>
  );
}

function ImportProblemAlert({ problem }: { problem: ImportProblem | null }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="import-problem">
      {problem ? (
        <div className="notice notice--error">
          <p className="notice__title">{problem.title}</p>
          {problem.lines.length > 0 ? (
            <>
              <p>{t('results.import.firstProblems')}</p>
              <ul className="import-problem__issues">
                {problem.lines.map((line, index) => (
                  <li key={index}>
                    <code>{line}</code>
                  </li>
                ))}
              </ul>
              {problem.more > 0 ? <p>{t('results.import.more', { count: problem.more })}</p> : null}
            </>
          ) : null}
          <p>{t('results.import.nothingCreated')}</p>
        </div>
      ) : null}
    </div>
  );
}
