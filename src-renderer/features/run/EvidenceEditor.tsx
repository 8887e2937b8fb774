import {
  Fragment,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  OWNER_CLEAR,
  RECORD_PLACES,
  REPLAYABLE,
  VERIFIED_STATUSES,
  type FileDecisionEntry,
  type FileRealityCheckEntry,
} from '../../../shared/format/workshop-file';
import type { Language } from '../../../shared/domain/workshop';
import type { Evidence } from '../../../shared/run/api';
import { api } from '../../api/client';

/** Temporary ids of rows shown before the host has stored them. */
const pending = { serial: 0 };

function nextPendingId(): string {
  pending.serial += 1;
  return `pending-${pending.serial}`;
}

function focusDraft(id: string): void {
  document.getElementById(id)?.focus();
}

/** A row's values; null is "not assessed", which adds no gap (docs/scoring.md, "Evidence"). */
type Value = string | boolean | null;
type Fields = Record<string, Value>;

interface Column {
  key: string;
  kind: 'text' | 'choice' | 'flag';
  options?: readonly string[];
  /** Typed on a line of its own, above the status columns: the entry's title. */
  line?: boolean;
  /** Drawn under another column's field, in its cell: a note that belongs to that choice. */
  under?: string;
}

/** Yes/no fields are chosen like the others, so "not assessed" stays distinct from "no". */
const FLAG_OPTIONS = ['yes', 'no'] as const;

interface Kind {
  name: 'realityCheck' | 'decision';
  columns: Column[];
  blank: Fields;
}

const REALITY: Kind = {
  name: 'realityCheck',
  columns: [
    { key: 'title', kind: 'text', line: true },
    { key: 'reported', kind: 'text' },
    { key: 'verified', kind: 'choice', options: VERIFIED_STATUSES },
    { key: 'ownerClear', kind: 'choice', options: OWNER_CLEAR },
    { key: 'decisionTraceable', kind: 'flag' },
  ],
  blank: {
    title: '',
    // Replaced by the workshop language's word for "done" (run.evidence.realityCheck.reportedDone).
    reported: '',
    verified: null,
    ownerClear: null,
    decisionTraceable: null,
  },
};

const DECISION: Kind = {
  name: 'decision',
  columns: [
    { key: 'title', kind: 'text', line: true },
    { key: 'deciderKnown', kind: 'flag' },
    { key: 'inputsKnown', kind: 'flag' },
    { key: 'recorded', kind: 'choice', options: RECORD_PLACES },
    { key: 'recordedNote', kind: 'text', under: 'recorded' },
    { key: 'replayable', kind: 'choice', options: REPLAYABLE },
  ],
  blank: {
    title: '',
    deciderKnown: null,
    inputsKnown: null,
    recorded: null,
    recordedNote: '',
    replayable: null,
  },
};

interface Row {
  id: string;
  fields: Fields;
  saved: Fields;
  status: 'saved' | 'saving' | 'error';
}

/**
 * A row's save state. Saved and saving are a mark with the word for screen readers and as a
 * tooltip, so the column stays narrow enough for the status choices to be read whole; a row that
 * was not saved says so in words, as it needs the facilitator's eye.
 */
