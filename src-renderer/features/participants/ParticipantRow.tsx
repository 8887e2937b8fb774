import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesFromZod } from '../../../shared/api/errors';
import { contract } from '../../../shared/api/contract';
import type { Participant, Workshop } from '../../../shared/domain/workshop';
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
  participant: Participant;
  editing: boolean;
  onEdit(): void;
  onDone(): void;
  onRemove(): void;
}

/** One participant: shown as text, or edited in place (Enter saves, Escape cancels). */
export function ParticipantRow({
  workshop,
  participant,
  editing,
  onEdit,
  onDone,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const editRef = useRef<HTMLButtonElement>(null);

  if (editing) {
    return (
      <EditRow
        workshop={workshop}
        participant={participant}
        onDone={() => {
          onDone();
          // Back to the row's Edit button, so keyboard users keep their place in the table.
          requestAnimationFrame(() => editRef.current?.focus());
        }}
      />
    );
  }

  return (
    <tr>
      <th scope="row" className="participants-table__alias">
        {participant.alias}
      </th>
      <td>{roleLabel(t, participant.role)}</td>
      <td>{participant.name ?? <span className="muted">—</span>}</td>
      <td>
        <div className="row-actions">
          <button
            ref={editRef}
            type="button"
            className="button button--small"
            aria-label={t('participants.editNamed', { alias: participant.alias })}
            onClick={onEdit}
          >
            {t('common.edit')}
          </button>
          <button
            type="button"
            className="button button--small button--danger-quiet"
            aria-label={t('participants.removeNamed', { alias: participant.alias })}
            onClick={onRemove}
          >
            {t('participants.remove')}
          </button>
        </div>
      </td>
    </tr>
  );
}

interface EditRowProps {
  workshop: Workshop;
  participant: Participant;
  onDone(): void;
}

function EditRow({ workshop, participant, onDone }: EditRowProps) {
  const { t } = useTranslation();
  const participants = useAppStore((state) => state.participantsByWorkshop[workshop.id]);
  const updateParticipant = useAppStore((state) => state.updateParticipant);
  const announce = useAppStore((state) => state.announce);
  const formId = useId();
  const [alias, setAlias] = useState(participant.alias);
  const [role, setRole] = useState(participant.role);
  const [name, setName] = useState(participant.name ?? '');
  const [errors, setErrors] = useState<ParticipantErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const rowRef = useRef<HTMLTableRowElement>(null);

  // A group renamed since this participant was added still shows, so saving never changes it silently.
  const roles = workshop.roleGroups.includes(participant.role)
    ? workshop.roleGroups
    : [participant.role, ...workshop.roleGroups];

  function fail(next: ParticipantErrors) {
    setErrors(next);
    focusFirstInvalid(rowRef.current);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const update = { id: participant.id, alias, role, name };
    const checked = contract['participant:update'].input.safeParse(update);
    if (!checked.success) return fail(participantErrors(t, issuesFromZod(checked.error), []));
    if (aliasTaken(participants ?? [], alias, participant.id)) {
      return fail({
        fields: { alias: t('participants.aliasTaken', { alias: alias.trim() }) },
        general: [],
      });
    }
    setSaving(true);
    try {
      const saved = await updateParticipant(workshop.id, update);
      announce(t('participants.saved', { alias: saved.alias }));
      onDone();
    } catch (error) {
      setSaving(false);
      fail(errorsFromCall(t, error, []));
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  const errorId = (field: string) => `${formId}-${field}-error`;
  const fieldProps = (field: 'alias' | 'role' | 'name') => {
    const message = errors.fields[field];
    return {
      form: formId,
      'aria-invalid': message ? (true as const) : undefined,
      'aria-describedby': message ? errorId(field) : undefined,
      onKeyDown,
    };
  };
  const fieldError = (field: 'alias' | 'role' | 'name') =>
    errors.fields[field] ? (
      <p id={errorId(field)} className="field__error">
        {errors.fields[field]}
      </p>
    ) : null;

  return (
    <tr ref={rowRef} className="is-editing">
      <td>
        <input
          {...fieldProps('alias')}
          className="input input--compact"
          value={alias}
          maxLength={40}
          autoFocus
          aria-label={t('participants.aliasFor', { alias: participant.alias })}
          onChange={(event) => setAlias(event.target.value)}
        />
        {fieldError('alias')}
      </td>
      <td>
        <select
          {...fieldProps('role')}
          className="input input--compact"
          value={role}
          aria-label={t('participants.roleFor', { alias: participant.alias })}
          onChange={(event) => setRole(event.target.value)}
        >
          {roles.map((group) => (
            <option key={group} value={group}>
              {roleLabel(t, group)}
            </option>
          ))}
        </select>
        {fieldError('role')}
      </td>
      <td>
        <input
          {...fieldProps('name')}
          className="input input--compact"
          value={name}
          maxLength={200}
          aria-label={t('participants.nameFor', { alias: participant.alias })}
          onChange={(event) => setName(event.target.value)}
        />
        {fieldError('name')}
      </td>
      <td>
        {/* The row's fields join this form through their form attribute: a form cannot wrap a row. */}
        <form id={formId} noValidate onSubmit={(event) => void save(event)} className="row-actions">
          <button
            type="submit"
            className="button button--small button--primary"
            disabled={saving}
            onKeyDown={onKeyDown}
          >
            {t('common.save')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => onDone()}
            onKeyDown={onKeyDown}
          >
            {t('common.cancel')}
          </button>
        </form>
        {errors.general.length > 0 ? (
          <div role="alert" className="field__error">
            {errors.general.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
