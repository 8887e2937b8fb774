import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { consequenceOf } from '../../../shared/report/consequences';
import type { Finding, ScoreResult } from '../../../shared/scoring';
import type { WorkshopResults } from '../../store/results-slice';
import { roleLabel } from '../../i18n/labels';
import { useResultsText, type ResultsText } from './use-results-text';

const INDEXED = /^(realityCheck|decisions)\[(\d+)\]$/;

/** One `inputs` entry of a finding in words: a factor's name, a statement's text, an evidence title. */
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
    // The statement as the room read it: its id means nothing to the room (and differs by version).
    return t('results.findings.statement', { text: text.itemText(input) });
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

/**
 * What the room should look at first, each finding with its severity, confidence and basis. With
 * `top`, only the first few (findings come most severe first) under the summary's "why" heading,
 * and `more` after them leads to the rest.
 */
export function FindingsList({
  results,
  top,
  more,
}: {
  results: WorkshopResults;
  top?: number;
  more?: ReactNode;
}) {
  const text = useResultsText();
  const { t, lang } = text;
  const { findings } = results.result;
  const shown = top === undefined ? findings : findings.slice(0, top);
  const titleId = top === undefined ? 'results-findings-title' : 'results-why-title';

  return (
    <section
      className="card"
      aria-labelledby={titleId}
      data-testid={top === undefined ? undefined : 'results-why'}
    >
      <h2 id={titleId} className="card__title">
        {top === undefined
          ? t('results.findings.title', { value: findings.length })
          : shown.length === 0
            ? t('results.summary.whyEmpty')
            : t('results.summary.why', { count: shown.length })}
      </h2>
      {findings.length === 0 ? (
        <p className="muted">{t('results.findings.none')}</p>
      ) : (
        <ol className={top === undefined ? 'findings' : 'findings findings--top'}>
          {shown.map((finding: Finding) => (
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
              {/* The summary keeps to what and what it costs; the figures and what each finding
                  rests on are under "All findings". */}
              {top === undefined ? <p className="finding__detail">{finding.detail[lang]}</p> : null}
              {top === undefined ? (
                <p className="finding__inputs">
                  <span className="finding__inputs-label">{t('results.findings.basedOn')}</span>{' '}
                  {finding.inputs
                    .map((input) =>
                      describeInput(input, { t, text, result: results.result, evidence: results }),
                    )
                    .join(' · ')}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {shown.length < findings.length ? <div className="findings__more">{more}</div> : null}
    </section>
  );
}
