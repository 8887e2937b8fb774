import type { FileRealityCheckEntry } from '../format/workshop-file';
import type { Evidence } from '../scoring/result';
import { r2 } from './geometry';

export type FunnelStageId = 'reported' | 'verified' | 'owned' | 'traceable';

export interface FunnelStage {
  id: FunnelStageId;
  count: number;
  /** count / reported, 0–1. */
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  textX: number;
  textY: number;
}

export interface FunnelPartly {
  count: number;
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export type FunnelLayout =
  | { status: 'empty'; width: number; height: number }
  | {
      status: 'ok';
      width: number;
      height: number;
      /**
       * `nested`: each stage counts the entries that also passed every earlier stage (needs the
       * entries themselves). `independent`: each stage counts all reported entries that meet it,
       * from the aggregate counts alone, so a later stage may be wider than an earlier one.
       */
      mode: 'nested' | 'independent';
      stages: FunnelStage[];
      /** Partly verified entries: shown beside "verified", never counted as verified. */
      partly: FunnelPartly;
      notVerified: number;
      unknown: number;
      /** Reported entries whose verification was not assessed: in no stage past "reported". */
      notAssessed: number;
      /** Trapezoids between stages, in nested mode only. */
      connectors: { key: string; path: string }[];
    };

export type FunnelEntry = Pick<
  FileRealityCheckEntry,
  'verified' | 'ownerClear' | 'decisionTraceable'
>;

const WIDTH = 760;
const LABEL_X = 184;
const CENTRE = 400;
const MAX_BAR = 400;
const STAGE_HEIGHT = 44;
const STAGE_GAP = 26;
const TOP = 12;

/**
 * Reality funnel: reported → verified (fully; "partly" shown beside it) → owner clear →
 * decision traceable, from the Reality Check. Nested when the entries are given.
 */
export function realityFunnelLayout(
  realityCheck: Evidence['realityCheck'],
  entries?: readonly FunnelEntry[],
): FunnelLayout {
  const nested = entries !== undefined;
  const reported = nested ? entries.length : realityCheck.entries;
  const height = TOP * 2 + 4 * STAGE_HEIGHT + 3 * STAGE_GAP;
  if (reported === 0) return { status: 'empty', width: WIDTH, height };

  let counts: Record<FunnelStageId, number>;
  let partly: number;
  let notVerified: number;
  let unknown: number;
  if (nested) {
    const verified = entries.filter((entry) => entry.verified === 'verified');
    const owned = verified.filter((entry) => entry.ownerClear === 'yes');
    counts = {
      reported,
      verified: verified.length,
      owned: owned.length,
      traceable: owned.filter((entry) => entry.decisionTraceable).length,
    };
    partly = entries.filter((entry) => entry.verified === 'partly').length;
    notVerified = entries.filter((entry) => entry.verified === 'not_verified').length;
    unknown = entries.filter((entry) => entry.verified === 'unknown').length;
  } else {
    counts = {
      reported,
      verified: realityCheck.verified,
      owned: realityCheck.ownerClear,
      traceable: realityCheck.traceable,
    };
    partly = realityCheck.partly;
    notVerified = realityCheck.notVerified;
    unknown = realityCheck.unknown;
  }

  const widthOf = (count: number) => (MAX_BAR * count) / reported;
  const order: FunnelStageId[] = ['reported', 'verified', 'owned', 'traceable'];
  let partlyBar: FunnelPartly = {
    count: partly,
    share: r2(partly / reported),
    x: 0,
    y: 0,
    width: 0,
    height: 0,
  };
  const stages: FunnelStage[] = order.map((id, index) => {
    const count = counts[id];
    const y = TOP + index * (STAGE_HEIGHT + STAGE_GAP);
    const main = widthOf(count);
    // "Verified" and "partly" are centred together, so partly reads as an almost-verified fringe.
    const group = id === 'verified' ? main + widthOf(partly) : main;
    const x = CENTRE - group / 2;
    if (id === 'verified') {
      partlyBar = {
        ...partlyBar,
        x: r2(x + main),
        y,
        width: r2(widthOf(partly)),
        height: STAGE_HEIGHT,
      };
    }
    return {
      id,
      count,
      share: r2(count / reported),
      x: r2(x),
      y,
      width: r2(main),
      height: STAGE_HEIGHT,
      labelX: LABEL_X,
      textX: CENTRE + MAX_BAR / 2 + 12,
      textY: r2(y + STAGE_HEIGHT / 2 + 5),
    };
  });

  const connectors: { key: string; path: string }[] = [];
  if (nested) {
    stages.forEach((stage, index) => {
      const next = stages[index + 1];
      if (next === undefined) return;
      const top = stage.y + stage.height;
      const bottom = next.y;
      connectors.push({
        key: `${stage.id}>${next.id}`,
        path:
          `M${stage.x},${top}L${r2(stage.x + stage.width)},${top}` +
          `L${r2(next.x + next.width)},${bottom}L${next.x},${bottom}Z`,
      });
    });
  }

  return {
    status: 'ok',
    width: WIDTH,
    height,
    mode: nested ? 'nested' : 'independent',
    stages,
    partly: partlyBar,
    notVerified,
    unknown,
    notAssessed: reported - counts.verified - partly - notVerified - unknown,
    connectors,
  };
}
