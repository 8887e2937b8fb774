import type { ComponentType } from 'react';
import type { SectionKind } from '../../../../shared/run/agenda';
import { ClientStatementsView } from './ClientStatementsView';
import { CloseView } from './CloseView';
import { DecisionReplayView } from './DecisionReplayView';
import { InterventionsView } from './InterventionsView';
import { PromptView } from './PromptView';
import { RealityCheckView } from './RealityCheckView';
import { RevealView } from './RevealView';
import { StatementsView } from './StatementsView';
import type { ProjectorViewProps } from './view-props';

export type { ProjectorViewProps, SectionState } from './view-props';

/** The projector's view of each section kind: a new kind adds its view here, and TypeScript asks. */
export const PROJECTOR_VIEWS: Record<SectionKind, ComponentType<ProjectorViewProps>> = {
  framing: PromptView,
  statements: StatementsView,
  client_statements: ClientStatementsView,
  reality_check: RealityCheckView,
  decision_replay: DecisionReplayView,
  reveal: RevealView,
  revote: StatementsView,
  interventions: InterventionsView,
  close: CloseView,
  custom: PromptView,
};
