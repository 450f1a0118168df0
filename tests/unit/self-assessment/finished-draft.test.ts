import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { isFinishedDraft, outcomeOfFinishedDraft, type DraftState } from '../../../lib/self-assessment/finished-draft';

const reply = 'Hi Dana, your refund was issued today and arrives within 5 business days.';

function state(draft: string, overrides: Partial<DraftState['context']> = {}): DraftState {
  const context = { composer: 'reply' as const, customerName: 'Dana Whitfield', ...overrides };
  return { adapterId: 'zendesk', draft, context, analysis: analyze({ draft, ...(context.customerName ? { customerName: context.customerName } : {}) }) };
}

describe('finished draft', () => {
  it('is a reply whose editor was emptied in one step, as sending does', () => {
    expect(isFinishedDraft(state(reply), { draft: '' })).toBe(true);
    expect(isFinishedDraft(state(reply), { draft: '\n ' })).toBe(true);
  });

  it('is a reply whose editor went away with the draft in it', () => {
    expect(isFinishedDraft(state(reply), null)).toBe(true);
  });

  it('is not a draft still being written, nor the tail end of deleting one by hand', () => {
    expect(isFinishedDraft(state(reply), { draft: `${reply} Thanks` })).toBe(false);
    expect(isFinishedDraft(state('Hi Dana, your'), { draft: '' })).toBe(false);
    expect(isFinishedDraft(null, { draft: '' })).toBe(false);
  });

  it('is never an internal note', () => {
    expect(isFinishedDraft(state(reply, { composer: 'note' }), { draft: '' })).toBe(false);
  });

  it("records the helpdesk and whether the customer's name was a real name", () => {
    const at = new Date(2025, 0, 6, 12);
    expect(outcomeOfFinishedDraft(state(reply), at, defaultRuleSet().rules)).toMatchObject({ helpdesk: 'zendesk', day: '2025-01-06', nameKnown: true, nameUsed: true });
    expect(outcomeOfFinishedDraft(state(reply, { customerName: 'Customer' }), at, defaultRuleSet().rules).nameKnown).toBe(false);
    expect(outcomeOfFinishedDraft(state(reply, { customerName: undefined }), at, defaultRuleSet().rules).nameKnown).toBe(false);
  });
});
