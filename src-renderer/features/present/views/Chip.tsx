/** How a check came out, as the room should read it at a glance. */
export type ChipTone = 'good' | 'partial' | 'bad' | 'unknown' | 'unassessed';

/** A labelled value ("Verified: partly") in a colour that says good, partial or bad. */
export function Chip({ label, value, tone }: { label: string; value: string; tone: ChipTone }) {
  return (
    <span className={`present-chip present-chip--${tone}`}>
      <span className="present-chip__label">{label}</span>{' '}
      <span className="present-chip__value">{value}</span>
    </span>
  );
}

/** The tone of a yes/no check, where `null` was not assessed. */
export function flagTone(value: boolean | null): ChipTone {
  return value === null ? 'unassessed' : value ? 'good' : 'bad';
}
