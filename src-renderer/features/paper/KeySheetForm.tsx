import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiCallError } from '../../api/client';
import { readSheetCode, type SheetCodeProblem } from '../../../shared/paper/sheet-code';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';

/** A refused code in the UI's language: mistyped (read here first) or naming no sheet (the host). */
function codeProblemText(t: TFunction, problem: SheetCodeProblem): string {
  if (problem.kind === 'length')
    return t('paper.key.codeProblems.length', { length: problem.length });
  if (problem.kind === 'character') {
    return t('paper.key.codeProblems.character', { character: problem.character });
  }
  return t('paper.key.codeProblems.check');
}

function hostProblemText(t: TFunction, error: unknown): string {
  const issue = error instanceof ApiCallError ? error.body.issues?.[0] : undefined;
  switch (issue?.code) {
    case 'sheetCode.unknown':
      return t('paper.key.codeProblems.unknown');
    case 'sheetCode.ambiguous':
      return t('paper.key.codeProblems.ambiguous');
    case 'sheetCode.check':
      return t('paper.key.codeProblems.check');
    default:
      return errorMessage(error);
  }
}

/**
 * Which sheet to key: its printed code (it names the participant, and a typo is refused before
 * anything is keyed) or, when a code cannot be read, the participant's alias.
 */
export function KeySheetForm({
  workshopId,
  sectionIds,
  codeRef,
}: {
  workshopId: string;
  sectionIds: string[];
  codeRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const participants = useAppStore((state) => state.participantsByWorkshop[workshopId]);
  const openPaperSheet = useAppStore((state) => state.openPaperSheet);
  const [code, setCode] = useState('');
  const [participantId, setParticipantId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sorted = [...(participants ?? [])].sort((a, b) =>
    a.alias.localeCompare(b.alias, undefined, { numeric: true }),
  );

  async function open(input: Parameters<typeof openPaperSheet>[0], onCode: boolean) {
    setBusy(true);
    setProblem(null);
    try {
      await openPaperSheet(input);
      setCode('');
    } catch (error) {
      setProblem(hostProblemText(t, error));
      if (onCode) codeRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  function onSubmitCode(event: FormEvent) {
    event.preventDefault();
    const reading = readSheetCode(code);
    if (!reading.ok) {
      setProblem(codeProblemText(t, reading.problem));
      codeRef.current?.focus();
      return;
    }
    void open({ workshopId, code: reading.code }, true);
  }

  function onSubmitAlias(event: FormEvent) {
    event.preventDefault();
    if (!participantId) return;
    void open({ workshopId, participantId, sectionIds }, false);
  }

  return (
    <section className="card paper-key" aria-labelledby="paper-key-title">
      <h2 id="paper-key-title" className="card__title">
        {t('paper.key.title')}
      </h2>
      <form className="paper-key__form" onSubmit={onSubmitCode} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="paper-code">
            {t('paper.key.codeLabel')}
          </label>
          <input
            id="paper-code"
            ref={codeRef}
            className="input paper-key__code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            aria-describedby="paper-code-hint paper-code-problem"
            aria-invalid={problem !== null}
          />
          <p id="paper-code-hint" className="field__hint">
            {t('paper.key.codeHint')}
          </p>
          <p id="paper-code-problem" className="field__error" role="alert">
            {problem ?? ''}
          </p>
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('paper.key.opening') : t('paper.key.openCode')}
        </button>
      </form>
      <form className="paper-key__form" onSubmit={onSubmitAlias}>
        <div className="field">
          <label className="field__label" htmlFor="paper-alias">
            {t('paper.key.orAlias')}
          </label>
          <select
            id="paper-alias"
            className="input"
            value={participantId}
            onChange={(event) => setParticipantId(event.target.value)}
          >
            <option value="">{t('paper.key.chooseAlias')}</option>
            {sorted.map((participant) => (
              <option key={participant.id} value={participant.id}>
                {participant.alias}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button"
          disabled={busy || !participantId || sectionIds.length === 0}
        >
          {t('paper.key.openAlias')}
        </button>
      </form>
    </section>
  );
}
