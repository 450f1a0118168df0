import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { ruleSetOf } from './rule-set-helpers';

describe("team leads' patterns", () => {
  // With a backtracking engine, (a+)+$ on this input takes longer than the age of the universe, and
  // this test would hit vitest's timeout. RE2 answers in one pass.
  it('cannot hang the engine with a catastrophic pattern on a long draft', () => {
    const set = ruleSetOf({ kind: 'phrase', patterns: ['(a+)+$', '(x|x)*y', '(\\w+\\s?)*!$'] });
    const draft = `${'a'.repeat(50_000)}! ${'x'.repeat(30_000)}`;
    expect(analyze({ draft }, set).findings).toEqual([]);
  });

  it('still finds what a safe pattern asks for', () => {
    const set = ruleSetOf({ kind: 'phrase', patterns: ['order #?\\d{5}'] });
    const draft = 'Your Order #48213 shipped.';
    const [finding] = analyze({ draft }, set).findings;
    expect(draft.slice(finding!.start, finding!.end)).toBe('Order #48213');
  });
});
