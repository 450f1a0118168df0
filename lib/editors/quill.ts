import { defineEditorLibrary } from './editor-library';

/**
 * Quill (Front, Salesforce's Chatter). A paste goes through its clipboard module into its history,
 * which merges every change within its `delay` (1 s by default) into one undo step.
 * Model: `Quill.find(container).getText()`.
 */
export const quill = defineEditorLibrary({
  id: 'quill',
  fingerprint: '.ql-editor',
  inputPaths: ['paste'],
  undoGroupingMs: 1000,
});
