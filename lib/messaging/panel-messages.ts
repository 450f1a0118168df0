import { z } from 'zod';
import { analysisSchema } from '../engine/result';
import { ADAPTER_IDS } from './adapter-ids';
import { draftContextSchema, frameInfoSchema } from './content-messages';

// Messages between the background and the side panel (or any other extension page).

// The engine's result schemas are the one definition of a finding; the panel validates with them.
export { analysisSchema, draftStatsSchema, findingSchema, listeningSchema } from '../engine/result';

export const tabStateSchema = z.strictObject({
  tabId: z.number().int(),
  frameId: z.number().int(),
  adapterId: z.enum(ADAPTER_IDS),
  draft: z.string(),
  context: draftContextSchema,
  frame: frameInfoSchema,
  analysis: analysisSchema,
  readMs: z.number().nonnegative(),
  updatedAt: z.number(),
  /** Keys (lib/tab-state/open-findings.ts) of the findings the agent dismissed for this draft, in the panel or the page. */
  dismissed: z.array(z.string()).default([]),
});
export type TabState = z.infer<typeof tabStateSchema>;

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
