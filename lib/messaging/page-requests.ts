import * as z from 'zod/mini';
import { AdapterRecord } from '../rules/adapter-data';

// Messages between the background and a helpdesk page's content script about the page itself (not
// its editor): the team's adapters, and the text the agent selected. zod/mini, like editor-actions.ts:
// the content script validates what it receives and has to stay small.

/** Content script → background: the adapters as the team runs them. Answered with `helpdesk-adapters`. */
export const helpdeskAdaptersRequestSchema = z.strictObject({ type: z.literal('get-helpdesk-adapters') });
export type HelpdeskAdaptersRequest = z.infer<typeof helpdeskAdaptersRequestSchema>;

/**
 * Background → content script: every adapter with the team's hosts and selectors (its rule file's or
 * the policy's `helpdesks` section), or `null` when the team changed none (the bundled ones apply).
 * The answer to `get-helpdesk-adapters`, and sent again when the rule set changes.
 */
export const helpdeskAdaptersSchema = z.strictObject({
  type: z.literal('helpdesk-adapters'),
  adapters: z.nullable(z.array(AdapterRecord)),
});
export type HelpdeskAdaptersMessage = z.infer<typeof helpdeskAdaptersSchema>;

/** Background → content script (one frame): the text the agent selected there, for the context menu. */
export const readSelectionRequestSchema = z.strictObject({ type: z.literal('read-selection') });
export type ReadSelectionRequest = z.infer<typeof readSelectionRequestSchema>;

/** The selection's text with its line breaks (the context menu's own copy loses them). */
export const selectionTextSchema = z.strictObject({ text: z.string() });
export type SelectionText = z.infer<typeof selectionTextSchema>;
