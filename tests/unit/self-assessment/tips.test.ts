import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/engine';
import { summarize } from '../../../lib/self-assessment/summary';
import { ruleHabit, tipsFor } from '../../../lib/self-assessment/tips';
import { dozenOutcomes } from './dozen-replies';
import { outcomeOn } from './outcomes';

const noFindings = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<(typeof CATEGORIES)[number], number>;

describe('tips', () => {
  it('start with what the agent most often misses, with their own numbers', () => {
    const tips = tipsFor(summarize(dozenOutcomes()));
    expect(tips[0]).toMatchObject({ id: 'empathy.acknowledge-feelings', category: 'empathy' });
    expect(tips[0]?.title).toBe('You often skip acknowledging frustration when a customer is upset');
    expect(tips[0]?.evidence).toBe('In 4 of your 5 replies to upset customers.');
    expect(tips[0]?.tryThis).toMatch(/^Try: /);
    // The refund rule has no advice of its own: its category speaks for it.
    expect(tips[1]).toMatchObject({ id: 'follow-up', category: 'follow-up', evidence: 'In 5 of your 12 final drafts.' });
    expect(tips[1]?.title).toMatch(/^You sometimes /);
  });

  it('ignore findings that came up only once', () => {
    const outcomes = [outcomeOn('2025-01-06', { ruleIds: ['tone.blame'], findings: { ...noFindings, tone: 1 } }), outcomeOn('2025-01-07'), outcomeOn('2025-01-08')];
    expect(tipsFor(summarize(outcomes))).toEqual([]);
  });

  it('measure name use among replies where the name was known', () => {
    const skipped = { nameKnown: true, nameUsed: false, ruleIds: ['personalization.name-unused'], findings: { ...noFindings, personalization: 1 } };
    const outcomes = [outcomeOn('2025-01-06', skipped), outcomeOn('2025-01-07', skipped), ...Array.from({ length: 8 }, () => outcomeOn('2025-01-08'))];
    expect(tipsFor(summarize(outcomes))).toEqual([
      expect.objectContaining({ id: 'personalization.name-unused', title: "You often leave out the customer's name when you know it", evidence: "In 2 of your 2 replies where you knew the customer's name." }),
    ]);
  });

  it('count upset and only annoyed customers left unacknowledged as one habit, in one tip', () => {
    const empathy = { ...noFindings, empathy: 1 };
    const upsetSkipped = { customerUpset: true, acknowledged: false, ruleIds: ['empathy.acknowledge-feelings'], findings: empathy };
    const annoyedSkipped = { customerUpset: true, acknowledged: false, ruleIds: ['empathy.acknowledge-annoyance'], findings: empathy };
    const outcomes = [outcomeOn('2025-01-06', annoyedSkipped), outcomeOn('2025-01-06', annoyedSkipped), outcomeOn('2025-01-07', upsetSkipped), outcomeOn('2025-01-07', { customerUpset: true, acknowledged: true })];
    const tips = tipsFor(summarize(outcomes));
    expect(tips).toHaveLength(1);
    expect(tips[0]).toMatchObject({ category: 'empathy', evidence: 'In 3 of your 4 replies to upset customers.' });
  });

  it('give at most three, one per category', () => {
    const everything = outcomeOn('2025-01-06', {
      findings: { tone: 1, empathy: 1, clarity: 1, personalization: 1, 'follow-up': 1 },
      ruleIds: ['clarity.long-sentence', 'clarity.jargon', 'tone.blame', 'follow-up.next-step', 'personalization.generic-greeting'],
    });
    const tips = tipsFor(summarize([everything, everything, everything]));
    expect(tips).toHaveLength(3);
    expect(new Set(tips.map((tip) => tip.category)).size).toBe(3);
  });

  it('describe known rules in words', () => {
    expect(ruleHabit('empathy.acknowledge-feelings')).toBe('Skip acknowledging frustration when a customer is upset');
    expect(ruleHabit('team.custom-rule')).toBeUndefined();
  });
});
