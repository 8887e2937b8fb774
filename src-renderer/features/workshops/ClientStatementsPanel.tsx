import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/api/contract';
import {
  MAX_CLIENT_STATEMENT_LENGTH,
  MAX_CLIENT_STATEMENTS,
} from '../../../shared/client-statements/client-statements';
import { api } from '../../api/client';
import { errorMessage } from '../../store/workshops-slice';
import './client-statements.css';

type Statements = ChannelOutput<'clientStatement:list'>;

/**
 * The facilitator's own statements for this client (at most 10, in the workshop's language):
 * add and remove. The service refuses what breaks a rule and says why; that reason is shown as is.
 */
export function ClientStatementsPanel({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [statements, setStatements] = useState<Statements>([]);
  const [text, setText] = useState('');
  const [reversed, setReversed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reload = async () => setStatements(await api.call('clientStatement:list', { workshopId }));

  useEffect(() => {
    api
      .call('clientStatement:list', { workshopId })
      .then(setStatements, (e: unknown) => setError(errorMessage(e)));
  }, [workshopId]);

  async function add() {
    setError(null);
    try {
      await api.call('clientStatement:add', { workshopId, statement: { text, reversed } });
      setText('');
      setReversed(false);
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function remove(id: string) {
    setError(null);
    try {
      await api.call('clientStatement:remove', { id });
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const full = statements.length >= MAX_CLIENT_STATEMENTS;
  return (
    <section className="card" aria-labelledby="client-statements-title">
      <div className="card__header">
        <h2 id="client-statements-title" className="card__title">
          {t('clientStatements.title')}
        </h2>
        <p className="muted">
          {t('clientStatements.count', { count: statements.length, max: MAX_CLIENT_STATEMENTS })}
        </p>
      </div>
      <p className="muted">{t('clientStatements.setupLead')}</p>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      {statements.length > 0 ? (
        <ol className="client-statements__list">
          {statements.map((statement) => (
            <li key={statement.id}>
              <span>
                {statement.text}
                {statement.reversed ? (
                  <span className="muted"> ({t('clientStatements.reversed')})</span>
                ) : null}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => void remove(statement.id)}
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
          void add();
        }}
      >
        <label>
          {t('clientStatements.newStatement')}
          <input
            type="text"
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
      </form>
    </section>
  );
}
