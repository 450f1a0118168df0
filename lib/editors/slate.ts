import { defineEditorLibrary } from './editor-library';

/**
 * Slate (slate-react: Help Scout, Zendesk's older composer). execCommand applies, but its undo then
 * wipes the whole draft. Its `beforeinput` handler first syncs the selection (its selectionchange
 * handling is throttled), so that goes first. Model: `editor.children`.
 */
export const slate = defineEditorLibrary({
  id: 'slate',
  fingerprint: '[data-slate-editor]',
  inputPaths: ['before-input', 'paste'],
  undoGroupingMs: 0,
  notText: '[data-slate-placeholder]',
});
