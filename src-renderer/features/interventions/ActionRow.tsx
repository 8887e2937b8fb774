import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE, interventionById, type Action } from '../../../shared/interventions';
import { ApiCallError } from '../../api/client';
import { appStore, useAppStore } from '../../store';
import { dateEcho } from '../../i18n/labels';
import { useLang } from './use-lang';

/** How long typing must pause before a field is saved. */
export const SAVE_DELAY_MS = 500;

type Editable = Pick<Action, 'title' | 'owner' | 'successSignal'> & { dueDate: string };
type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

function editableOf(action: Action): Editable {
  return {
    title: action.title,
    owner: action.owner,
    successSignal: action.successSignal,
    dueDate: action.dueDate ?? '',
  };
}

/**
 * One chosen action: owner, due date and success signal, saved as they are typed, and its dots
 * once the revealed vote shows them (`showVotes`); before that no screen shows a tally.
 */
export function ActionRow({
  action,
  showVotes,
  onRemove,
}: {
  action: Action;
  showVotes: boolean;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const saveAction = useAppStore((state) => state.saveAction);
  const [draft, setDraft] = useState<Editable>(() => editableOf(action));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(draft);
  const id = useId();
  const dueEcho = dateEcho(draft.dueDate, lang);
  const intervention =
    action.interventionId === null ? undefined : interventionById(CATALOGUE, action.interventionId);

  async function flush(values: Editable) {
    setSaveState('saving');
    try {
      await saveAction({
        workshopId: action.workshopId,
        id: action.id,
        interventionId: action.interventionId,
        title: values.title,
        description: action.description,
        owner: values.owner,
        dueDate: values.dueDate,
        successSignal: values.successSignal,
        targets: action.targets,
        selected: true,
      });
      // Newer typing may have queued another save meanwhile; only the last one reports.
      if (latest.current === values) {
        setErrors({});
        setSaveState('saved');
      }
    } catch (error) {
      setErrors(error instanceof ApiCallError ? error.fieldErrors() : {});
      setSaveState('error');
    }
  }

  function change(field: keyof Editable, value: string) {
    const next = { ...latest.current, [field]: value };
    latest.current = next;
    setDraft(next);
    setSaveState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(next), SAVE_DELAY_MS);
  }

  useEffect(
    () => () => {
      // Leaving the screen must not lose what was typed in the last half second.
      if (timer.current) {
        clearTimeout(timer.current);
        const stored = appStore
          .getState()
          .actionsByWorkshop[action.workshopId]?.find((item) => item.id === action.id);
        // Unchosen meanwhile: saving now would choose it again.
        if (stored?.selected === true) void flush(latest.current);
      }
    },
    // flush reads refs only; running this once on unmount is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const title = draft.title || intervention?.title[lang] || '';
  const status =
    saveState === 'saving' || saveState === 'pending'
      ? t('interventions.plan.saving')
      : saveState === 'saved'
        ? t('interventions.plan.saved')
        : saveState === 'error'
          ? t('interventions.plan.saveFailed')
          : '';

  return (
    <li className="action-row" data-action-id={action.id}>
      <div className="action-row__head">
        {showVotes ? (
          <span className="action-row__count">
            {t('interventions.plan.votes', { count: action.votes })}
          </span>
        ) : null}
        {intervention ? (
          <h4 className="action-row__title">{title}</h4>
        ) : (
          <div className="field action-row__title-field">
            <label className="field__label" htmlFor={`${id}-title`}>
              {t('interventions.plan.actionTitle')}
            </label>
            <input
              id={`${id}-title`}
              className="input"
              value={draft.title}
              maxLength={200}
              aria-invalid={errors.title ? true : undefined}
              onChange={(event) => change('title', event.target.value)}
            />
          </div>
        )}
        <span className={`action-row__status action-row__status--${saveState}`} role="status">
          {status}
        </span>
        <button
          type="button"
          className="button button--small button--danger-quiet"
          onClick={onRemove}
        >
          {intervention ? t('interventions.plan.unchoose') : t('interventions.plan.remove')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <div className="action-row__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-owner`}>
            {t('interventions.plan.owner')}
          </label>
          <input
            id={`${id}-owner`}
            className="input"
            value={draft.owner}
            maxLength={200}
            placeholder={intervention?.owner[lang]}
            aria-invalid={errors.owner ? true : undefined}
            onChange={(event) => change('owner', event.target.value)}
          />
          {errors.owner ? <p className="field__error">{errors.owner}</p> : null}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-due`}>
            {t('interventions.plan.dueDate')}
          </label>
          <input
            id={`${id}-due`}
            className="input"
            type="date"
            value={draft.dueDate}
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={dueEcho ? `${id}-due-echo` : undefined}
            onChange={(event) => change('dueDate', event.target.value)}
          />
          {dueEcho ? (
            <p className="field__hint" id={`${id}-due-echo`}>
              {dueEcho}
            </p>
          ) : null}
          {errors.dueDate ? <p className="field__error">{errors.dueDate}</p> : null}
        </div>
        <div className="field action-row__signal">
          <label className="field__label" htmlFor={`${id}-signal`}>
            {t('interventions.plan.successSignal')}
          </label>
          <textarea
            id={`${id}-signal`}
            className="input"
            rows={2}
            maxLength={500}
            value={draft.successSignal}
            aria-invalid={errors.successSignal ? true : undefined}
            onChange={(event) => change('successSignal', event.target.value)}
          />
          {errors.successSignal ? <p className="field__error">{errors.successSignal}</p> : null}
        </div>
      </div>
    </li>
  );
}
