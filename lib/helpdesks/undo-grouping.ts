import type { EditorFramework } from './editor-framework';

/**
 * How long after the last edit an editor may still fold a new change into the same undo step, so a
 * fix applied that soon would be undone together with the agent's last words. Quill merges every
 * change within its history `delay` (1 s by default); ProseMirror merges adjacent changes within
 * `newGroupDelay` (500 ms). Froala saves its undo step for typing `typingTimer` (500 ms) after the
 * last key: a fix within it is undone with everything typed since the last step (found applying from
 * the card at the words, right after typing). The others start a new step for a paste or a replacement
 * whatever the time.
 */
export const UNDO_GROUPING_MS: Record<EditorFramework, number> = {
  textarea: 0,
  ckeditor5: 0,
  ckeditor4: 0,
  froala: 550,
  prosemirror: 500,
  slate: 0,
  lexical: 0,
  quill: 1000,
  draftjs: 0,
  contenteditable: 0,
};
