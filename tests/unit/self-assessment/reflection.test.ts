import { describe, expect, it } from 'vitest';
import { REFLECTION_GUIDANCE, reflectionQuestions, WAYS_TO_IMPROVE } from '../../../lib/self-assessment/reflection';
import { summarize } from '../../../lib/self-assessment/summary';
import { dozenOutcomes } from './dozen-replies';

describe('reflection', () => {
  it("asks chapter 004's five questions, each beside the agent's own number when there is one", () => {
    const questions = reflectionQuestions(summarize(dozenOutcomes()));
    expect(questions.map((question) => question.id)).toEqual(['difficult-moments', 'their-side', 'listening', 'clear-under-pressure', 'solving']);
    const byId = Object.fromEntries(questions.map((question) => [question.id, question]));
    expect(byId['their-side']?.yourNumbers).toBe('You acknowledged how an upset customer felt in 1 of 5 replies (20%).');
    expect(byId['listening']?.yourNumbers).toBe('42% of your final drafts still had a follow-up finding (5 of 12).');
    expect(byId['clear-under-pressure']?.yourNumbers).toMatch(/^Your replies read at grade \d+(\.\d)? on average; 0% of your final drafts still had a clarity finding \(0 of 12\)\.$/);
    // The next-step rule never fired: nothing to say rather than a made-up number.
    expect(byId['solving']).not.toHaveProperty('yourNumbers');
  });

  it('has nothing to say about numbers before anything was recorded', () => {
    expect(reflectionQuestions(summarize([])).every((question) => question.yourNumbers === undefined)).toBe(true);
  });

  it('names its chapter and the ways to improve', () => {
    expect(REFLECTION_GUIDANCE).toMatch(/^004 /);
    expect(WAYS_TO_IMPROVE).toHaveLength(4);
  });
});
