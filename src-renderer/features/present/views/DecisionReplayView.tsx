import { useMemo } from 'react';
import type { PresenterDecision } from '../../../../shared/run/api';
import { Pager, type PagerItem } from '../Pager';
import { Chip, flagTone, type ChipTone } from './Chip';
import type { ProjectorViewProps } from './view-props';

const REPLAY_TONE: Record<NonNullable<PresenterDecision['replayable']>, ChipTone> = {
  yes: 'good',
  unsure: 'partial',
  no: 'bad',
};

/** Where a decision is written down: nowhere fails, someone's notes or the chat half-holds. */
function recordTone(recorded: PresenterDecision['recorded']): ChipTone {
  if (recorded === null) return 'unassessed';
  if (recorded === 'nowhere') return 'bad';
  return recorded === 'personal_notes' || recorded === 'team_chat' ? 'partial' : 'good';
}

const CHECKS = ['decider', 'inputs', 'recorded', 'replayable'] as const;

/** How many decisions pass each check, of those where it was assessed. */
function passes(decisions: readonly PresenterDecision[]) {
  const count = (test: (d: PresenterDecision) => boolean | null) => {
    const assessed = decisions.filter((decision) => test(decision) !== null);
    return {
      n: assessed.filter((decision) => test(decision) === true).length,
      total: assessed.length,
    };
  };
  return {
    decider: count((d) => d.deciderKnown),
    inputs: count((d) => d.inputsKnown),
    recorded: count((d) => (d.recorded === null ? null : d.recorded !== 'nowhere')),
    replayable: count((d) => (d.replayable === null ? null : d.replayable === 'yes')),
  };
}

/** Decision Replay: each decision with its four checks, and how many decisions pass each. */
export function DecisionReplayView({ state, t }: ProjectorViewProps) {
  const decisions = state.decisions;
  const notAssessed = t('run.evidence.notAssessed');
  const label = t('present.decisions.items');
  const items = useMemo((): PagerItem[] => {
    const flag = (value: boolean | null) =>
      value === null ? notAssessed : t(`run.evidence.options.flag.${value ? 'yes' : 'no'}`);
    return (decisions ?? []).map((decision, index) => ({
      key: `decision:${index}`,
      group: 'decisions',
      groupLabel: label,
      node: (
        <div className="present-row">
          <span className="present-row__title">{decision.title}</span>
          <span className="present-row__chips">
            <Chip
              label={t('present.decisions.checks.decider')}
              value={flag(decision.deciderKnown)}
              tone={flagTone(decision.deciderKnown)}
            />
            <Chip
              label={t('present.decisions.checks.inputs')}
              value={flag(decision.inputsKnown)}
              tone={flagTone(decision.inputsKnown)}
            />
            <Chip
              label={t('present.decisions.checks.recorded')}
              value={
                decision.recorded === null
                  ? notAssessed
                  : t(`run.evidence.options.recorded.${decision.recorded}`)
              }
              tone={recordTone(decision.recorded)}
            />
            <Chip
              label={t('present.decisions.checks.replayable')}
              value={
                decision.replayable === null
                  ? notAssessed
                  : t(`run.evidence.options.replayable.${decision.replayable}`)
              }
              tone={decision.replayable === null ? 'unassessed' : REPLAY_TONE[decision.replayable]}
            />
          </span>
        </div>
      ),
    }));
  }, [decisions, label, notAssessed, t]);
  if (!decisions) return null;
  const summary = passes(decisions);
  return (
    <div className="present-split">
      <section className="present-checks" aria-labelledby="present-checks-title">
        <h2 id="present-checks-title" className="aggregate__heading">
          {t('present.decisions.summary')}
        </h2>
        <ul>
          {CHECKS.map((check) => (
            <li key={check} className="present-funnel__stage">
              <span className="present-funnel__label">
                {t(`present.decisions.checks.${check}`)}
              </span>
              <span className="present-funnel__track" aria-hidden="true">
                <span
                  className="present-funnel__bar present-funnel__bar--verified"
                  style={{
                    width: `${summary[check].total === 0 ? 0 : (summary[check].n / summary[check].total) * 100}%`,
                  }}
                />
              </span>
              <span className="present-funnel__count">
                {t('present.countOf', { n: summary[check].n, total: summary[check].total })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {items.length === 0 ? (
        <p className="present-empty">{t('present.decisions.empty')}</p>
      ) : (
        <Pager items={items} version={JSON.stringify(decisions)} t={t} />
      )}
    </div>
  );
}
