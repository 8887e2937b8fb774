import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issuesFromZod, type FieldIssue } from '../../../shared/api/errors';
import {
  DEFAULT_ANONYMITY_THRESHOLD,
  DEFAULT_ROLE_GROUPS,
  LANGUAGES,
  MAX_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  WorkshopDraft,
  type Language,
  type Workshop,
  type WorkshopDraftInput,
} from '../../../shared/domain/workshop';
import { ApiCallError } from '../../api/client';
import { Field } from '../../components/Field';
import { INSTRUMENTS, NEW_WORKSHOP_INSTRUMENT } from '../../../shared/instrument';
import { groupIssues } from '../../forms/field-errors';
import { dateEcho, fieldMessage, todayIso } from '../../i18n/labels';
import { hrefFor, type Route } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { useAppStore } from '../../store';
import { RoleGroupEditor } from './RoleGroupEditor';
import { TemplateChoice } from '../templates/TemplateChoice';
import { api } from '../../api/client';
import { workshopDateProblem, workshopDateRange } from '../../../shared/domain/workshop-date';
import { TITLE_MAX } from '../../../shared/domain/workshop-title';

const FIELDS = [
  'title',
  'client',
  'team',
  'date',
  'facilitator',
  'language',
  'anonymityThreshold',
  'notes',
  'roleGroups',
] as const;
type FieldName = (typeof FIELDS)[number];

interface FormValues {
  title: string;
  client: string;
  team: string;
  date: string;
  facilitator: string;
  language: Language;
  anonymityThreshold: string;
  notes: string;
  roleGroups: string[];
}

type TextField = Exclude<FieldName, 'language' | 'roleGroups'>;

/** The values a new workshop starts with. */
export function emptyWorkshopValues(language: Language): FormValues {
  return {
    title: '',
    client: '',
    team: '',
    date: todayIso(),
    facilitator: '',
    language,
    anonymityThreshold: String(DEFAULT_ANONYMITY_THRESHOLD),
    notes: '',
    roleGroups: [...DEFAULT_ROLE_GROUPS],
  };
}

/** The form's values for an existing workshop. */
export function workshopValues(workshop: Workshop): FormValues {
  return {
    title: workshop.title,
    client: workshop.client,
    team: workshop.team,
    date: workshop.date,
    facilitator: workshop.facilitator,
    language: workshop.language,
    anonymityThreshold: String(workshop.anonymityThreshold),
    notes: workshop.notes,
    roleGroups: [...workshop.roleGroups],
  };
}

function toDraft(values: FormValues): WorkshopDraftInput {
  const k = values.anonymityThreshold.trim();
  return { ...values, anonymityThreshold: k === '' ? Number.NaN : Number(k) };
}

interface WorkshopFormProps {
  /** Absent when creating a workshop. */
  workshopId?: string;
  initial: FormValues;
}

