import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { errorMessage } from '../../store/workshops-slice';

/** "Save as template": the agenda as it stands, under a name, for later workshops. */
export function SaveTemplateForm({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const template = await api.call('template:save', { workshopId, name });
      setName('');
      setError(null);
      setSaved(template.name);
    } catch (e) {
      setSaved(null);
      setError(errorMessage(e));
    }
  }

  return (
    <details className="agenda__add">
      <summary>{t('templates.saveAgenda')}</summary>
      <form onSubmit={(event) => void submit(event)} className="agenda__add-form">
        <label className="field">
          <span className="field__label">{t('templates.name')}</span>
          <input
            className="input input--compact"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p className="field__hint">{t('templates.saveHint')}</p>
        {error ? <p className="field__error">{error}</p> : null}
        {saved ? (
          <p role="status" className="field__hint">
            {t('templates.saved', { name: saved })}
          </p>
        ) : null}
        <button type="submit" className="button button--small">
          {t('templates.save')}
        </button>
      </form>
    </details>
  );
}
