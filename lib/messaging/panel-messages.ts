import { z } from 'zod';
import { analysisSchema } from '../engine/result';
import { ADAPTER_IDS } from './adapter-ids';
import { draftContextSchema, frameInfoSchema } from './content-messages';
import { contextSourcesSchema } from './context-sources';

// Messages between the background and the side panel (or any other extension page).

// The engine's result schemas are the one definition of a finding; the panel validates with them.
export { analysisSchema, draftStatsSchema, findingSchema, listeningSchema } from '../engine/result';

export const tabStateSchema = z.strictObject({
  tabId: z.number().int(),
  frameId: z.number().int(),
  adapterId: z.enum(ADAPTER_IDS),
  draft: z.string(),
  /** The ticket around the draft, with the agent's corrections (what the engine and the panel use). */
  context: draftContextSchema,
  // Optional: states stored by an older version (storage.session outlives an extension update) still load.
  /** Where each field of `context` came from (`agent` for a correction). */
  sources: contextSourcesSchema.optional(),
  /** The context as the page gave it, when the agent corrected some of it. */
  asRead: z.strictObject({ context: draftContextSchema, sources: contextSourcesSchema }).optional(),
  /** The page showing the ticket (lib/messaging/content-messages.ts). */
  pageUrl: z.string().optional(),
  frame: frameInfoSchema,
  analysis: analysisSchema,
  readMs: z.number().nonnegative(),
  updatedAt: z.number(),
  /** Keys (lib/tab-state/open-findings.ts) of the findings the agent dismissed for this draft, in the panel or the page. */
  dismissed: z.array(z.string()).default([]),
  /** The editor's frame could not load the in-page coach: no underlines there (content-messages.ts). */
  underlinesUnavailable: z.literal(true).optional(),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** What the agent says the page got wrong: a field set to text, or `null` to go back to what the page shows. */
export const contextCorrectionChangeSchema = z.strictObject({
  customerName: z.string().trim().min(1).max(200).nullable().optional(),
  customerMessage: z.string().trim().min(1).max(20_000).nullable().optional(),
});
export type ContextCorrectionChange = z.infer<typeof contextCorrectionChangeSchema>;

/** Panel → background: the agent corrected the context of this tab's ticket (e.g. typed the customer's name). Answered with `tab-state`. */
export const correctContextMessageSchema = z.strictObject({
  type: z.literal('correct-context'),
  tabId: z.number().int(),
  change: contextCorrectionChangeSchema,
});
export type CorrectContextMessage = z.infer<typeof correctContextMessageSchema>;

/** Panel → background: what is the current state of this tab? Answered with a `tab-state` message. */
export const getTabStateMessageSchema = z.strictObject({
  type: z.literal('get-tab-state'),
  tabId: z.number().int(),
});
export type GetTabStateMessage = z.infer<typeof getTabStateMessageSchema>;

/** Background → panel: the state of one tab, `null` when no editor is being read there. Sent as the
 * answer to `get-tab-state` and broadcast whenever a tab's state changes. */
export const tabStateMessageSchema = z.strictObject({
  type: z.literal('tab-state'),
  tabId: z.number().int(),
  state: tabStateSchema.nullable(),
});
export type TabStateMessage = z.infer<typeof tabStateMessageSchema>;