/** Sets up or edits a workshop; nothing is written unless both the form and the host accept it. */
export function WorkshopForm({ workshopId, initial }: WorkshopFormProps) {
  const { t, i18n } = useTranslation();
  const createWorkshop = useAppStore((state) => state.createWorkshop);
  const updateWorkshop = useAppStore((state) => state.updateWorkshop);
  const announce = useAppStore((state) => state.announce);

  const [values, setValues] = useState(initial);
  // Which statements a new workshop asks; fixed once answers could exist, so not on edit.
  const [instrumentVersion, setInstrumentVersion] = useState(NEW_WORKSHOP_INSTRUMENT.version);
  // A new workshop's agenda: the default one ('') or an agenda template's.
  const [templateId, setTemplateId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [otherIssues, setOtherIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const editing = workshopId !== undefined;
  const today = todayIso();
  const dateRange = workshopDateRange(today);
  const backTo: Route = editing ? { name: 'workshop', id: workshopId } : { name: 'home' };

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? summaryRef.current)?.focus();
  }, [focusRequest]);

  function set<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _cleared, ...rest } = current;
      return rest;
    });
  }

  function showIssues(issues: readonly FieldIssue[], prefix: string[]) {
    const grouped = groupIssues(issues, FIELDS, prefix);
    const translated: Partial<Record<FieldName, string>> = {};
    for (const field of FIELDS) {
      const message = grouped.byField[field];
      if (message !== undefined) translated[field] = fieldMessage(t, message);
    }
    setErrors(translated);
    setOtherIssues(grouped.other);
    setFocusRequest((count) => count + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const draft = toDraft(values);
    const checked = WorkshopDraft.safeParse(draft);
    if (!checked.success) return showIssues(issuesFromZod(checked.error), []);
    // The host checks the range too; an unchanged date of an old (imported) workshop may stay.
    const dateProblem =
      values.date === initial.date && editing ? null : workshopDateProblem(values.date, today);
    if (dateProblem !== null) return showIssues([{ path: 'date', message: dateProblem }], []);

    setSaving(true);
    try {
      // The host validates again: the form's check only saves a round trip.
      const saved = editing
        ? await updateWorkshop(workshopId, draft)
        : templateId
          ? await api.call('template:startWorkshop', {
              templateId,
              draft: { ...draft, instrumentVersion },
            })
          : await createWorkshop({ ...draft, instrumentVersion });
      announce(t(editing ? 'workshopForm.saved' : 'workshopForm.created', { title: saved.title }));
      navigate({ name: 'workshop', id: saved.id });
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiCallError && (error.body.issues?.length ?? 0) > 0) {
        showIssues(error.body.issues ?? [], editing || templateId ? ['draft'] : []);
      } else {
        setErrors({});
        setOtherIssues([]);
        setFormError(error instanceof Error ? error.message : String(error));
        setFocusRequest((count) => count + 1);
      }
    }
  }

  const hasErrors = Object.keys(errors).length > 0 || otherIssues.length > 0 || formError !== null;

  const text = (
    field: TextField,
    label: string,
    options: { optional?: boolean; hint?: string } = {},
  ) => (
    // No maxLength: the browser would cut a pasted title silently; the schema refuses it with
    // the limit stated instead.
    <Field
      label={label}
      error={errors[field]}
      hint={options.hint}
      optional={options.optional ? t('common.optional') : undefined}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          required={field === 'title'}
          autoComplete="off"
        />
      )}
    </Field>
  );

  return (
    <form
      ref={formRef}
      className="form workshop-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {hasErrors ? (
        <div ref={summaryRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <p className="notice__title">
            {formError ? t('workshopForm.saveFailed') : t('workshopForm.checkFields')}
          </p>
          {formError ? <p>{formError}</p> : null}
          {otherIssues.length > 0 ? (
            <ul>
              {otherIssues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  {issue.path ? `${issue.path}: ` : ''}
                  {fieldMessage(t, issue.message)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <div className="form-grid">
        <div className="form-grid__wide">
          {text('title', t('workshop.fields.title'), {
            hint: t('workshopForm.titleHint', { max: TITLE_MAX }),
          })}
        </div>
        {text('client', t('workshop.fields.client'), { optional: true })}
        {text('team', t('workshop.fields.team'), { optional: true })}
        <Field
          label={t('workshop.fields.date')}
          error={errors.date}
          hint={dateEcho(values.date, i18n.language) || undefined}
        >
          {(control) => (
            <input
              {...control}
              type="date"
              className="input"
              min={dateRange.earliest}
              max={dateRange.latest}
              value={values.date}
              onChange={(event) => set('date', event.target.value)}
              required
            />
          )}
        </Field>
        {text('facilitator', t('workshop.fields.facilitator'), { optional: true })}
        <Field
          label={t('workshop.fields.language')}
          error={errors.language}
          hint={t('workshopForm.languageHint')}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.language}
              onChange={(event) => set('language', event.target.value as Language)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {editing ? null : (
          <Field label={t('workshopForm.instrument')} hint={t('workshopForm.instrumentHint')}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={instrumentVersion}
                onChange={(event) => setInstrumentVersion(event.target.value)}
              >
                {INSTRUMENTS.map((instrument) => (
                  <option key={instrument.version} value={instrument.version}>
                    {t(`workshopForm.instruments.${instrument.version.replace(/\./g, '_')}`, {
                      count: instrument.items.length,
                    })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {editing ? null : <TemplateChoice value={templateId} onChange={setTemplateId} />}
        <Field
          label={t('workshop.fields.anonymityThreshold')}
          error={errors.anonymityThreshold}
          hint={t('workshopForm.anonymityHint', {
            min: MIN_ANONYMITY_THRESHOLD,
            max: MAX_ANONYMITY_THRESHOLD,
            default: DEFAULT_ANONYMITY_THRESHOLD,
          })}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              className="input input--short"
              min={MIN_ANONYMITY_THRESHOLD}
              max={MAX_ANONYMITY_THRESHOLD}
              step={1}
              value={values.anonymityThreshold}
              onChange={(event) => set('anonymityThreshold', event.target.value)}
            />
          )}
        </Field>
        <div className="form-grid__wide">
          <RoleGroupEditor
            value={values.roleGroups}
            error={errors.roleGroups}
            onChange={(next) => set('roleGroups', next)}
          />
        </div>
        <div className="form-grid__wide">
          <Field
            label={t('workshop.fields.notes')}
            error={errors.notes}
            optional={t('common.optional')}
            hint={t('workshopForm.notesHint')}
          >
            {(control) => (
              <textarea
                {...control}
                className="input"
                rows={4}
                maxLength={5000}
                value={values.notes}
                onChange={(event) => set('notes', event.target.value)}
              />
            )}
          </Field>
        </div>
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={saving}>
          {saving
            ? t('workshopForm.saving')
            : editing
              ? t('workshopForm.saveChanges')
              : t('workshopForm.create')}
        </button>
        <a className="button button--large" href={hrefFor(backTo)}>
          {t('common.cancel')}
        </a>
      </div>
    </form>
  );
}
