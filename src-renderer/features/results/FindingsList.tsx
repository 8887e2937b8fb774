import type { TFunction } from 'i18next';
import { consequenceOf } from '../../../shared/report/consequences';
import type { Finding, ScoreResult } from '../../../shared/scoring';
import type { WorkshopResults } from '../../store/results-slice';
import { roleLabel } from '../../i18n/labels';
import { useResultsText, type ResultsText } from './use-results-text';

const INDEXED = /^(realityCheck|decisions)\[(\d+)\]$/;

/** One `inputs` entry of a finding in words: a factor's name, a statement id, an evidence title. */
export function describeInput(
  input: string,
  context: {
    t: TFunction;
    text: ResultsText;
    result: Pick<ScoreResult, 'factors' | 'items'>;
    evidence: Pick<WorkshopResults, 'realityCheck' | 'decisions'>;
  },
): string {
  const { t, text, result, evidence } = context;
  if (result.factors.some((factor) => factor.id === input)) return text.factorName(input);
  if (result.items.some((item) => item.id === input)) {
    return t('results.findings.statement', { id: input });
  }
  if (input.startsWith('role:')) {
    return t('results.findings.role', { role: roleLabel(t, input.slice('role:'.length)) });
  }
  const indexed = INDEXED.exec(input);
  if (indexed) {
    const index = Number(indexed[2]);
    const entry =
      indexed[1] === 'realityCheck' ? evidence.realityCheck[index] : evidence.decisions[index];
    const key = indexed[1] === 'realityCheck' ? 'realityCheckEntry' : 'decisionEntry';
    return t(`results.findings.${key}`, { title: entry?.title ?? `#${index + 1}` });
  }
  return input;
}

/** What the finding costs delivery, in plain words, before the figures behind it. */
function Consequence({
  finding,
  label,
  lang,
}: {
  finding: Finding;
  label: string;
  lang: ResultsText['lang'];
}) {
  const consequence = consequenceOf(finding);
  if (consequence === null) return null;
  return (
    <p className="finding__consequence">
      <span className="finding__inputs-label">{label}</span> {consequence[lang]}
    </p>
  );
}

/** What the room should look at first, each finding with its severity, confidence and basis. */
export function FindingsList({ results }: { results: WorkshopResults }) {
  const text = useResultsText();
  const { t, lang } = text;
  const { findings } = results.result;

  return (
    <section className="card" aria-labelledby="results-findings-title">
      <h2 id="results-findings-title" className="card__title">
        {t('results.findings.title', { value: findings.length })}
      </h2>
      {findings.length === 0 ? (
        <p className="muted">{t('results.findings.none')}</p>
      ) : (
        <ol className="findings">
          {findings.map((finding: Finding) => (
            <li key={finding.id} className={`finding finding--${finding.severity}`}>
              <p className="finding__badges">
                <span className={`level level--${finding.severity}`}>
                  {t(`results.findings.severity.${finding.severity}`)}
                </span>
                <span className="level level--confidence">
                  {t(`results.findings.confidence.${finding.confidence}`)}
                </span>
              </p>
              <h3 className="finding__title">{finding.title[lang]}</h3>
              <Consequence finding={finding} label={t('results.findings.costs')} lang={lang} />
              <p className="finding__detail">{finding.detail[lang]}</p>
              <p className="finding__inputs">
                <span className="finding__inputs-label">{t('results.findings.basedOn')}</span>{' '}
                {finding.inputs
                  .map((input) =>
                    describeInput(input, { t, text, result: results.result, evidence: results }),
                  )
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
