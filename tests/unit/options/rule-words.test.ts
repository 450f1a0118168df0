import { describe, expect, it } from 'vitest';
import { exampleProblem, messageAsShown } from '../../../lib/options/rule-words';
import type { ExampleOutcome } from '../../../lib/rule-testing/run-examples';

const outcome = (expectation: ExampleOutcome['expectation'], passed: boolean, findings: { start: number; end: number; message: string }[] = []): ExampleOutcome =>
  ({ ruleId: 'acme.x', expectation, index: 0, example: 'Globex sells that part.', passed, findings, problem: 'was not flagged (the set found: tone.blame)' }) as unknown as ExampleOutcome;

describe('rules in the words agents read', () => {
  it.each([
    { template: '"{match}" can read as blame.', outcomes: [outcome('flagged', true, [{ start: 0, end: 6, message: '"Globex" can read as blame.' }])], shown: '"Globex" can read as blame.' },
    { template: '"{match}" can read as blame.', outcomes: undefined, shown: '"…" can read as blame.' },
    { template: 'More than {max} sentences of {count}.', outcomes: [], shown: 'More than 2 sentences of 3.' },
  ])('$template → $shown', ({ template, outcomes, shown }) => {
    expect(messageAsShown({ message: template }, outcomes)).toBe(shown);
  });

  it('says what went wrong with an example without rule ids', () => {
    expect(exampleProblem(outcome('flagged', false))).toBe('the rule did not flag it');
    expect(exampleProblem(outcome('accepted', false, [{ start: 0, end: 6, message: '' }]))).toBe('the rule flagged “Globex”');
    expect(exampleProblem(outcome('accepted', true))).toBe('');
  });
});
