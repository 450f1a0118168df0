import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lib/self-assessment/summary';
import { dozenOutcomes } from './dozen-replies';
import { outcomeOn } from './outcomes';

describe('self-assessment summary', () => {
  it("adds up a dozen replies: categories, name use, empathy when upset, reading grade", () => {
    const summary = summarize(dozenOutcomes());
    expect(summary.drafts).toBe(12);
    expect(summary.withFindings).toEqual({ count: 5, of: 12, share: 5 / 12 });
    const byCategory = Object.fromEntries(summary.categories.map(({ category, withFindings }) => [category, withFindings.count]));
    expect(byCategory).toEqual({ tone: 0, empathy: 4, clarity: 0, personalization: 1, 'follow-up': 5 });
    expect(summary.nameUse).toEqual({ count: 10, of: 11, share: 10 / 11 });
    expect(summary.empathyWhenUpset).toEqual({ count: 1, of: 5, share: 0.2 });
    expect(summary.averageReadingGrade).toBeGreaterThan(2);
    expect(summary.averageReadingGrade).toBeLessThan(8);
  });

  it('ranks rules by the number of drafts they fired in', () => {
    const { topRules } = summarize(dozenOutcomes());
    expect(topRules.map(({ ruleId, drafts }) => [ruleId, drafts.count])).toEqual([
      ['follow-up.refund', 5],
      ['empathy.acknowledge-feelings', 4],
      ['personalization.name-unused', 1],
    ]);
  });

  it('trends by ISO week, per category too', () => {
    const { weeks } = summarize(dozenOutcomes());
    expect(weeks.map(({ week, monday, withFindings }) => [week, monday, withFindings.count, withFindings.of])).toEqual([
      ['2025-W02', '2025-01-06', 2, 4],
      ['2025-W03', '2025-01-13', 2, 4],
      ['2025-W04', '2025-01-20', 1, 4],
    ]);
    expect(weeks.map((week) => week.categories.empathy.count)).toEqual([2, 1, 1]);
  });

  it('keeps quiet weeks in the trend, with no share rather than 0 %', () => {
    const { weeks } = summarize([outcomeOn('2025-01-06'), outcomeOn('2025-01-27', { findings: { tone: 1, empathy: 0, clarity: 0, personalization: 0, 'follow-up': 0 } })]);
    expect(weeks.map(({ week, drafts, withFindings }) => [week, drafts, withFindings.share])).toEqual([
      ['2025-W02', 1, 0],
      ['2025-W03', 0, null],
      ['2025-W04', 0, null],
      ['2025-W05', 1, 1],
    ]);
  });

  it('says "no data" instead of 0 % when nothing could be measured', () => {
    const empty = summarize([]);
    expect(empty).toMatchObject({ drafts: 0, weeks: [], topRules: [], averageReadingGrade: null });
    expect(empty.nameUse.share).toBeNull();
    expect(summarize([outcomeOn('2025-01-06')]).empathyWhenUpset).toEqual({ count: 0, of: 0, share: null });
  });
});
