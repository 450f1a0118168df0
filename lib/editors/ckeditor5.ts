import { defineEditorLibrary } from './editor-library';

/**
 * CKEditor 5 (Zendesk Agent Workspace). It reverts any DOM change it did not make, execCommand
 * included: a paste or a `beforeinput` goes through its input pipeline and is one undo step.
 * Model in the page: `editable.ckeditorInstance` → `getData()`.
 */
export const ckeditor5 = defineEditorLibrary({
  id: 'ckeditor5',
  fingerprint: '.ck-editor__editable',
  inputPaths: ['paste', 'before-input'],
  undoGroupingMs: 0,
});
