import type { EditorFramework } from './editor-framework';

/**
 * How long after the last edit an editor may still fold a new change into the same undo step, so a
 * fix applied that soon would be undone together with the agent's last words. Quill merges every
 * change within its history `delay` (1 s by default); ProseMirror merges adjacent changes within
 * `newGroupDelay` (500 ms). The others start a new step for a paste or a replacement whatever the time.
 */
export const UNDO_GROUPING_MS: Record<EditorFramework, number> = {
  textarea: 0,
  ckeditor5: 0,
  ckeditor4: 0,
  froala: 0,
  prosemirror: 500,
  slate: 0,
  lexical: 0,
  quill: 1000,
  draftjs: 0,
  contenteditable: 0,
};
