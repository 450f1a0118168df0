import type { InputPath } from './input-paths';

/**
 * What Reply Coach knows about one editor library, as data: how to recognise its editable, which of
 * its input paths take a replacement into its model and undo history, how long it folds edits into one
 * undo step, and what inside its editable is not the agent's text. One file per library in this folder
 * (helpdesks.md §A–D); the helpdesk adapters in lib/helpdesks/ know nothing of this.
 */
export interface EditorLibrary<Id extends string = string> {
  id: Id;
  /** A selector the editable root matches when this library runs it (helpdesks.md §A). */
  fingerprint: string;
  /**
   * The ways in to try, in order, for a fix (see input-paths.ts): only those measured in Chromium to
   * apply AND to be undone exactly by one Ctrl+Z in the editor (helpdesks.md §D). A path the editor
   * ignores leaves the text unchanged and the next one is tried.
   */
  inputPaths: readonly InputPath[];
  /**
   * How long after the agent's last edit the editor may still fold a new change into the same undo
   * step: a fix applied sooner would be undone together with the agent's last words.
   */
  undoGroupingMs: number;
  /** Elements the library renders inside its editable that are not the agent's text (placeholders). */
  notText?: string;
}

/** Keeps the literal id of a record, so the registry's ids form a closed type. */
export function defineEditorLibrary<const Id extends string>(library: EditorLibrary<Id>): EditorLibrary<Id> {
  return library;
}
