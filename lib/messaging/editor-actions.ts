import * as z from 'zod/mini';
import { CATEGORIES, SEVERITIES } from '../rules/vocabulary';

// Messages that act on the helpdesk's editor: the panel asks the background, which forwards to the
// content script in the frame that holds the editor (the tab state's frameId). zod/mini, not zod: the
// content script validates these itself, and it has to stay small (it runs in every helpdesk frame).

const offset = () => z.int().check(z.nonnegative());

/**
 * Words of a draft as the panel saw them: `start`..`end` (UTF-16 offsets into `draft`, the text the
 * analysis was made on) should hold `expected`. The page checks this against the editor's current
 * text before touching anything, because the agent may have typed since.
 */
export const draftRangeSchema = z.strictObject({
  draft: z.string(),
  start: offset(),
  end: offset(),
  expected: z.string(),
});
export type DraftRange = z.infer<typeof draftRangeSchema>;

/** Panel → background: highlight these words in the tab's editor; `range: null` clears the highlight. */
export const highlightRequestSchema = z.strictObject({
  type: z.literal('highlight'),
  tabId: z.int(),
  range: z.nullable(draftRangeSchema),
});
export type HighlightRequest = z.infer<typeof highlightRequestSchema>;

/** Panel → background: replace the finding's words with its suggestion. Answered with an EditorActionResult. */
export const applyFixRequestSchema = z.strictObject({
  type: z.literal('apply-fix'),
  tabId: z.int(),
  ruleId: z.string(),
  range: draftRangeSchema,
  replacement: z.string(),
});
export type ApplyFixRequest = z.infer<typeof applyFixRequestSchema>;

/**
 * Panel → background: the agent dismissed the finding with this key (lib/tab-state/open-findings.ts)
 * for the tab's draft, or with `dismissed: false` took it back (Undo). The background keeps it with the
 * tab's state, so the panel, the underlines and the toolbar count agree; dismissals are counted in the
 * rule statistics (never the text).
 */
export const findingDismissedSchema = z.strictObject({
  type: z.literal('finding-dismissed'),
  tabId: z.int(),
  key: z.string(),
  dismissed: z.boolean(),
});
export type FindingDismissed = z.infer<typeof findingDismissedSchema>;

export const panelEditorRequestSchema = z.discriminatedUnion('type', [highlightRequestSchema, applyFixRequestSchema, findingDismissedSchema]);
export type PanelEditorRequest = z.infer<typeof panelEditorRequestSchema>;

/** Background → content script (one frame): highlight, or clear with `range: null`. */
export const pageHighlightSchema = z.strictObject({
  type: z.literal('page-highlight'),
  range: z.nullable(draftRangeSchema),
});
export type PageHighlight = z.infer<typeof pageHighlightSchema>;

/** Background → content script (one frame): apply a fix through the editor's own input path. */
export const pageApplyFixSchema = z.strictObject({
  type: z.literal('page-apply-fix'),
  range: draftRangeSchema,
  replacement: z.string(),
});
export type PageApplyFix = z.infer<typeof pageApplyFixSchema>;

/** One open finding as the page shows it: underlined, and in the card at its words. */
export const pageFindingSchema = z.strictObject({
  /** The finding's key (lib/tab-state/open-findings.ts): what the page names when it is dismissed or fixed. */
  key: z.string(),
  ruleId: z.string(),
  title: z.string(),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  explanation: z.string(),
  /** The guidance chapter's title, without its number. */
  guidance: z.optional(z.string()),
  /** Offsets into the message's `draft`; equal for a finding about a place (something missing). */
  start: offset(),
  end: offset(),
  replacement: z.optional(z.string()),
});
export type PageFinding = z.infer<typeof pageFindingSchema>;

/**
 * Background → content script (the editor's frame): the open findings of the draft it analyzed, after
 * every analysis, dismissal or change of muted rules. The page underlines them where their words are now
 * (lib/overlay), apart from the panel's highlight and fix requests above.
 */
export const pageFindingsSchema = z.strictObject({
  type: z.literal('page-findings'),
  draft: z.string(),
  findings: z.array(pageFindingSchema),
});
export type PageFindings = z.infer<typeof pageFindingsSchema>;

export const pageEditorActionSchema = z.discriminatedUnion('type', [pageHighlightSchema, pageApplyFixSchema]);
export type PageEditorAction = z.infer<typeof pageEditorActionSchema>;

/**
 * Why an action did nothing:
 * - `no-editor`: no editor is being read in that tab (closed, navigated, never focused);
 * - `draft-changed`: the words are no longer where the panel saw them, and not found exactly once nearby;
 * - `editor-refused`: no input path changed the editor's text (it ignored every one);
 * - `unexpected-change`: the editor changed, but not into the expected text (nothing more is tried);
 * - `unsupported`: this editor cannot show it (a textarea has no highlight);
 * - `unreachable`: the page did not answer (reloading, or the content script is not running there).
 */
export const EDITOR_ACTION_FAILURES = ['no-editor', 'draft-changed', 'editor-refused', 'unexpected-change', 'unsupported', 'unreachable'] as const;
export type EditorActionFailure = (typeof EDITOR_ACTION_FAILURES)[number];

export const editorActionResultSchema = z.union([
  z.strictObject({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false), reason: z.enum(EDITOR_ACTION_FAILURES) }),
]);
export type EditorActionResult = z.infer<typeof editorActionResultSchema>;
