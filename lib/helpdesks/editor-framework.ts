import { isTextArea } from './editable';

/** The editor libraries whose input handling differs enough to need their own way in (helpdesks.md §C). */
export type EditorFramework =
  | 'textarea'
  | 'ckeditor5'
  | 'ckeditor4'
  | 'froala'
  | 'prosemirror'
  | 'slate'
  | 'lexical'
  | 'quill'
  | 'draftjs'
  | 'contenteditable';

/** Fingerprints each library leaves on its editable (helpdesks.md §A), most specific first. */
const FINGERPRINTS: [EditorFramework, string][] = [
  ['ckeditor5', '.ck-editor__editable'],
  ['ckeditor4', '.cke_editable'],
  ['froala', '.fr-element'],
  ['slate', '[data-slate-editor]'],
  ['lexical', '[data-lexical-editor]'],
  ['quill', '.ql-editor'],
  ['prosemirror', '.ProseMirror'],
  ['draftjs', '.DraftEditor-root [contenteditable], .DraftEditor-editorContainer > [contenteditable]'],
];

/** Which library runs `editor` (the editable root the tracker follows); plain contenteditable when none is recognized. */
export function editorFrameworkOf(editor: HTMLElement): EditorFramework {
  if (isTextArea(editor)) return 'textarea';
  for (const [framework, selector] of FINGERPRINTS) if (editor.matches(selector)) return framework;
  return 'contenteditable';
}
