import type { Finding } from '../engine/types';
import type { DraftContext } from '../messaging/content-messages';
import { CATEGORIES, type Category, DEFAULT_COMPOSERS } from '../rules/vocabulary';

/**
 * How far a category could be judged for this draft:
 * - `checked`: everything it needs was there;
 * - `partly`: some of its checks need context the page did not give (the customer's name);
 * - `not-checked`: it needs what is missing (the customer's message), so silence means nothing;
 * - `not-coached`: it does not coach this kind of message (an internal note).
 */
export type CheckStatus = 'checked' | 'partly' | 'not-checked' | 'not-coached';

/** Context a category needs and the page did not give. */
export type MissingContext = 'customer-message' | 'customer-name';

export interface CategoryCheck {
  category: Category;
  status: CheckStatus;
  /** The open findings of this category. */
  count: number;
  missing?: MissingContext;
}

/** What the categories need from the ticket: empathy and follow-up judge the reply against what the customer wrote. */
const NEEDS: Partial<Record<Category, { context: MissingContext; without: 'not-checked' | 'partly'; repliesOnly?: true }>> = {
  empathy: { context: 'customer-message', without: 'not-checked' },
  'follow-up': { context: 'customer-message', without: 'not-checked' },
  // "Dear customer" is found without a name; "use their name" cannot be.
  personalization: { context: 'customer-name', without: 'partly' },
  // Hard words are found without it; a vague time only matters once they asked when (clarity.vague-time).
  // (A note answers no customer: nothing of clarity needs their message there.)
  clarity: { context: 'customer-message', without: 'partly', repliesOnly: true },
};

/**
 * Per category, the count of open findings and whether silence can be trusted: the panel never shows
 * ✓ for a category that could not be judged. (Follow-up findings the reply itself triggers still
 * count, but without the customer's message their questions were not checked: `partly`.)
 */
export function categoryChecks(context: DraftContext, open: readonly Finding[]): CategoryCheck[] {
  return CATEGORIES.map((category) => {
    const count = open.filter((finding) => finding.category === category).length;
    // A team rule may coach notes on it anyway: then its findings are shown as such.
    if (!DEFAULT_COMPOSERS[category].includes(context.composer)) return { category, status: count > 0 ? 'checked' : 'not-coached', count };
    const need = NEEDS[category];
    if (!need || has(context, need.context) || (need.repliesOnly && context.composer !== 'reply')) return { category, status: 'checked', count };
    const status = need.without === 'not-checked' && count > 0 ? 'partly' : need.without;
    return { category, status, count, missing: need.context };
  });
}

/** Context the page did not give: the categories it left unchecked, and those it left checked only in part. */
export interface ContextGap {
  missing: MissingContext;
  notChecked: Category[];
  partly: Category[];
}

/** The context the page did not give that some category needed, in the order the header names it. */
export function missingContext(checks: readonly CategoryCheck[]): ContextGap[] {
  const byContext = new Map<MissingContext, ContextGap>();
  for (const check of checks) {
    if (!check.missing) continue;
    const gap = byContext.get(check.missing) ?? { missing: check.missing, notChecked: [], partly: [] };
    (check.status === 'partly' ? gap.partly : gap.notChecked).push(check.category);
    byContext.set(check.missing, gap);
  }
  return (['customer-message', 'customer-name'] as const).flatMap((missing) => byContext.get(missing) ?? []);
}

function has(context: DraftContext, needed: MissingContext): boolean {
  return Boolean((needed === 'customer-message' ? context.customerMessage : context.customerName)?.trim());
}
