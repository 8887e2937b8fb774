import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/workshop';
import {
  MAX_CLIENT_STATEMENT_LENGTH,
  MAX_CLIENT_STATEMENTS,
  type ListedClientStatement,
} from '../../../shared/client-statements/client-statements';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import './client-statements.css';

const NONE: ListedClientStatement[] = [];

/**
 * The facilitator's own statements for this client (at most 10, in the workshop's language): add
 * and remove. The room answers them in their own agenda section. The service refuses what breaks
 * a rule and says why; that reason is shown as is. Removing one that has answers asks first,
 * since its answers go with it.
 */
export function ClientStatementsPanel({
  workshopId,
  language,
}: {
  workshopId: string;
  /** The workshop's language: the statements are typed, and read, in it. */
  language: Language;
}) {
  const { t } = useTranslation();
  const statements = useAppStore((state) => state.clientStatementsByWorkshop[workshopId] ?? NONE);
  const load = useAppStore((state) => state.loadClientStatements);
  const addStatement = useAppStore((state) => state.addClientStatement);
  const removeStatement = useAppStore((state) => state.removeClientStatement);
  const [text, setText] = useState('');
  const [reversed, setReversed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ListedClientStatement | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    load(workshopId).catch((e: unknown) => setError(errorMessage(e)));
  }, [workshopId, load]);

  // The field empties as soon as a statement is submitted, so the next one can be typed while it
  // is saved (emptying it on the reply would wipe what was typed meanwhile). Adds are sent one
  // after another, so the list keeps the order they were typed in.
  const typed = useRef(text);
  useEffect(() => {
    typed.current = text;
  }, [text]);
  const sending = useRef<Promise<void>>(Promise.resolve());

  function add() {
    setError(null);
    const submitted = { text, reversed };
    setText('');
    setReversed(false);
    sending.current = sending.current.then(async () => {
      try {
        await addStatement(workshopId, submitted);
      } catch (e) {
        setError(errorMessage(e));
        // A refused statement comes back to the field, unless something new is being typed.
        if (typed.current === '') {
          setText(submitted.text);
          setReversed(submitted.reversed);
        }
      }
    });
  }

  async function remove(statement: ListedClientStatement) {
    setError(null);
    setBusy(true);
    try {
      await removeStatement(workshopId, statement.id);
      setAsking(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const full = statements.length >= MAX_CLIENT_STATEMENTS;
  return (
    <section className="card client-statements" aria-labelledby="client-statements-title">
      <div className="card__header">
        <h2 id="client-statements-title" className="card__title">
          {t('clientStatements.title')}
        </h2>
        <p className="muted">
          {t('clientStatements.count', { count: statements.length, max: MAX_CLIENT_STATEMENTS })}
        </p>
      </div>
      <p className="muted">{t('clientStatements.setupLead')}</p>
      {error && !asking ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      {statements.length > 0 ? (
        <ol className="client-statements__list">
          {statements.map((statement) => (
            <li key={statement.id}>
              <span className="client-statements__text">
                <span lang={language}>{statement.text}</span>
                {statement.reversed ? (
                  <span className="muted"> ({t('clientStatements.reversed')})</span>
                ) : null}
                {statement.answers > 0 ? (
                  <span className="muted client-statements__answers">
                    {t('clientStatements.answerCount', { count: statement.answers })}
                  </span>
                ) : null}
              </span>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                aria-label={t('clientStatements.removeOne', { text: statement.text })}
                onClick={() =>
                  statement.answers > 0 ? setAsking(statement) : void remove(statement)
                }
              >
                {t('clientStatements.remove')}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <form
        className="client-statements__form"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label>
          {t('clientStatements.newStatement')}
          <input
            type="text"
            className="input"
            lang={language}
            value={text}
            maxLength={MAX_CLIENT_STATEMENT_LENGTH}
            disabled={full}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label className="client-statements__check">
          <input
            type="checkbox"
            checked={reversed}
            disabled={full}
            onChange={(event) => setReversed(event.target.checked)}
          />
          {t('clientStatements.reversedLabel')}
        </label>
        <button type="submit" className="button" disabled={full || text.trim() === ''}>
          {t('clientStatements.add')}
        </button>
        {full ? <p className="muted">{t('clientStatements.full')}</p> : null}
      </form>
      {asking ? (
        <ConfirmDialog
          title={t('clientStatements.removeTitle')}
          confirmLabel={t('clientStatements.removeConfirm')}
          cancelLabel={t('clientStatements.cancel')}
          busy={busy}
          error={error}
          danger
          fallbackFocus={() =>
            document.querySelector<HTMLElement>('.client-statements__form input[type="text"]')
          }
          onConfirm={() => void remove(asking)}
          onCancel={() => {
            setAsking(null);
            setError(null);
          }}
        >
          <p lang={language}>“{asking.text}”</p>
          <p>{t('clientStatements.removeLead', { count: asking.answers })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
