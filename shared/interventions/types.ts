import type { Localized } from '../instrument/types';
import type { FindingRule } from '../scoring/findings';

/** The four Execution Pod mechanisms every intervention belongs to. */
export const MECHANISMS = [
  'authority-topology',
  'pathway-stabilisation',
  'inspection-escalation',
  'trust-calibration',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** How long an intervention usually takes to show in a follow-up workshop. */
export const HORIZONS = ['two-weeks', 'quarter'] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface MechanismInfo {
  id: Mechanism;
  label: Localized;
  /** One sentence on what the mechanism protects. */
  summary: Localized;
}

export interface Intervention {
  /** Stable forever: saved actions and reports refer to it. */
  id: string;
  mechanism: Mechanism;
  title: Localized;
  /** What it is, in two sentences. */
  what: Localized;
  /** Why it helps: its link to the framework. */
  why: Localized;
  /** Something the team can start this week. */
  firstStep: Localized;
  /** Who usually owns it. */
  owner: Localized;
  /** What a follow-up workshop should see: which factors move and how. */
  successSignal: Localized;
  horizon: Horizon;
  /**
   * Findings that call for it: by rule id, or by a factor the finding is about. An intervention is
   * never recommended without at least one such finding.
   */
  triggers: { rules: FindingRule[]; factors: string[] };
  /** Factor ids (`dv.replay`) a follow-up should see fall. */
  targets: string[];
  /** When set, the factors of the findings that triggered it are targets too (role gaps, splits). */
  targetsFromFindings?: boolean;
}

export interface Catalogue {
  version: string;
  mechanisms: MechanismInfo[];
  interventions: Intervention[];
}
