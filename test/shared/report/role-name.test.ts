import { describe, expect, it } from 'vitest';
import { roleName } from '../../../shared/report/texts';

describe('role group names in a report', () => {
  it('translates the default groups, named in either language', () => {
    expect(roleName('engineering', 'es')).toBe('Ingeniería');
    expect(roleName('ingeniería', 'en')).toBe('Engineering');
    expect(roleName('Dirección', 'es')).toBe('Dirección');
    expect(roleName('LEADERSHIP', 'es')).toBe('Dirección');
  });

  it("prints a facilitator's own group as typed, never re-cased", () => {
    expect(roleName('qa', 'en')).toBe('qa');
    expect(roleName('Platform SRE', 'es')).toBe('Platform SRE');
  });
});
