import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  linesWithErrors,
  parseParticipantList,
  type ParticipantLineError,
} from '../../../shared/domain/participant-list';
import { LANGUAGES, type Participant, type Workshop } from '../../../shared/domain/workshop';
import { ApiCallError } from '../../api/client';
import { splitIssuePath } from '../../forms/field-errors';
import { fieldMessage, roleLabel, roleSynonyms } from '../../i18n/labels';
import { useAppStore } from '../../store';

/** `participant:add` takes at most this many at once (shared/api/contract.ts). */
const MAX_AT_ONCE = 200;

interface Props {
  workshop: Workshop;
  participants: readonly Participant[];
}

function lineErrorText(t: TFunction, error: ParticipantLineError): string {
  return t('paste.lineError', {
    line: error.line,
    problem: t(`paste.errors.${error.kind}`, { value: error.value }),
  });
}

/**
 * Adds many participants from pasted text (a spreadsheet column, a list of roles…). Lines it
 * cannot read are listed with their reason; the good ones are added only once the facilitator
 * confirms, and the bad lines stay in the box to fix.
 */
export function PasteParticipants({ workshop, participants }: Props) {
  const { t } = useTranslation();
  const addParticipants = useAppStore((state) => state.addParticipants);
  const announce = useAppStore((state) => state.announce);
  const [text, setText] = useState('');
  const [hostErrors, setHostErrors] = useState<string[]>([]);
  const [showLineErrors, setShowLineErrors] = useState(false);
  // Set when the list has bad lines and the facilitator asked to add: adding the rest needs a yes.
  const [confirming, setConfirming] = useState(false);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  const parsed = useMemo(
    () =>
      parseParticipantList(text, {
        roleGroups: workshop.roleGroups,
        roleSynonyms: roleSynonyms(t, LANGUAGES),
        existingAliases: participants.map((participant) => participant.alias),
      }),
    [text, workshop.roleGroups, participants, t],
  );
  const tooMany = parsed.drafts.length > MAX_AT_ONCE;
  const problems = [
    ...parsed.errors.map((error) => lineErrorText(t, error)),
    ...(tooMany ? [t('paste.tooMany', { max: MAX_AT_ONCE })] : []),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setHostErrors([]);
    if (parsed.drafts.length === 0 && problems.length === 0) {
      setHostErrors([t('paste.nothing')]);
      return;
    }
    setShowLineErrors(true);
    if (tooMany) return;
    if (parsed.drafts.length === 0) {
      setHostErrors([t('paste.nothingGood')]);
      return;
    }
    if (parsed.errors.length > 0) {
      setConfirming(true);
      return;
    }
    await add('');
  }

  /** Sends the readable lines; `leftover` is what stays in the box (the lines still to fix). */
  async function add(leftover: string) {
    setConfirming(false);
    setSaving(true);
    try {
      const added = await addParticipants(workshop.id, parsed.drafts);
      const left = parsed.errors.length;
      announce(
        left === 0
          ? t('paste.added', { count: added.length })
          : `${t('paste.added', { count: added.length })} ${t('paste.leftToFix', { count: left })}`,
      );
      setText(leftover);
      setShowLineErrors(leftover !== '');
      // The confirmation that held the focus is gone; the box is where the work continues.
      textareaRef.current?.focus();
    } catch (error) {
      setHostErrors(hostErrorLines(t, error, parsed.lines));
    } finally {
      setSaving(false);
    }
  }

  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const errorsId = `${id}-errors`;
  const visibleProblems = showLineErrors || text.trim() !== '' ? problems : [];
  const allErrors = [...visibleProblems, ...hostErrors];

  return (
    <details className="paste">
      <summary>{t('paste.toggle')}</summary>
      <form noValidate onSubmit={(event) => void submit(event)} className="paste__form">
        <label htmlFor={listId} className="field__label">
          {t('paste.label')}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {t('paste.hint')}
        </p>
        <p className="field__hint">
          {t('paste.rolesHint', {
            roles: workshop.roleGroups.map((role) => roleLabel(t, role)).join(', '),
          })}
        </p>
        <textarea
          ref={textareaRef}
          id={listId}
          className="input paste__input"
          rows={6}
          value={text}
          spellCheck={false}
          placeholder={t('paste.placeholder')}
          aria-describedby={[`${id}-hint`, statusId, allErrors.length > 0 ? errorsId : null]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={allErrors.length > 0 ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setHostErrors([]);
            setConfirming(false);
          }}
          onKeyDown={(event) => {
            // Enter starts a new line here; Ctrl/Cmd+Enter adds the list.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.form?.requestSubmit();
            }
          }}
        />
        <p id={statusId} className="paste__status" aria-live="polite">
          {text.trim() === ''
            ? t('paste.statusEmpty')
            : parsed.errors.length === 0
              ? t('paste.status', { count: parsed.drafts.length })
              : `${t('paste.status', { count: parsed.drafts.length })} ${t('paste.statusBad', { count: parsed.errors.length })}`}
        </p>
        {allErrors.length > 0 ? (
          <ul
            id={errorsId}
            className="paste__errors field__error"
            role={showLineErrors || hostErrors.length > 0 ? 'alert' : undefined}
          >
            {allErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        {confirming ? (
          <div className="paste__confirm notice" role="alert">
            <p>
              {t('paste.confirm', {
                count: parsed.drafts.length,
                bad: t('paste.badLines', { count: parsed.errors.length }),
              })}
            </p>
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={saving}
                onClick={() => void add(linesWithErrors(text, parsed.errors))}
              >
                {t('paste.confirmAdd', { count: parsed.drafts.length })}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(false);
                  textareaRef.current?.focus();
                }}
              >
                {t('paste.keepEditing')}
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {t('paste.submit')}
            </button>
          </div>
        )}
      </form>
    </details>
  );
}

/** Host issues like `participants[3].alias` point at a draft; the facilitator knows lines. */
function hostErrorLines(t: TFunction, error: unknown, lines: readonly number[]): string[] {
  if (!(error instanceof ApiCallError) || (error.body.issues?.length ?? 0) === 0) {
    return [error instanceof Error ? error.message : String(error)];
  }
  return (error.body.issues ?? []).map((issue) => {
    const [head, index, field] = splitIssuePath(issue.path);
    const line = head === 'participants' && typeof index === 'number' ? lines[index] : undefined;
    const message = fieldMessage(t, issue.message);
    if (line === undefined) return message;
    const fieldName =
      typeof field === 'string' ? t(`participants.fields.${field}`, { defaultValue: field }) : '';
    return t('paste.lineError', {
      line,
      problem: fieldName ? `${fieldName}: ${message}` : message,
    });
  });
}
