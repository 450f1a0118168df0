import { deepActiveElement, isTextArea } from './editable';
import { withoutInvisibleCharacters } from './invisible-characters';
import { readDraft } from './read-draft';
import type { TextRange } from './relocate-range';
import { sameVisibleText } from './same-visible-text';
import { waitFor } from './wait';

/** CKEditor 5 re-renders its selection about 50 ms after the editable gets focus; select after that. */
const FOCUS_SETTLE_MS = 80;
/** Editors copy the DOM selection into their model on `selectionchange`, some a little later (Quill: 1 ms). */
const SELECTION_SETTLE_MS = 20;
const ATTEMPTS = 3;

/**
 * Selects `range` of the editor's text (offsets into what `readDraft` reads), the way the agent would
 * with the mouse, and waits until the editor has taken it in. True when the selection holds exactly
 * `expected`; false when the text there changed or the editor kept moving the selection elsewhere.
 * Focus is taken first: in a real side panel the editor has lost it to the panel.
 */
export async function selectDraftRange(editor: HTMLElement, range: TextRange, expected: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  if (!hasFocus(editor)) {
    editor.focus({ preventScroll: true });
    await waitFor(FOCUS_SETTLE_MS);
  }
  // Some editors re-render on focus or on selection (ProseMirror may drop a selection it did not
  // make): read afresh on every attempt, and check again before saying yes.
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const { text, positions } = readDraft(editor);
    if (text.slice(range.start, range.end) !== expected) return false;
    const start = positions.domPositionAt(range.start);
    const end = range.end === range.start ? start : positions.domPositionAfter(range.end);
    if (!start || !end) return false;
    if (isTextArea(editor)) {
      editor.setSelectionRange(start.offset, end.offset);
      return withoutInvisibleCharacters(editor.value.slice(start.offset, end.offset)) === expected;
    }
    const selection = doc.getSelection();
    if (!selection) return false;
    const changed = nextSelectionChange(doc);
    selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
    await changed;
    await waitFor(SELECTION_SETTLE_MS);
    const anchor = selection.anchorNode;
    if (anchor && editor.contains(anchor) && sameVisibleText(selection.toString(), expected)) return true;
  }
  return false;
}

function hasFocus(editor: HTMLElement): boolean {
  const active = deepActiveElement(editor.ownerDocument);
  return active !== null && (active === editor || editor.contains(active));
}

/** Resolves on the document's next `selectionchange`, or after 50 ms when the selection did not change. */
function nextSelectionChange(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  });
}
