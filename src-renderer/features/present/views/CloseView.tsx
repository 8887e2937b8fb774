import { useMemo } from 'react';
import { Pager, type PagerItem } from '../Pager';
import type { ProjectorViewProps } from './view-props';

/** Close: the agreed plan, each action with its owner, its date and how the team will know. */
export function CloseView({ state, language, t }: ProjectorViewProps) {
  const plan = state.plan;
  const label = t('present.close.items');
  const items = useMemo((): PagerItem[] => {
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    return (plan ?? []).map((action, index) => ({
      key: action.id,
      group: 'plan',
      groupLabel: label,
      node: (
        <div className="present-action">
          <span className="present-action__number">{index + 1}</span>
          <span className="present-row__title">{action.title}</span>
          <dl className="present-action__fields">
            <div>
              <dt>{t('present.close.owner')}</dt>
              <dd className={action.owner ? undefined : 'present-action__missing'}>
                {action.owner || t('present.close.noOwner')}
              </dd>
            </div>
            <div>
              <dt>{t('present.close.due')}</dt>
              <dd className={action.dueDate ? undefined : 'present-action__missing'}>
                {action.dueDate
                  ? date.format(new Date(`${action.dueDate}T00:00:00Z`))
                  : t('present.close.noDate')}
              </dd>
            </div>
            <div>
              <dt>{t('present.close.signal')}</dt>
              <dd className={action.successSignal ? undefined : 'present-action__missing'}>
                {action.successSignal || t('present.close.noSignal')}
              </dd>
            </div>
          </dl>
        </div>
      ),
    }));
  }, [plan, label, language, t]);
  if (!plan) return null;
  if (items.length === 0) return <p className="present-empty">{t('present.close.empty')}</p>;
  return <Pager items={items} version={JSON.stringify(plan)} t={t} />;
}
