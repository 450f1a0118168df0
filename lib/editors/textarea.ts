import { defineEditorLibrary } from './editor-library';

/** A `<textarea>`: the browser's editing command keeps its native undo (helpdesks.md §C.1). Model: `value`. */
export const textarea = defineEditorLibrary({
  id: 'textarea',
  fingerprint: 'textarea',
  inputPaths: ['exec-command'],
  undoGroupingMs: 0,
});
