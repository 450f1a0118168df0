import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/engine/types';
import type { DraftContext } from '../../../lib/messaging/content-messages';
import { categoryChecks, missingContext } from '../../../lib/panel/category-checks';

const finding = (category: Finding['category']): Finding => ({ ruleId: `${category}.x`, title: 'x', category, severity: 'warning', message: '', explanation: '', start: 0, end: 1 });
const FULL: DraftContext = { customerName: 'Dana', customerMessage: 'Where is it?', composer: 'reply' };

describe('what the panel could judge', () => {
  it.each([
    { given: 'everything', context: FULL, found: [], statuses: { tone: 'checked', empathy: 'checked', clarity: 'checked', personalization: 'checked', 'follow-up': 'checked' }, missing: [] },
    { given: 'no message', context: { ...FULL, customerMessage: undefined }, found: [], statuses: { empathy: 'not-checked', 'follow-up': 'not-checked', clarity: 'partly', personalization: 'checked' }, missing: ['customer-message'] },
    { given: 'no message, a follow-up the reply itself raised', context: { ...FULL, customerMessage: '  ' }, found: [finding('follow-up')], statuses: { empathy: 'not-checked', 'follow-up': 'partly' }, missing: ['customer-message'] },
    { given: 'no name', context: { ...FULL, customerName: undefined }, found: [], statuses: { personalization: 'partly', empathy: 'checked' }, missing: ['customer-name'] },
    { given: 'nothing, in a note', context: { composer: 'note' } as DraftContext, found: [], statuses: { tone: 'checked', clarity: 'checked', empathy: 'not-coached', personalization: 'not-coached', 'follow-up': 'not-coached' }, missing: [] },
  ])('$given', ({ context, found, statuses, missing }) => {
    const checks = categoryChecks(context as DraftContext, found);
    for (const [category, status] of Object.entries(statuses)) expect(checks.find((check) => check.category === category)?.status, category).toBe(status);
    expect(missingContext(checks).map((gap) => gap.missing)).toEqual(missing);
  });
});
