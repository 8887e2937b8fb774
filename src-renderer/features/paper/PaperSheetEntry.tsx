import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_APPLICABLE } from '../../../shared/instrument/types';
import { formatSheetCode } from '../../../shared/paper/sheet-code';
import type { PaperSheet } from '../../../shared/paper/schemas';
import { useAppStore } from '../../store';
import {
  answersKey,
  cellKey,
  type Answer,
  type AnswerSet,
  type CellState,
} from '../../store/run-slice';

type Entry = PaperSheet['sections'][number]['entries'][number];

/** The seven boxes of a printed row, as the sheet prints them. */
const BOXES: readonly { value: Answer; mark: string }[] = [
  { value: 1, mark: '1' },
  { value: 2, mark: '2' },
  { value: 3, mark: '3' },
  { value: 4, mark: '4' },
  { value: 5, mark: '5' },
  { value: null, mark: '?' },
  { value: NOT_APPLICABLE, mark: 'na' },
];

const EMPTY: Record<string, CellState> = {};

/**
 * Keys one paper sheet back in: a row per statement in the sheet's order and numbering, the
 * current row highlighted. 1–5 answer, 0 is "can't say", N "not applicable", the cursor moves on
 * at once; each answer is written as it is typed (the capture grid's write, so a failed one shows
 * and keeps the old value), and the next key never waits for it.
 */
