import { firstNameOf } from '../engine';
import type { TabState } from '../messaging/panel-messages';
import type { Rule } from '../rules/schema';
import { draftOutcome, type DraftOutcome, moodsCheckedForAcknowledgement } from './outcome';

// When the background should record a draft as "finished". Helpdesks do not tell us that a reply was
// sent, but they all empty the editor in one go when it is, or close it (next ticket, SPA
// navigation). Deleting a draft by hand passes through ever shorter drafts first, which the word
// minimum filters out. Selecting all and deleting a long draft still counts: we cannot tell it apart.

/** Shorter drafts are too unfinished to say anything about the agent's replies. */
export const MIN_FINISHED_WORDS = 5;

/** The parts of a tab's state the decision and the outcome need. */
export type DraftState = Pick<TabState, 'adapterId' | 'draft' | 'context' | 'analysis'>;

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * True when `before` was a reply the agent finished: the next state has an empty draft, or there is
 * no next state because the editor is gone. Internal notes are not replies to a customer and never count.
 */
export function isFinishedDraft(before: DraftState | null, after: Pick<TabState, 'draft'> | null): boolean {
  if (!before || before.context.composer !== 'reply') return false;
  if (wordCount(before.draft) < MIN_FINISHED_WORDS) return false;
  return after === null || after.draft.trim() === '';
}

/** The outcome to record for a finished draft: from its last analysis (by `rules`), never its text. */
export function outcomeOfFinishedDraft(before: DraftState, at: Date, rules: readonly Rule[]): DraftOutcome {
  return draftOutcome(before.analysis, {
    helpdesk: before.adapterId,
    // Known the way the engine knows it: "Customer" or an e-mail address is no name to greet.
    customerNameKnown: firstNameOf(before.context.customerName) !== undefined,
    at,
    moodsChecked: moodsCheckedForAcknowledgement(rules),
  });
}
