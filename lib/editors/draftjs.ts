import { defineEditorLibrary } from './editor-library';

/**
 * Draft.js. Only a paste keeps its state sound (helpdesks.md §C.4: execCommand duplicates or corrupts
 * text). Model: the React component's `editorState.getCurrentContent()`.
 */
export const draftjs = defineEditorLibrary({
  id: 'draftjs',
  fingerprint: '.DraftEditor-root [contenteditable], .DraftEditor-editorContainer > [contenteditable]',
  inputPaths: ['paste'],
  undoGroupingMs: 0,
  notText: '.public-DraftEditorPlaceholder-root',
});