export function PaperSheetEntry({
  workshopId,
  sheet,
  onNext,
}: {
  workshopId: string;
  sheet: PaperSheet;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const setAnswer = useAppStore((state) => state.setAnswer);
  const byAlias = useAppStore((state) => state.paperSheetByAlias);
  const round1 = useAppStore((state) => state.runAnswers[answersKey(workshopId, 1)] ?? EMPTY);
  const round2 = useAppStore((state) => state.runAnswers[answersKey(workshopId, 2)] ?? EMPTY);
  const client = useAppStore(
    (state) => state.runAnswers[answersKey(workshopId, 'client')] ?? EMPTY,
  );
  const entries = useMemo(() => sheet.sections.flatMap((section) => section.entries), [sheet]);
  /** Each section's title, before its first statement, as the sheet prints it. */
  const titleBefore = useMemo(
    () => new Map(sheet.sections.map((section) => [section.entries[0]?.number, section.title])),
    [sheet],
  );
  const [cursor, setCursor] = useState(0);
  const gridRef = useRef<HTMLDivElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const alias = sheet.participant.alias;
  const total = entries.length;

  /** Where an entry's answer is stored: its round, or the client statements' own set. */
  const setOf = (entry: Entry): AnswerSet => (entry.client ? 'client' : entry.round);
  const cellOf = (entry: Entry) =>
    ({ 1: round1, 2: round2, client })[setOf(entry)][cellKey(sheet.participant.id, entry.itemId)];
  const answered = entries.filter((entry) => cellOf(entry)?.value !== undefined).length;
  const failed = entries.filter((entry) => cellOf(entry)?.status === 'error');
  const done = cursor >= total;

  useEffect(() => {
    gridRef.current?.focus({ preventScroll: true });
  }, [sheet]);

  useEffect(() => {
    if (done) {
      nextRef.current?.focus();
      return;
    }
    // The current row mid-list, with what comes before and after it; only the list scrolls.
    const list = gridRef.current;
    const row = list?.querySelector<HTMLElement>(`[data-number="${cursor + 1}"]`);
    if (list && row) list.scrollTop = row.offsetTop - (list.clientHeight - row.offsetHeight) / 2;
  }, [cursor, done]);

  function answer(entry: Entry, value: Answer | undefined) {
    void setAnswer(workshopId, sheet.participant.id, entry.itemId, setOf(entry), value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    const entry = entries[cursor];
    if (/^[0-5nN]$/.test(key)) {
      event.preventDefault();
      if (!entry) return;
      answer(entry, key === '0' ? null : /^[nN]$/.test(key) ? NOT_APPLICABLE : Number(key));
      setCursor(cursor + 1);
      return;
    }
    const moves: Record<string, () => void> = {
      Backspace: () => setCursor(Math.max(0, cursor - 1)),
      ArrowUp: () => setCursor(Math.max(0, cursor - 1)),
      ArrowDown: () => setCursor(Math.min(total, cursor + 1)),
      Home: () => setCursor(0),
      End: () => setCursor(Math.max(0, total - 1)),
      Delete: () => entry && answer(entry, undefined),
    };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      move();
      if (done && key !== 'ArrowDown') gridRef.current?.focus({ preventScroll: true });
    }
  }

  const valueText = (cell: CellState | undefined) => {
    if (!cell || cell.value === undefined) return t('paper.entry.empty');
    if (cell.value === null) return t('paper.entry.cantSay');
    if (cell.value === NOT_APPLICABLE) return t('paper.entry.notApplicable');
    return String(cell.value);
  };

  return (
    <section className="card paper-entry" aria-labelledby="paper-entry-title">
      <div className="paper-entry__head">
        <div>
          <h2 id="paper-entry-title" className="paper-entry__alias">
            {t('paper.entry.sheetOf', { alias })}
          </h2>
          <p className="paper-entry__code">
            {t('paper.entry.code', { code: formatSheetCode(sheet.code) })}
          </p>
        </div>
        <p className="paper-entry__count" aria-live="polite" data-testid="paper-count">
          {t('paper.entry.count', { n: answered, total })}
        </p>
        <button type="button" className="button" onClick={onNext}>
          {t('paper.entry.close')}
        </button>
      </div>
      {byAlias ? (
        <p className="notice paper-entry__check">
          {t('paper.key.checkCode', { code: formatSheetCode(sheet.code) })}
        </p>
      ) : null}
      <p className="muted paper-entry__keys">{t('paper.entry.keys')}</p>
      {failed.length > 0 ? (
        <div className="notice notice--error" role="alert">
          {failed.map((entry) => (
            <p key={entry.number}>
              {t('paper.entry.saveFailed', {
                n: entry.number,
                detail: cellOf(entry)?.error ?? '',
              })}
            </p>
          ))}
        </div>
      ) : null}
      <div
        ref={gridRef}
        className="paper-entry__rows"
        tabIndex={0}
        role="grid"
        aria-label={t('paper.entry.label', { alias })}
        aria-rowcount={total}
        aria-activedescendant={done ? undefined : `paper-row-${cursor + 1}`}
        onKeyDown={onKeyDown}
      >
        {entries.map((entry, index) => {
          const cell = cellOf(entry);
          const state = !cell ? 'empty' : cell.status;
          const newPage = entry.page !== entries[index - 1]?.page;
          return (
            <Fragment key={`${setOf(entry)}:${entry.itemId}`}>
              {newPage && sheet.pages > 1 ? (
                <div className="paper-entry__page" role="presentation">
                  {t('paper.entry.page', { page: entry.page })}
                </div>
              ) : null}
              {titleBefore.has(entry.number) ? (
                <div className="paper-entry__section" role="presentation">
                  {titleBefore.get(entry.number)}
                </div>
              ) : null}
              <div
                id={`paper-row-${entry.number}`}
                role="row"
                data-number={entry.number}
                data-state={state}
                aria-current={index === cursor ? 'true' : undefined}
                aria-label={t('paper.entry.rowLabel', {
                  n: entry.number,
                  value: valueText(cell),
                  state: t(`paper.entry.${state === 'empty' ? 'empty' : state}`),
                })}
                className={`paper-row${index === cursor ? ' is-current' : ''}${state === 'error' ? ' is-error' : ''}`}
                onClick={() => {
                  setCursor(index);
                  gridRef.current?.focus({ preventScroll: true });
                }}
              >
                <span className="paper-row__number" role="rowheader">
                  {entry.number}
                </span>
                <span className="paper-row__text" role="gridcell">
                  {entry.text}
                </span>
                <span className="paper-row__boxes" role="gridcell">
                  {BOXES.map((box) => (
                    <span
                      key={box.mark}
                      className={`paper-box${cell?.value === box.value ? ' is-ticked' : ''}`}
                      aria-hidden="true"
                    >
                      {box.mark === 'na' ? t('run.grid.notApplicableMark') : box.mark}
                    </span>
                  ))}
                </span>
              </div>
            </Fragment>
          );
        })}
      </div>
      {done ? (
        <div className="paper-entry__done" role="status">
          <p>
            {answered === total
              ? t('paper.entry.done', { total, alias })
              : t('paper.entry.doneSome', { n: answered, total, alias })}
          </p>
          <button
            ref={nextRef}
            type="button"
            className="button button--primary"
            onClick={onNext}
            onKeyDown={(event) => {
              if (event.key === 'Backspace' || event.key === 'ArrowUp') {
                event.preventDefault();
                setCursor(total - 1);
                gridRef.current?.focus({ preventScroll: true });
              }
            }}
          >
            {t('paper.entry.next')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
