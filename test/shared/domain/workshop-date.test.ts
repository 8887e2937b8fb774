import { describe, expect, it } from 'vitest';
import {
  isoDay,
  workshopDateProblem,
  workshopDateRange,
} from '../../../shared/domain/workshop-date';

describe('workshop date range', () => {
  it('accepts five years either side of today, both ends included', () => {
    expect(workshopDateRange('2026-11-26')).toEqual({
      earliest: '2021-11-26',
      latest: '2031-11-26',
    });
    expect(workshopDateProblem('2021-11-26', '2026-11-26')).toBeNull();
    expect(workshopDateProblem('2031-11-26', '2026-11-26')).toBeNull();
    expect(workshopDateProblem('2026-11-26', '2026-11-26')).toBeNull();
  });

  it('refuses a day beyond either end, naming the range', () => {
    expect(workshopDateProblem('2021-11-25', '2026-11-26')).toBe(
      'must be between 2021-11-26 and 2031-11-26, within 5 years of today',
    );
    expect(workshopDateProblem('2031-11-27', '2026-11-26')).not.toBeNull();
    expect(workshopDateProblem('1900-01-01', '2026-11-26')).not.toBeNull();
  });

  it('moves 29 February to the 28th in a common year', () => {
    expect(workshopDateRange('2028-02-29')).toEqual({
      earliest: '2023-02-28',
      latest: '2033-02-28',
    });
  });

  it('reads the UTC day of a clock', () => {
    expect(isoDay(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-26');
  });
});
