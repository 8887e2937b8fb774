import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Language } from '../../../shared/domain/workshop';
import type { InstrumentItem } from '../../../shared/instrument';
import { useAppStore } from '../../store';
import { NOT_APPLICABLE } from '../../../shared/instrument/types';
import { straightLined } from '../../../shared/scoring/response-style';
import { answersKey, cellKey, type AnswerSet, type CellState } from '../../store/run-slice';
import './capture-grid.css';

/** One column of the grid: a statement as the room reads it, and what is said above it. */
export interface CaptureItem {
  id: string;
  /** In the workshop's language. */
  text: string;
  /** The line above the statement: its factor, or that it is the client's own. */
  meta: string;
  keyed: InstrumentItem['keyed'];
}

interface Props {
  workshopId: string;
  participants: Participant[];
  items: CaptureItem[];
  /** A round of the instrument's statements, or `client` for the client's own statements. */
  round: AnswerSet;
  /** The workshop's language: statements are shown as participants read them. */
  language: Language;
  /** The grid's name for screen readers. */
  label: string;
  /**
   * Flag a row with the same answer throughout. Only where it means something: the instrument
   * mixes health and debt statements and leaves such rows out of its figures.
   */
  flagStraightLining?: boolean;
}

const EMPTY: Record<string, CellState> = {};

/** What a cell holds, for its text, its look and its spoken label. */
type Shown = 'empty' | 'cantSay' | 'notApplicable' | 'value';

function shownOf(cell: CellState | undefined): Shown {
  if (!cell || cell.value === undefined) return 'empty';
  if (cell.value === null) return 'cantSay';
  return cell.value === NOT_APPLICABLE ? 'notApplicable' : 'value';
}

/**
 * The facilitator's grid: a row per participant, a column per statement. Keys 1–5 answer, 0 is
 * "can't say", N is "not applicable to my role", Backspace clears, arrows and Tab move, Ctrl+Z undoes. A cell reads "saved" only
 * once the host has committed it; a failed write shows an error and keeps the old value.
 */
