import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/domain/workshop';
import type { PresenterState } from '../../../../shared/run/api';

/** A presenter state with a current section: what every projector view is given. */
export type SectionState = PresenterState & { section: NonNullable<PresenterState['section']> };

/** Every projector view is drawn from `presenter:state` alone, in the workshop's language. */
export interface ProjectorViewProps {
  state: SectionState;
  language: Language;
  t: TFunction;
}
