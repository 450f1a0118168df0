import { pageEditorActionSchema, type DraftRange, type EditorActionResult } from '../messaging/editor-actions';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import { applyFix } from '../editors/apply-fix';
import type { DraftHighlighter } from './draft-highlight';
import { isTextArea } from '../editors/editable';
import { readDraft } from '../editors/read-draft';
import { relocateRange } from '../editors/relocate-range';

export interface EditorActionContext {
  /** The editor this frame reads now, if any, and when its text last changed (`performance.now()`). */
  editor(): { element: HTMLElement; changedAt: number } | undefined;
  highlighter: DraftHighlighter;
  /** Who may ask: this extension's id and the origin of its pages (the background is one). */
  runtimeId: string;
  extensionOrigin: string;
}

/**
 * The content script's side of the panel's actions, as forwarded by the background: highlight a
 * finding's words, or apply its fix. Anything not from this extension's own pages, or not shaped like
 * one of these messages, is ignored (undefined: no answer).
 */
export function handleEditorAction(message: unknown, sender: MessageSenderInfo, context: EditorActionContext): Promise<EditorActionResult> | undefined {
  if (senderKind(sender, context.runtimeId, context.extensionOrigin) !== 'extension-page') return undefined;
  const parsed = pageEditorActionSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const action = parsed.data;
  const editor = context.editor();
  if (action.type === 'page-highlight') return Promise.resolve(highlight(editor?.element, action.range, context.highlighter));
  context.highlighter.clear();
  if (!editor) return Promise.resolve({ ok: false, reason: 'no-editor' });
  return applyFix(editor.element, action.range, action.replacement, editor.changedAt);
}

function highlight(editor: HTMLElement | undefined, range: DraftRange | null, highlighter: DraftHighlighter): EditorActionResult {
  highlighter.clear();
  if (range === null) return { ok: true };
  if (!editor?.isConnected) return { ok: false, reason: 'no-editor' };
  // A textarea's text is not in the DOM: there is no range to paint.
  if (isTextArea(editor)) return { ok: false, reason: 'unsupported' };
  const { text, positions } = readDraft(editor);
  const target = relocateRange(text, range);
  if (!target) return { ok: false, reason: 'draft-changed' };
  const start = positions.domPositionAt(target.start);
  const end = positions.domPositionAfter(target.end);
  if (!start || !end) return { ok: false, reason: 'draft-changed' };
  const domRange = editor.ownerDocument.createRange();
  domRange.setStart(start.node, start.offset);
  domRange.setEnd(end.node, end.offset);
  return highlighter.show(domRange) ? { ok: true } : { ok: false, reason: 'unsupported' };
}
