import { defineEditorLibrary } from './editor-library';

/**
 * Any other editable, the registry's last record (it matches everything): a plain contenteditable
 * (Gmail, an iframe body) or a library no record here recognises (Redactor, Summernote, Trix, Jodit…).
 * First the paths editors with their own undo history record, each checked to have changed the text
 * exactly: a paste (measured to apply and undo exactly in Redactor and Trix), then a `beforeinput`.
 * The browser's editing command comes last, only when neither took effect: a plain contenteditable
 * ignores synthetic events and needs it, and so does Jodit, which records it. An editor with its own
 * history may not record it (Redactor then undid the fix with the end of the draft; Trix wiped the
 * draft), so it must never come first. Summernote ignores the paste but takes an undo snapshot on it,
 * which is what makes its Ctrl+Z after the command exact (measured: without it, Ctrl+Z lost the
 * words typed since the last space).
 */
export const contenteditable = defineEditorLibrary({
  id: 'contenteditable',
  fingerprint: '*',
  inputPaths: ['paste', 'before-input', 'exec-command'],
  undoGroupingMs: 0,
});
