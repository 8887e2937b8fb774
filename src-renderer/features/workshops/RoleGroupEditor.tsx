import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon, PencilIcon, PlusIcon } from '../../components/icons';
import { roleLabel } from '../../i18n/labels';

const MAX_ROLE_GROUPS = 20;
const MAX_ROLE_LENGTH = 40;

interface RoleGroupEditorProps {
  value: string[];
  onChange(next: string[]): void;
  /** A message from the schema or host about the list as a whole. */
  error?: string | undefined;
}

/**
 * The workshop's role groups as chips: add, rename and remove. Default groups show translated,
 * but keep their stored English id unless the facilitator actually renames them.
 */
export function RoleGroupEditor({ value, onChange, error }: RoleGroupEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [editText, setEditText] = useState('');
  const addRef = useRef<HTMLInputElement>(null);

  const label = (role: string) => roleLabel(t, role);
  const clash = (name: string, except: number | null) =>
    value.some(
      (role, index) =>
        index !== except &&
        (role.toLowerCase() === name.toLowerCase() ||
          label(role).toLowerCase() === name.toLowerCase()),
    );

  function add() {
    const name = newName.trim();
    if (name === '') return;
    if (name.length > MAX_ROLE_LENGTH)
      return setAddError(t('errors.tooLong', { max: MAX_ROLE_LENGTH }));
    if (value.length >= MAX_ROLE_GROUPS)
      return setAddError(t('errors.roleGroupsTooMany', { max: MAX_ROLE_GROUPS }));
    if (clash(name, null)) return setAddError(t('roleGroups.alreadyThere', { name }));
    onChange([...value, name]);
    setNewName('');
    setAddError(null);
  }

  function startEditing(index: number) {
    setEditing(index);
    setEditText(label(value[index] ?? ''));
  }

  function commitEdit(index: number) {
    const original = value[index];
    const name = editText.trim();
    setEditing(null);
    // An untouched translated default keeps its stored id ("leadership", not "Liderazgo").
    if (original === undefined || name === '' || name === label(original) || clash(name, index))
      return;
    onChange(value.map((role, at) => (at === index ? name.slice(0, MAX_ROLE_LENGTH) : role)));
  }

  function remove(index: number) {
    onChange(value.filter((_, at) => at !== index));
    addRef.current?.focus();
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const shownError = addError ?? error;
  const describedBy = [shownError ? errorId : null, hintId].filter(Boolean).join(' ');

  return (
    <fieldset
      className={`field role-groups${shownError ? ' field--invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{t('workshop.fields.roleGroups')}</legend>
      <p id={hintId} className="field__hint">
        {t('roleGroups.hint')}
      </p>
      <ul className="chips" aria-label={t('workshop.fields.roleGroups')}>
        {value.map((role, index) => (
          <li key={`${index}-${role}`} className="chip">
            {editing === index ? (
              <input
                className="chip__input"
                value={editText}
                maxLength={MAX_ROLE_LENGTH}
                aria-label={t('roleGroups.renameInput', { name: label(role) })}
                autoFocus
                onChange={(event) => setEditText(event.target.value)}
                onBlur={() => commitEdit(index)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    commitEdit(index);
                  } else if (event.key === 'Escape') {
                    event.preventDefault();
                    setEditing(null);
                  }
                }}
              />
            ) : (
              <>
                <span className="chip__label">{label(role)}</span>
                <button
                  type="button"
                  className="chip__button"
                  aria-label={t('roleGroups.rename', { name: label(role) })}
                  title={t('roleGroups.rename', { name: label(role) })}
                  onClick={() => startEditing(index)}
                >
                  <PencilIcon />
                </button>
                <button
                  type="button"
                  className="chip__button"
                  aria-label={t('roleGroups.remove', { name: label(role) })}
                  title={t('roleGroups.remove', { name: label(role) })}
                  onClick={() => remove(index)}
                >
                  <CloseIcon />
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="role-groups__add">
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('roleGroups.newLabel')}
        </label>
        <input
          id={`${id}-new`}
          ref={addRef}
          className="input"
          value={newName}
          maxLength={MAX_ROLE_LENGTH}
          placeholder={t('roleGroups.newPlaceholder')}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? errorId : undefined}
          onChange={(event) => {
            setNewName(event.target.value);
            setAddError(null);
          }}
          onKeyDown={(event) => {
            // Enter here adds the group; the workshop is saved with its own button.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="button" onClick={add}>
          <PlusIcon />
          {t('roleGroups.add')}
        </button>
      </div>
      {shownError ? (
        <p id={errorId} className="field__error">
          {shownError}
        </p>
      ) : null}
    </fieldset>
  );
}
