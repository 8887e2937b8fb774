import type { ProjectorViewProps } from './view-props';

/** How far the room has got with the section's statements: counts only, never who. */
export function Progress({ state, t }: ProjectorViewProps) {
  const progress = state.progress;
  if (!progress) return null;
  const possible = progress.participants * progress.statements;
  return (
    <div className="present__progress">
      <p className="present__answered" role="status">
        {t('run.present.answered', { n: progress.completed, total: progress.participants })}
      </p>
      <div
        className="present__bar"
        role="progressbar"
        aria-label={t('run.present.answersProgress')}
        aria-valuemin={0}
        aria-valuemax={possible}
        aria-valuenow={progress.answers}
      >
        <span style={{ width: `${possible === 0 ? 0 : (progress.answers / possible) * 100}%` }} />
      </div>
    </div>
  );
}
