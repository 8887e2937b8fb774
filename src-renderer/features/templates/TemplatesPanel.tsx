import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate } from '../../../shared/templates/agenda-template';
import { api, ApiCallError } from '../../api/client';
import { errorMessage } from '../../store/workshops-slice';
import { useAppStore } from '../../store';
import { downloadBlob } from '../report/download';
import './templates.css';

/** Too big to be a template: refused before it is read (the host refuses it too). */
const MAX_FILE_BYTES = 64 * 1024;
const PROBLEM_CODES = ['too_large', 'not_json', 'wrong_format', 'wrong_version'];

/** The installation's agenda templates: rename, delete, export and import. */
export function TemplatesPanel() {
  const { t } = useTranslation();
  const announce = useAppStore((state) => state.announce);
  const [templates, setTemplates] = useState<AgendaTemplate[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  async function load() {
    setTemplates(await api.call('template:list', {}));
  }

  useEffect(() => {
    api.call('template:list', {}).then(setTemplates, (e: unknown) => setError(errorMessage(e)));
  }, []);

  /** A refused file said in the UI's language where the host gave a code for it. */
  function problem(error: unknown): string {
    const issue = error instanceof ApiCallError ? error.body.issues?.[0] : undefined;
    if (issue?.code && PROBLEM_CODES.includes(issue.code)) {
      return t(`templates.problems.${issue.code}`, issue.params ?? {});
    }
    return errorMessage(error);
  }

  async function act(work: () => Promise<string | null>) {
    try {
      const done = await work();
      setError(null);
      if (done) announce(done);
      await load();
    } catch (e) {
      setError(problem(e));
    }
  }

  async function importFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setError(t('templates.tooLarge', { name: file.name, max: MAX_FILE_BYTES / 1024 }));
      return;
    }
    const text = await file.text();
    await act(async () => {
      const template = await api.call('template:import', { text });
      return t('templates.imported', { name: template.name });
    });
  }

  return (
    <section className="card templates" aria-labelledby="templates-title">
      <div className="templates__header">
        <h2 id="templates-title" className="card__title">
          {t('templates.title')}
        </h2>
        <button
          type="button"
          className="button button--small"
          onClick={() => fileRef.current?.click()}
        >
          {t('templates.import')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="template-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {t('templates.failed', { detail: error })}
        </p>
      ) : null}
      {templates.length === 0 ? (
        <p className="templates__empty">{t('templates.empty')}</p>
      ) : (
        <ul className="templates__list">
          {templates.map((template) => (
            <li key={template.id} className="templates__item">
              {editing?.id === template.id ? (
                <form
                  className="templates__rename"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void act(async () => {
                      const renamed = await api.call('template:rename', editing);
                      setEditing(null);
                      return t('templates.renamed', { name: renamed.name });
                    });
                  }}
                >
                  <input
                    className="input input--compact"
                    aria-label={t('templates.name')}
                    value={editing.name}
                    onChange={(e) => setEditing({ id: template.id, name: e.target.value })}
                  />
                  <button type="submit" className="button button--small button--primary">
                    {t('templates.save')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setEditing(null)}
                  >
                    {t('common.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <span className="templates__name">{template.name}</span>
                  <span className="templates__meta">
                    {t('templates.sections', { count: template.sections.length })}
                  </span>
                  <span className="templates__tools">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setEditing({ id: template.id, name: template.name })}
                    >
                      {t('templates.rename')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() =>
                        void act(async () => {
                          const file = await api.call('template:export', { id: template.id });
                          downloadBlob(
                            file.filename,
                            new Blob([file.text], { type: 'application/json' }),
                          );
                          return null;
                        })
                      }
                    >
                      {t('templates.export')}
                    </button>
                    {deleting === template.id ? (
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() =>
                          void act(async () => {
                            await api.call('template:delete', { id: template.id });
                            setDeleting(null);
                            return t('templates.deleted', { name: template.name });
                          })
                        }
                      >
                        {t('templates.confirmDelete', { name: template.name })}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setDeleting(template.id)}
                      >
                        {t('templates.delete')}
                      </button>
                    )}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
