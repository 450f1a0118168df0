import { defineEditorLibrary } from './editor-library';

/**
 * Froala (Freshdesk). It ignores a synthetic paste and `beforeinput`, and records the browser's own
 * editing command in its undo stack. Model: `FroalaEditor.INSTANCES[n].html.get()`. It saves the undo
 * step for typing `typingTimer` (500 ms) after the last key: a fix sooner than that is undone together
 * with everything typed since the last step (Ctrl+Z emptied the draft, found applying from the card at
 * the words right after typing).
 */
export const froala = defineEditorLibrary({
  id: 'froala',
  fingerprint: '.fr-element',
  inputPaths: ['exec-command'],
  undoGroupingMs: 550,
});
