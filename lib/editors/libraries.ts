import { ckeditor4 } from './ckeditor4';
import { ckeditor5 } from './ckeditor5';
import { contenteditable } from './contenteditable';
import { draftjs } from './draftjs';
import type { EditorLibrary } from './editor-library';
import { froala } from './froala';
import { lexical } from './lexical';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { slate } from './slate';
import { textarea } from './textarea';

/**
 * Every editor library Reply Coach knows, most specific fingerprint first (a Slate or Lexical editable
 * could carry another library's class too), and last the record for any other editable.
 */
export const EDITOR_LIBRARIES = [textarea, ckeditor5, ckeditor4, froala, slate, lexical, quill, prosemirror, draftjs, contenteditable] as const;

export type EditorLibraryId = (typeof EDITOR_LIBRARIES)[number]['id'];

/** The library running `editor`, the editable root the tracker follows. */
export function editorLibraryOf(editor: Element): EditorLibrary<EditorLibraryId> {
  for (const library of EDITOR_LIBRARIES) if (editor.matches(library.fingerprint)) return library;
  return contenteditable;
}

/** What no library's editable shows as the agent's text: every library's placeholders. */
export const NOT_TEXT_IN_ANY_LIBRARY: string = EDITOR_LIBRARIES.flatMap((library: EditorLibrary) => (library.notText ? [library.notText] : [])).join(',');
