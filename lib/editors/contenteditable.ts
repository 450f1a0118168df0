import { defineEditorLibrary } from './editor-library';

/**
 * Any other editable, the registry's last record (it matches everything): a plain contenteditable
 * (Gmail, an iframe body) or a library no record here recognises. The browser's editing command is
 * what a plain one needs.
 */
export const contenteditable = defineEditorLibrary({
  id: 'contenteditable',
  fingerprint: '*',
  inputPaths: ['exec-command'],
  undoGroupingMs: 0,
});
