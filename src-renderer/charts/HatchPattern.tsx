import { HIDDEN_CELL } from '../../shared/charts';

/**
 * A diagonal hatch for an SVG fill (`fill="url(#id)"`): 8-px tiles of `background` crossed by
 * a 3-px `stripe` at 45°. Its colours default to a hidden cell's: the heatmaps hatch the cells
 * they hide with it, and the funnel its "partly" share, so a pattern, not a colour alone, tells
 * those areas apart.
 */
export function HatchPattern({
  id,
  background = HIDDEN_CELL.fill,
  stripe = HIDDEN_CELL.hatch,
}: {
  id: string;
  background?: string;
  stripe?: string;
}) {
  return (
    <defs>
      <pattern
        id={id}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill={background} />
        <line x1="0" y1="0" x2="0" y2="8" stroke={stripe} strokeWidth="3" />
      </pattern>
    </defs>
  );
}