export function CaptureGrid({
  workshopId,
  participants,
  items,
  round,
  language,
  label,
  flagStraightLining = true,
}: Props) {
  const { t } = useTranslation();
  const cells = useAppStore((state) => state.runAnswers[answersKey(workshopId, round)] ?? EMPTY);
  const setAnswer = useAppStore((state) => state.setAnswer);
  const undoAnswer = useAppStore((state) => state.undoAnswer);
  const canUndo = useAppStore((state) => state.runUndo.length > 0);
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  const rows = participants.length;
  const cols = items.length;
  const row = Math.min(focus.row, Math.max(0, rows - 1));
  const col = Math.min(focus.col, Math.max(0, cols - 1));

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const table = tableRef.current;
    const cell = table?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (!table || !cell) return;
    cell.focus();
    // Focus scrolls the cell to the scroller's edge, where the sticky alias column would cover it.
    const aliasEdge = table.querySelector('.capture-grid__corner')?.getBoundingClientRect().right;
    const covered = aliasEdge === undefined ? 0 : aliasEdge - cell.getBoundingClientRect().left;
    if (covered > 0 && table.parentElement) table.parentElement.scrollLeft -= covered;
  }, [row, col]);

  const answered = (cell: CellState | undefined) => cell !== undefined && cell.value !== undefined;
  const perItem = useMemo(
    () =>
      items.map(
        (item) => participants.filter((p) => answered(cells[cellKey(p.id, item.id)])).length,
      ),
    [items, participants, cells],
  );

  function go(nextRow: number, nextCol: number) {
    moved.current = true;
    setFocus({
      row: Math.max(0, Math.min(rows - 1, nextRow)),
      col: Math.max(0, Math.min(cols - 1, nextCol)),
    });
  }

  function advance() {
    if (col < cols - 1) go(row, col + 1);
    else if (row < rows - 1) go(row + 1, 0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const participant = participants[row];
    const item = items[col];
    if (!participant || !item) return;
    const { key } = event;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      event.preventDefault();
      void undoAnswer();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[0-5nN]$/.test(key)) {
      event.preventDefault();
      const value = key === '0' ? null : /^[nN]$/.test(key) ? NOT_APPLICABLE : Number(key);
      void setAnswer(workshopId, participant.id, item.id, round, value);
      advance();
      return;
    }
    const moves: Record<string, () => void> = {
      ArrowRight: () => go(row, col + 1),
      ArrowLeft: () => go(row, col - 1),
      ArrowDown: () => go(row + 1, col),
      ArrowUp: () => go(row - 1, col),
      Home: () => go(row, 0),
      End: () => go(row, cols - 1),
      Backspace: () => void setAnswer(workshopId, participant.id, item.id, round, undefined),
      Delete: () => void setAnswer(workshopId, participant.id, item.id, round, undefined),
    };
    if (key === 'Tab') {
      const last = row === rows - 1 && col === cols - 1;
      const first = row === 0 && col === 0;
      if (event.shiftKey ? first : last) return;
      event.preventDefault();
      if (event.shiftKey) {
        if (col > 0) go(row, col - 1);
        else go(row - 1, cols - 1);
      } else advance();
      return;
    }
    const move = moves[key];
    if (move) {
      event.preventDefault();
      move();
    }
  }

  if (rows === 0) return <p className="notice">{t('run.grid.noParticipants')}</p>;
  const current = items[col];

  return (
    <div className="capture">
      <div className="capture__statement" aria-live="polite">
        {current ? (
          <>
            <p className="capture__statement-meta">
              {t('run.grid.statementOf', { n: col + 1, total: cols })} · {current.meta}
            </p>
            <p className="capture__statement-text" lang={language}>
              {current.text}
            </p>
          </>
        ) : null}
      </div>
      <div className="capture__toolbar">
        <p className="muted capture__keys">{t('run.grid.keys')}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => void undoAnswer()}
          disabled={!canUndo}
        >
          {t('run.grid.undo')}
        </button>
      </div>
      <div className="capture__scroll">
        <table
          ref={tableRef}
          className="capture-grid"
          role="grid"
          aria-label={label}
          aria-rowcount={rows + 2}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <th scope="col" className="capture-grid__corner">
                {t('run.grid.participant')}
              </th>
              {items.map((item, index) => (
                <th
                  key={item.id}
                  scope="col"
                  title={item.text}
                  className={index === col ? 'is-current' : undefined}
                  aria-label={t('run.grid.statementOf', { n: index + 1, total: cols })}
                >
                  {index + 1}
                </th>
              ))}
              <th scope="col" className="capture-grid__count">
                {t('run.grid.answered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((participant, r) => {
              const done = items.filter((item) =>
                answered(cells[cellKey(participant.id, item.id)]),
              ).length;
              // Live, so the facilitator can ask whether the statements were clear.
              const sameThroughout =
                flagStraightLining &&
                straightLined(
                  items.flatMap((item) => {
                    const value = cells[cellKey(participant.id, item.id)]?.value;
                    // "Not applicable" is no opinion either way, like an empty cell.
                    return value === undefined || value === NOT_APPLICABLE
                      ? []
                      : [{ value, keyed: item.keyed }];
                  }),
                );
              return (
                <tr key={participant.id} className={r === row ? 'is-current' : undefined}>
                  <th scope="row">{participant.alias}</th>
                  {items.map((item, c) => {
                    const cell = cells[cellKey(participant.id, item.id)];
                    const shown = shownOf(cell);
                    const state = !cell ? 'empty' : cell.status;
                    const text = {
                      empty: '',
                      cantSay: '?',
                      notApplicable: t('run.grid.notApplicableMark'),
                      value: String(cell?.value),
                    }[shown];
                    const valueText =
                      shown === 'empty'
                        ? t('run.grid.empty')
                        : shown === 'value'
                          ? text
                          : t(`run.grid.${shown}`);
                    return (
                      <td
                        key={item.id}
                        role="gridcell"
                        data-row={r}
                        data-col={c}
                        data-state={state}
                        data-answer={shown}
                        tabIndex={r === row && c === col ? 0 : -1}
                        className={`capture-cell capture-cell--${state}${shown === 'notApplicable' ? ' capture-cell--na' : ''}`}
                        title={cell?.status === 'error' ? cell.error : undefined}
                        aria-label={t('run.grid.cell', {
                          alias: participant.alias,
                          n: c + 1,
                          value: valueText,
                          state: t(`run.grid.states.${state}`),
                        })}
                        onFocus={() => {
                          if (r !== row || c !== col) setFocus({ row: r, col: c });
                        }}
                        onClick={() => setFocus({ row: r, col: c })}
                      >
                        {text}
                      </td>
                    );
                  })}
                  <td
                    className="capture-grid__count"
                    aria-label={
                      t('run.grid.rowCount', { n: done, total: cols }) +
                      (sameThroughout ? ` ${t('run.grid.straightLinedHint')}` : '')
                    }
                  >
                    {done}/{cols}
                    {sameThroughout ? (
                      <span
                        className="capture-grid__flag"
                        title={t('run.grid.straightLinedHint')}
                        data-testid="straight-lined"
                      >
                        {t('run.grid.straightLined')}
                      </span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('run.grid.answered')}</th>
              {perItem.map((n, index) => (
                <td
                  key={items[index]?.id ?? index}
                  className="capture-grid__count"
                  aria-label={t('run.grid.columnCount', { n, total: rows, item: index + 1 })}
                >
                  {n}/{rows}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
