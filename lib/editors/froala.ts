import { defineEditorLibrary } from './editor-library';

/**
 * Froala (Freshdesk). It ignores a synthetic paste and `beforeinput`, and records the browser's own
 * editing command in its undo stack. Model: `FroalaEditor.INSTANCES[n].html.get()`.
 */
export const froala = defineEditorLibrary({
  id: 'froala',
  fingerprint: '.fr-element',
  inputPaths: ['exec-command'],
  undoGroupingMs: 0,
});
