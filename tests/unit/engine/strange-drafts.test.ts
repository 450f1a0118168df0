import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { strangeDrafts } from '../../bench/strange-drafts';

// Every rule of the pack switched on, the ones that ship off too: a lead may switch any of them on.
const everyRule = { ...defaultRuleSet(), rules: defaultRuleSet().rules.map((rule) => ({ ...rule, enabled: true, checklistOnly: false })) };
const customerMessage = "This is the third time I'm asking!! Where is my refund? And why does your app keep crashing?";

describe('drafts nobody types but agents paste', () => {
  // Not a timing test (npm run bench times them): what matters here is that nothing throws and every
  // finding points inside the draft, however strange the draft.
  it.each(strangeDrafts())('$name: no throw, and every finding inside the draft', ({ draft }) => {
    const { findings } = analyze({ draft, customerMessage, customerName: 'Dana Whitfield' }, everyRule);
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeGreaterThanOrEqual(finding.start);
      expect(finding.end).toBeLessThanOrEqual(draft.length);
    }
  }, 30_000);

  it('reads the customer message just as safely when it is the strange one', () => {
    for (const { draft } of strangeDrafts()) {
      expect(() => analyze({ draft: 'Thanks, I have refunded your order today.', customerMessage: draft }, everyRule)).not.toThrow();
    }
  }, 60_000);
});
