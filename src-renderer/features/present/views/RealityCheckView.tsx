import { useMemo } from 'react';
import type { PresenterRealityCheck } from '../../../../shared/run/api';
import { Pager, type PagerItem } from '../Pager';
import { Chip, flagTone, type ChipTone } from './Chip';
import type { ProjectorViewProps } from './view-props';

type Item = PresenterRealityCheck['items'][number];

const VERIFIED_TONE: Record<NonNullable<Item['verified']>, ChipTone> = {
  verified: 'good',
  partly: 'partial',
  not_verified: 'bad',
  unknown: 'unknown',
};
const OWNER_TONE: Record<NonNullable<Item['ownerClear']>, ChipTone> = {
  yes: 'good',
  unclear: 'partial',
  no: 'bad',
};

/**
 * The funnel from what was reported done to what was shown in the room: each stage counts the
 * items that also passed every earlier one; "partly verified" stands beside, never inside.
 */
function Funnel({
  funnel,
  t,
}: {
  funnel: PresenterRealityCheck['funnel'];
  t: ProjectorViewProps['t'];
}) {
  const total = funnel.reported;
  const stages = [
    ['reported', funnel.reported],
    ['verified', funnel.verified],
    ['owned', funnel.owned],
    ['traceable', funnel.traceable],
  ] as const;
  return (
    <section className="present-funnel" aria-labelledby="present-funnel-title">
      <h2 id="present-funnel-title" className="aggregate__heading">
        {t('present.realityCheck.funnel')}
      </h2>
      <ol>
        {stages.map(([id, count]) => (
          <li key={id} className="present-funnel__stage">
            <span className="present-funnel__label">{t(`present.realityCheck.stages.${id}`)}</span>
            <span className="present-funnel__track" aria-hidden="true">
              <span
                className={`present-funnel__bar present-funnel__bar--${id}`}
                style={{ width: `${total === 0 ? 0 : (count / total) * 100}%` }}
              />
              {id === 'verified' && funnel.partly > 0 ? (
                <span
                  className="present-funnel__bar present-funnel__bar--partly"
                  style={{ width: `${(funnel.partly / total) * 100}%` }}
                />
              ) : null}
            </span>
            <span className="present-funnel__count">
              {t('present.countOf', { n: count, total })}
              {id === 'verified' && funnel.partly > 0 ? (
                <span className="present-funnel__partly">
                  {' '}
                  {t('present.realityCheck.partly', { count: funnel.partly })}
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Reality Check: the funnel beside the work items, each with what was reported and what was shown. */
export function RealityCheckView({ state, t }: ProjectorViewProps) {
  const realityCheck = state.realityCheck;
  const notAssessed = t('run.evidence.notAssessed');
  const label = t('present.realityCheck.items');
  const items = useMemo(
    (): PagerItem[] =>
      (realityCheck?.items ?? []).map((item, index) => ({
        key: `item:${index}`,
        group: 'items',
        groupLabel: label,
        node: (
          <div className="present-row">
            <span className="present-row__title">{item.title}</span>
            <span className="present-row__chips">
              <Chip
                label={t('present.realityCheck.reported')}
                value={item.reported}
                tone="unknown"
              />
              <Chip
                label={t('present.realityCheck.verified')}
                value={
                  item.verified === null
                    ? notAssessed
                    : t(`run.evidence.options.verified.${item.verified}`)
                }
                tone={item.verified === null ? 'unassessed' : VERIFIED_TONE[item.verified]}
              />
              <Chip
                label={t('present.realityCheck.owner')}
                value={
                  item.ownerClear === null
                    ? notAssessed
                    : t(`run.evidence.options.ownerClear.${item.ownerClear}`)
                }
                tone={item.ownerClear === null ? 'unassessed' : OWNER_TONE[item.ownerClear]}
              />
              <Chip
                label={t('present.realityCheck.traceable')}
                value={
                  item.decisionTraceable === null
                    ? notAssessed
                    : t(`run.evidence.options.flag.${item.decisionTraceable ? 'yes' : 'no'}`)
                }
                tone={flagTone(item.decisionTraceable)}
              />
            </span>
          </div>
        ),
      })),
    [realityCheck, label, notAssessed, t],
  );
  if (!realityCheck) return null;
  return (
    <div className="present-split">
      <Funnel funnel={realityCheck.funnel} t={t} />
      {items.length === 0 ? (
        <p className="present-empty">{t('present.realityCheck.empty')}</p>
      ) : (
        <Pager items={items} version={JSON.stringify(realityCheck.items)} t={t} />
      )}
    </div>
  );
}
