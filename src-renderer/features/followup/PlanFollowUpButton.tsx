import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { suffixedTitle } from '../../../shared/domain/workshop-title';
import { navigate } from '../../router/use-route';
import { useAppStore } from '../../store';
import { errorMessage } from '../../store/workshops-slice';
import { BusyButton } from '../../components/BusyButton';

/**
 * "Plan a follow-up" on a closed workshop: a linked draft with the same team, role groups,
 * participants and agenda, so the next session measures the same things and the trend compares.
 */
export function PlanFollowUpButton({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation();
  const planFollowUp = useAppStore((state) => state.planFollowUp);
  const announce = useAppStore((state) => state.announce);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (workshop.status !== 'closed') return null;

  async function plan() {
    setBusy(true);
    setError(null);
    try {
      // Named in the workshop's own language, as its report and agenda are.
      const suffix = i18n.getFixedT(workshop.language)('followUp.titleSuffix');
      const followUp = await planFollowUp(workshop.id, suffixedTitle(workshop.title, suffix));
      announce(t('followUp.planned', { title: followUp.title }));
      navigate({ name: 'workshop', id: followUp.id });
    } catch (failure) {
      setError(t('followUp.planFailed', { detail: errorMessage(failure) }));
      setBusy(false);
    }
  }

  return (
    <BusyButton
      label={t('followUp.plan')}
      busyLabel={t('followUp.planning')}
      hint={t('followUp.planHint')}
      busy={busy}
      error={error}
      onClick={() => void plan()}
    />
  );
}
