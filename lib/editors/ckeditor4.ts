import { defineEditorLibrary } from './editor-library';

/**
 * CKEditor 4 (Salesforce's e-mail composer, Request Tracker), usually an iframe body. execCommand
 * applies, but its undo then goes back to a snapshot from the middle of the agent's typing; its paste
 * handler takes a snapshot first. Model in the parent frame: `CKEDITOR.instances[name].getData()`.
 */
export const ckeditor4 = defineEditorLibrary({
  id: 'ckeditor4',
  fingerprint: '.cke_editable',
  inputPaths: ['paste'],
  undoGroupingMs: 0,
});
