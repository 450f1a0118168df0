import { defineEditorLibrary } from './editor-library';

/**
 * Lexical (Gorgias). Same recipe as Slate: `beforeinput` with insertReplacementText, else a paste.
 * Model: `rootElement.__lexicalEditor.getEditorState()`.
 */
export const lexical = defineEditorLibrary({
  id: 'lexical',
  fingerprint: '[data-lexical-editor]',
  inputPaths: ['before-input', 'paste'],
  undoGroupingMs: 0,
});
