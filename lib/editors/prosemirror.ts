import { defineEditorLibrary } from './editor-library';

/**
 * ProseMirror (Intercom, HubSpot, Jira; TipTap is built on it and carries the same class). Its view
 * turns the browser's own edits into transactions, and parses a paste into a slice: both are undone by
 * its history. It merges adjacent changes within `newGroupDelay` (500 ms) into one undo step.
 * Model: `view.state.doc` (TipTap: `editor.getText()`).
 */
export const prosemirror = defineEditorLibrary({
  id: 'prosemirror',
  fingerprint: '.ProseMirror',
  inputPaths: ['exec-command', 'paste'],
  undoGroupingMs: 500,
});
