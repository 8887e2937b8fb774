import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, ParkingItem } from '../../../shared/run/api';
import { api } from '../../api/client';
import { useAppStore } from '../../store';

type Tab = 'notes' | 'comments' | 'parking';

/** The facilitator's notes, anonymous comments and the parking lot, one tab at a time. */
export function SidePanels({ workshopId, sectionId }: { workshopId: string; sectionId: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('notes');
  const tabs: Tab[] = ['notes', 'comments', 'parking'];
  return (
    <section className="card run-side" aria-label={t('run.side.label')}>
      <div className="run-side__tabs" role="tablist" aria-label={t('run.side.label')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`run-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`run-panel-${name}`}
            className="run-side__tab"
            onClick={() => setTab(name)}
          >
            {t(`run.side.${name}`)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`run-panel-${tab}`}
        aria-labelledby={`run-tab-${tab}`}
        className="run-side__panel"
      >
        {tab === 'notes' ? (
          <NotesPanel key={sectionId} workshopId={workshopId} sectionId={sectionId} />
        ) : tab === 'comments' ? (
          <CommentsPanel workshopId={workshopId} sectionId={sectionId} />
        ) : (
          <ParkingLotPanel workshopId={workshopId} sectionId={sectionId} />
        )}
      </div>
    </section>
  );
}

/** Private notes for this section; saved when the field is left and a moment after typing stops. */
function NotesPanel({ workshopId, sectionId }: { workshopId: string; sectionId: string }) {
  const { t } = useTranslation();
  const stored = useAppStore((state) => state.runViews[workshopId]?.notes[sectionId] ?? '');
  const runCommand = useAppStore((state) => state.runCommand);
  const [text, setText] = useState(stored);
  const [status, setStatus] = useState<'saved' | 'saving' | 'dirty' | 'error'>('saved');

  const save = useCallback(
    async (value: string) => {
      setStatus('saving');
      try {
        await runCommand('note:save', { workshopId, sectionId, text: value });
        setStatus('saved');
      } catch {
        setStatus('error');
      }
    },
    [runCommand, workshopId, sectionId],
  );

  useEffect(() => {
    if (status !== 'dirty') return;
    const timer = window.setTimeout(() => void save(text), 800);
    return () => window.clearTimeout(timer);
  }, [text, status, save]);

  return (
    <div className="run-notes">
      <label className="field">
        <span className="field__label">{t('run.notes.label')}</span>
        <textarea
          className="input run-notes__text"
          value={text}
          rows={5}
          onChange={(event) => {
            setText(event.target.value);
            setStatus('dirty');
          }}
          onBlur={() => {
            if (status === 'dirty') void save(text);
          }}
        />
      </label>
      <p className="muted run-notes__status" role="status">
        {t(`run.notes.${status}`)}
      </p>
    </div>
  );
}

function CommentsPanel({ workshopId, sectionId }: { workshopId: string; sectionId: string }) {
  const { t } = useTranslation();
  const [comments, setComments] = useState<Comment[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.call('comment:list', { workshopId }).then(setComments, (e: unknown) => setError(String(e)));
  }, [workshopId]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    try {
      await api.call('comment:add', { workshopId, sectionId, text });
      setComments(await api.call('comment:list', { workshopId }));
      setText('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div>
      <p className="muted">{t('run.comments.hint')}</p>
      <form className="run-side__add" onSubmit={add}>
        <input
          className="input input--compact"
          aria-label={t('run.comments.new')}
          placeholder={t('run.comments.new')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--small">
          {t('run.comments.add')}
        </button>
      </form>
      {error ? <p className="field__error">{error}</p> : null}
      <ul className="run-side__list">
        {comments.map((comment) => (
          <li key={comment.id}>{comment.text}</li>
        ))}
      </ul>
    </div>
  );
}

function ParkingLotPanel({ workshopId, sectionId }: { workshopId: string; sectionId: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ParkingItem[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.call('parking:list', { workshopId }).then(setItems, (e: unknown) => setError(String(e)));
  }, [workshopId]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    try {
      const item = await api.call('parking:add', { workshopId, sectionId, text });
      setItems((list) => [...list, item]);
      setText('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function toggle(item: ParkingItem) {
    try {
      const updated = await api.call('parking:update', {
        workshopId,
        id: item.id,
        done: !item.done,
      });
      setItems((list) => list.map((other) => (other.id === item.id ? updated : other)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div>
      <form className="run-side__add" onSubmit={add}>
        <input
          className="input input--compact"
          aria-label={t('run.parking.new')}
          placeholder={t('run.parking.new')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--small">
          {t('run.parking.add')}
        </button>
      </form>
      {error ? <p className="field__error">{error}</p> : null}
      <ul className="run-side__list">
        {items.map((item) => (
          <li key={item.id}>
            <label className={item.done ? 'run-side__done' : undefined}>
              <input type="checkbox" checked={item.done} onChange={() => void toggle(item)} />{' '}
              {item.text}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
