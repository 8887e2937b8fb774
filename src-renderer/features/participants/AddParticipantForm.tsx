import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesFromZod } from '../../../shared/api/errors';
import { ParticipantDraft, type Participant, type Workshop } from '../../../shared/domain/workshop';
import { Field } from '../../components/Field';
import { PlusIcon } from '../../components/icons';
import { roleLabel } from '../../i18n/labels';
import { useAppStore } from '../../store';
import {
  aliasTaken,
  errorsFromCall,
  focusFirstInvalid,
  NO_ERRORS,
  participantErrors,
  type ParticipantErrors,
} from './participant-form';

interface Props {
  workshop: Workshop;
  participants: readonly Participant[];
}

/** Adds one participant; Enter in any field submits, and focus returns to Alias for the next. */
export function AddParticipantForm({ workshop, participants }: Props) {
  const { t } = useTranslation();
  const addParticipants = useAppStore((state) => state.addParticipants);
  const announce = useAppStore((state) => state.announce);
  const [alias, setAlias] = useState('');
  const [role, setRole] = useState(workshop.roleGroups[0] ?? '');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const aliasRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  function fail(next: ParticipantErrors) {
    setErrors(next);
    focusFirstInvalid(formRef.current);
  }

  // The workshop's groups may have been edited since this form was opened.
  const roleValue = workshop.roleGroups.includes(role) ? role : (workshop.roleGroups[0] ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const draft: ParticipantDraft = { role: roleValue };
    if (alias.trim() !== '') draft.alias = alias;
    if (name.trim() !== '') draft.name = name;

    const checked = ParticipantDraft.safeParse(draft);
    if (!checked.success) return fail(participantErrors(t, issuesFromZod(checked.error), []));
    if (draft.alias && aliasTaken(participants, draft.alias)) {
      return fail({
        fields: { alias: t('participants.aliasTaken', { alias: alias.trim() }) },
        general: [],
      });
    }

    setSaving(true);
    try {
      const [added] = await addParticipants(workshop.id, [draft]);
      setAlias('');
      setName('');
      setErrors(NO_ERRORS);
      if (added) announce(t('participants.added', { alias: added.alias }));
      aliasRef.current?.focus();
    } catch (error) {
      fail(errorsFromCall(t, error, ['participants', 0]));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      ref={formRef}
      className="add-participant"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby="add-participant-title"
    >
      <h3 id="add-participant-title" className="subheading">
        {t('participants.addTitle')}
      </h3>
      <div className="add-participant__row">
        <Field
          label={t('participants.fields.alias')}
          error={errors.fields.alias}
          optional={t('common.optional')}
        >
          {(control) => (
            <input
              {...control}
              ref={aliasRef}
              className="input"
              value={alias}
              maxLength={40}
              autoComplete="off"
              placeholder={t('participants.aliasPlaceholder')}
              onChange={(event) => setAlias(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('participants.fields.role')} error={errors.fields.role}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={roleValue}
              onChange={(event) => setRole(event.target.value)}
            >
              {workshop.roleGroups.map((group) => (
                <option key={group} value={group}>
                  {roleLabel(t, group)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('participants.fields.name')}
          error={errors.fields.name}
          optional={t('common.optional')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={200}
              autoComplete="off"
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <div className="add-participant__submit">
          <button type="submit" className="button button--primary" disabled={saving}>
            <PlusIcon />
            {t('participants.add')}
          </button>
        </div>
      </div>
      <p className="field__hint">{t('participants.privacyHint')}</p>
      {errors.general.length > 0 ? (
        <div role="alert" className="notice notice--error">
          {errors.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
    </form>
  );
}
