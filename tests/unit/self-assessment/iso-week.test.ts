import { describe, expect, it } from 'vitest';
import { addWeeks, isoWeekOf } from '../../../lib/self-assessment/iso-week';

describe('ISO weeks', () => {
  it.each([
    ['2025-01-06', '2025-W02', '2025-01-06'],
    ['2025-01-12', '2025-W02', '2025-01-06'],
    ['2024-12-30', '2025-W01', '2024-12-30'], // a Monday in December already in next year's week 1
    ['2021-01-03', '2020-W53', '2020-12-28'], // a Sunday in January still in last year's week 53
    ['2026-12-31', '2026-W53', '2026-12-28'],
  ])('%s is in %s, which starts on %s', (day, id, monday) => {
    expect(isoWeekOf(day)).toEqual({ id, monday });
  });

  it('steps from Monday to Monday across months and years', () => {
    expect(addWeeks('2024-12-30', 1)).toBe('2025-01-06');
    expect(addWeeks('2025-03-31', -1)).toBe('2025-03-24');
  });
});