function RowState({ status, label }: { status: Row['status']; label: string }) {
  if (status === 'error') {
    return <span className="evidence__state evidence__state--error">{label}</span>;
  }
  return (
    <span className={`evidence__state evidence__state--${status}`} title={label}>
      <span aria-hidden="true">{status === 'saved' ? '✓' : '…'}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** The title's column, and the status columns drawn under it (notes go inside their choice's cell). */
function layoutOf(kind: Kind): { titleColumn: Column; statusColumns: Column[] } {
  const titleColumn = kind.columns.find((column) => column.line);
  if (!titleColumn) throw new Error(`The ${kind.name} table has no title column`);
  const statusColumns = kind.columns.filter((column) => !column.line && column.under === undefined);
  return { titleColumn, statusColumns };
}

function pick(kind: Kind, source: Record<string, unknown>): Fields {
  const out: Fields = {};
  for (const column of kind.columns) {
    const value = source[column.key];
    out[column.key] =
      typeof value === 'boolean' || typeof value === 'string'
        ? value
        : column.kind === 'text'
          ? ''
          : null;
  }
  return out;
}

interface EditorProps {
  workshopId: string;
  /** The workshop's language, in which its entries are written. */
  language: Language;
}

const same = (a: Fields, b: Fields) => Object.keys(a).every((key) => a[key] === b[key]);

/** The Reality Check table: the work reported done, verified by the room. */
export function RealityCheckEditor({ workshopId, language }: EditorProps) {
  const { t } = useTranslation();
  // The entries are the workshop's record and print in its report: "done" in its language.
  const kind = useMemo(
    () => ({
      ...REALITY,
      blank: {
        ...REALITY.blank,
        reported: t('run.evidence.realityCheck.reportedDone', { lng: language }),
      },
    }),
    [t, language],
  );
  return <EvidenceEditor workshopId={workshopId} kind={kind} />;
}

/** The Decision Replay table: recent decisions, and whether the room can replay them. */
export function DecisionReplayEditor({ workshopId }: EditorProps) {
  return <EvidenceEditor workshopId={workshopId} kind={DECISION} />;
}

/**
 * Evidence at typing speed: Enter saves the row and starts a new one; in a status column the keys
 * 1–4 pick the option and Space flips a yes/no. Each row is written as soon as it changes.
 */
function EvidenceEditor({ workshopId, kind }: { workshopId: string; kind: Kind }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>([]);
  const [draft, setDraft] = useState<Fields>(kind.blank);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const draftTitleId = useId();
  const { titleColumn, statusColumns } = useMemo(() => layoutOf(kind), [kind]);

  const receive = useCallback(
    (evidence: Evidence) => {
      const list = kind.name === 'realityCheck' ? evidence.realityCheck : evidence.decisions;
      const stored: Row[] = list.map((entry) => {
        const fields = pick(kind, entry);
        return { id: entry.id, fields, saved: fields, status: 'saved' };
      });
      // Rows typed while the list was loading stay: the facilitator may start before it arrives.
      setRows((current) => [
        ...stored,
        ...current.filter((row) => !stored.some((item) => item.id === row.id)),
      ]);
      setLoaded(true);
    },
    [kind],
  );

  useEffect(() => {
    let live = true;
    api.call('evidence:list', { workshopId }).then(
      (evidence) => live && receive(evidence),
      (failure: unknown) => live && setError(String(failure)),
    );
    return () => {
      live = false;
    };
  }, [workshopId, receive]);

  async function saveRow(id: string, fields: Fields) {
    const row = rows.find((item) => item.id === id);
    if (!row || row.id.startsWith('pending-') || same(row.saved, fields)) return;
    if (fields.title === '') return;
    setRows((list) => list.map((item) => (item.id === id ? { ...item, status: 'saving' } : item)));
    try {
      const entry = fields as unknown;
      if (kind.name === 'realityCheck') {
        await api.call('realityCheck:update', {
          workshopId,
          id,
          entry: entry as FileRealityCheckEntry,
        });
      } else {
        await api.call('decision:update', { workshopId, id, entry: entry as FileDecisionEntry });
      }
      setRows((list) =>
        list.map((item) => (item.id === id ? { ...item, saved: fields, status: 'saved' } : item)),
      );
      setError(null);
    } catch (failure) {
      setRows((list) => list.map((item) => (item.id === id ? { ...item, status: 'error' } : item)));
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function addDraft() {
    if (typeof draft.title !== 'string' || draft.title.trim() === '') return;
    // The row appears at once (marked saving) and the draft empties, so the next entry can be
    // typed while this one is written; it reads "Saved" only once the host has committed it.
    const fields = draft;
    const pendingId = nextPendingId();
    setDraft(kind.blank);
    setRows((list) => [...list, { id: pendingId, fields, saved: fields, status: 'saving' }]);
    focusDraft(draftTitleId);
    try {
      const entry = fields as unknown;
      const added =
        kind.name === 'realityCheck'
          ? await api.call('realityCheck:add', {
              workshopId,
              entry: entry as FileRealityCheckEntry,
            })
          : await api.call('decision:add', { workshopId, entry: entry as FileDecisionEntry });
      const stored = pick(kind, added);
      setRows((list) =>
        list.map((item) =>
          item.id === pendingId
            ? { id: added.id, fields: stored, saved: stored, status: 'saved' }
            : item,
        ),
      );
      setError(null);
    } catch (failure) {
      setRows((list) => list.filter((item) => item.id !== pendingId));
      setDraft((current) => (same(current, kind.blank) ? fields : current));
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  async function remove(id: string) {
    try {
      if (kind.name === 'realityCheck') await api.call('realityCheck:remove', { workshopId, id });
      else await api.call('decision:remove', { workshopId, id });
      setRows((list) => list.filter((item) => item.id !== id));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  function cellKeys(
    event: KeyboardEvent<HTMLElement>,
    column: Column,
    change: (next: Value) => void,
    commit: () => void,
  ) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
      return;
    }
    if (column.kind !== 'text' && event.key === '0') {
      event.preventDefault();
      change(null);
      return;
    }
    if (column.kind === 'choice' && column.options && /^[1-9]$/.test(event.key)) {
      const option = column.options[Number(event.key) - 1];
      if (option) {
        event.preventDefault();
        change(option);
      }
    }
    if (column.kind === 'flag' && /^[yn12]$/.test(event.key)) {
      event.preventDefault();
      change(event.key === 'y' || event.key === '1');
    }
  }

  function renderCell(
    column: Column,
    fields: Fields,
    label: string,
    change: (next: Value) => void,
    commit: () => void,
    blur: () => void,
    inputId?: string,
  ) {
    const value = fields[column.key] ?? null;
    // A header's soft hyphens are for the narrow column only, not for the label read aloud.
    const heading = t(`run.evidence.${kind.name}.${column.key}`).replace(/\u00ad/g, '');
    const aria = `${heading}, ${label}`;
    if (column.kind === 'text') {
      return (
        <input
          id={inputId}
          className="input input--compact"
          value={String(value ?? '')}
          aria-label={aria}
          maxLength={column.key === 'title' ? 300 : 200}
          onChange={(event) => change(event.target.value)}
          onBlur={blur}
          onKeyDown={(event) => cellKeys(event, column, change, commit)}
        />
      );
    }
    const flag = column.kind === 'flag';
    const options = flag ? FLAG_OPTIONS : (column.options ?? []);
    const selected =
      value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : value;
    return (
      <select
        className="input input--compact"
        value={selected}
        aria-label={aria}
        data-assessed={value === null ? 'no' : 'yes'}
        onChange={(event) => {
          const next = event.target.value;
          change(next === '' ? null : flag ? next === 'yes' : next);
        }}
        onKeyDown={(event) => cellKeys(event, column, change, commit)}
      >
        <option value="">0 · {t('run.evidence.notAssessed')}</option>
        {options.map((option, index) => (
          <option key={option} value={option}>
            {index + 1} ·{' '}
            {t(
              flag
                ? `run.evidence.options.flag.${option}`
                : `run.evidence.options.${column.key}.${option}`,
            )}
          </option>
        ))}
      </select>
    );
  }

  /**
   * One cell per status column, with the fields that sit under it (a note under its choice). The
   * title is not among them: it has a line of its own across them (`titleCell`), so a long title
   * reads whole and every status choice has the room to show its words.
   */
  function cellsOf(render: (column: Column) => ReactNode) {
    return statusColumns.map((column) => (
      <td key={column.key}>
        {render(column)}
        {kind.columns
          .filter((under) => under.under === column.key)
          .map((under) => (
            <div key={under.key} className="evidence__under">
              {render(under)}
            </div>
          ))}
      </td>
    ));
  }

  /** The entry's title across the status columns, on the line above them. */
  function titleCell(render: (column: Column) => ReactNode) {
    return <td colSpan={statusColumns.length}>{render(titleColumn)}</td>;
  }

  const renderDraft = (column: Column) =>
    renderCell(
      column,
      draft,
      t('run.evidence.newRow'),
      (next) => setDraft((fields) => ({ ...fields, [column.key]: next })),
      () => void addDraft(),
      () => undefined,
      column === titleColumn ? draftTitleId : undefined,
    );

  return (
    <div className="evidence">
      <div className="evidence__guide">
        <p>{t(`run.evidence.${kind.name}.guide`)}</p>
        <p className="muted">{t(`run.evidence.${kind.name}.hint`)}</p>
      </div>
      <div className="table-wrap">
        <table className="table evidence__table" aria-label={t(`run.evidence.${kind.name}.label`)}>
          <colgroup>
            <col className="evidence__col--n" />
            {statusColumns.map((column) => (
              <col key={column.key} className={`evidence__col--${column.key}`} />
            ))}
            <col className="evidence__col--state" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="numeric">
                #
              </th>
              <th scope="colgroup" colSpan={statusColumns.length}>
                {t(`run.evidence.${kind.name}.${titleColumn.key}`)}
              </th>
              <th scope="col" rowSpan={2}>
                <span className="visually-hidden">{t('run.evidence.state')}</span>
              </th>
            </tr>
            <tr>
              {statusColumns.map((column) => (
                <th key={column.key} scope="col">
                  {t(`run.evidence.${kind.name}.${column.key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const label = t('run.evidence.rowLabel', { n: index + 1 });
              const update = (key: string, immediate: boolean) => (next: Value) => {
                const fields = { ...row.fields, [key]: next };
                setRows((list) =>
                  list.map((item) => (item.id === row.id ? { ...item, fields } : item)),
                );
                if (immediate) void saveRow(row.id, fields);
              };
              const render = (column: Column) =>
                renderCell(
                  column,
                  row.fields,
                  label,
                  update(column.key, column.kind !== 'text'),
                  () => {
                    void saveRow(row.id, row.fields);
                    focusDraft(draftTitleId);
                  },
                  () => void saveRow(row.id, row.fields),
                );
              // Two lines, one entry: the title, then its statuses and the row's state and
              // remove button (last, so Tab goes title → statuses → remove as it reads).
              return (
                <Fragment key={row.id}>
                  <tr className="evidence__line">
                    <td className="numeric" rowSpan={2}>
                      {index + 1}
                    </td>
                    {titleCell(render)}
                    <td />
                  </tr>
                  <tr data-state={row.status}>
                    {cellsOf(render)}
                    <td className="evidence__actions">
                      <RowState
                        status={row.status}
                        label={t(`run.evidence.states.${row.status}`)}
                      />
                      <button
                        type="button"
                        className="button button--small button--danger-quiet"
                        onClick={() => void remove(row.id)}
                        aria-label={t('run.evidence.remove', { n: index + 1 })}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                </Fragment>
              );
            })}
            <tr className="evidence__line evidence__draft">
              <td className="numeric" rowSpan={2}>
                +
              </td>
              {titleCell(renderDraft)}
              {/* The guide above says it in full; here a mark, with the words for screen readers. */}
              <td className="muted evidence__actions" title={t('run.evidence.enterToAdd')}>
                <span aria-hidden="true">↵</span>
                <span className="visually-hidden">{t('run.evidence.enterToAdd')}</span>
              </td>
            </tr>
            <tr className="evidence__draft">
              {cellsOf(renderDraft)}
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      {!loaded && !error ? <p role="status">{t('common.loading')}</p> : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
