import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate } from '../../../shared/templates/agenda-template';
import { api } from '../../api/client';
import { Field } from '../../components/Field';

/** Which agenda a new workshop starts with: the default one ('') or a template's id. */
export function TemplateChoice({
  value,
  onChange,
}: {
  value: string;
  onChange: (templateId: string) => void;
}) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<AgendaTemplate[]>([]);

  useEffect(() => {
    // Without the list the default agenda is still a complete choice.
    api.call('template:list', {}).then(setTemplates, () => setTemplates([]));
  }, []);

  return (
    <Field label={t('templates.agenda')} hint={t('templates.agendaHint')}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{t('templates.defaultAgenda')}</option>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
