import { z } from 'zod';
import { ADAPTER_IDS } from './adapter-ids';
import { contextSourcesSchema } from './context-sources';

// Messages a helpdesk page's content script sends to the background. The content script imports
// only the inferred types (never zod at run time), which keeps what runs in every helpdesk page small;
// the background validates each message with these schemas on receipt.

export const composerKindSchema = z.enum(['reply', 'note']);
export type ComposerKind = z.infer<typeof composerKindSchema>;

/** What the page shows around the draft. Fields a helpdesk does not show (or we cannot find) are left out. */
export const draftContextSchema = z.strictObject({
  customerName: z.string().optional(),
  customerMessage: z.string().optional(),
  subject: z.string().optional(),
  composer: composerKindSchema,
});
export type DraftContext = z.infer<typeof draftContextSchema>;

/** Which frame the editor lives in; the background adds the frame id the browser reports. */
export const frameInfoSchema = z.strictObject({
  url: z.string(),
  isTopFrame: z.boolean(),
});
export type FrameInfo = z.infer<typeof frameInfoSchema>;

export const draftSnapshotMessageSchema = z.strictObject({
  type: z.literal('draft-snapshot'),
  adapterId: z.enum(ADAPTER_IDS),
  draft: z.string(),
  context: draftContextSchema,
  /** Which adapter selector or generic strategy found each context field. */
  sources: contextSourcesSchema,
  frame: frameInfoSchema,
  /**
   * The address of the page showing the ticket (the outermost frame the script can see), without its
   * fragment: the agent's corrections hold until it changes.
   */
  pageUrl: z.string(),
  /** How long reading the draft took in the page, so budgets can be checked in a real browser. */
  readMs: z.number().nonnegative(),
  /**
   * The in-page coach (underlines, card, count) could not load in this frame: the extension was
   * updated under the page, or the browser refused its file. The panel says so.
   */
  inPageCoach: z.literal('unavailable').optional(),
});
export type DraftSnapshotMessage = z.infer<typeof draftSnapshotMessageSchema>;

/** The editor this frame was reading is gone (ticket closed, SPA navigation) and no other took its place. */
export const editorLostMessageSchema = z.strictObject({
  type: z.literal('editor-lost'),
  frame: frameInfoSchema,
});
export type EditorLostMessage = z.infer<typeof editorLostMessageSchema>;

/** The agent dismissed a finding from its card in the page (its key, as the background sent it). */
export const pageDismissMessageSchema = z.strictObject({
  type: z.literal('page-dismiss'),
  key: z.string(),
});

/** The agent applied a finding's fix from its card in the page: counted like a fix from the panel. */
export const pageFixAppliedMessageSchema = z.strictObject({
  type: z.literal('page-fix-applied'),
  key: z.string(),
});

/** The agent clicked the count at the editor's corner: open the side panel beside this tab. */
export const openPanelMessageSchema = z.strictObject({
  type: z.literal('open-panel'),
});

export const contentMessageSchema = z.discriminatedUnion('type', [
  draftSnapshotMessageSchema,
  editorLostMessageSchema,
  pageDismissMessageSchema,
  pageFixAppliedMessageSchema,
  openPanelMessageSchema,
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;
