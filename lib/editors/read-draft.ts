import { DraftPositions, type PositionSegment } from './draft-positions';
import { isTextArea } from './editable';
import { INVISIBLE_CHARACTER, INVISIBLE_CHARACTERS } from './invisible-characters';
import { readText, type ReadTextResult } from './read-text';

/**
 * The agent's draft as plain text, with a map from text offsets back to the editor's DOM.
 * Placeholders are not read (a textarea's is an attribute; rich editors' are skipped by `readText`).
 */
export function readDraft(editor: HTMLElement): ReadTextResult {
  if (isTextArea(editor)) return readTextAreaDraft(editor);
  const whiteSpace = editor.ownerDocument.defaultView?.getComputedStyle(editor).whiteSpace ?? '';
  // ProseMirror, Slate and Lexical style their editable `pre-wrap`: every space typed is a space shown.
  return readText(editor, { preserveWhitespace: whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces' });
}

/** A textarea's value, minus invisible characters; offsets map to indices in `value` (its selection offsets). */
function readTextAreaDraft(textarea: HTMLTextAreaElement): ReadTextResult {
  const value = textarea.value;
  if (!INVISIBLE_CHARACTER.test(value)) {
    const segments: PositionSegment[] = value ? [{ kind: 'text', start: 0, length: value.length, node: textarea, nodeOffset: 0 }] : [];
    return { text: value, positions: new DraftPositions(segments, value.length) };
  }
  const segments: PositionSegment[] = [];
  let text = '';
  let runStart = 0;
  for (const match of value.matchAll(INVISIBLE_CHARACTERS)) {
    if (match.index > runStart) {
      segments.push({ kind: 'text', start: text.length, length: match.index - runStart, node: textarea, nodeOffset: runStart });
      text += value.slice(runStart, match.index);
    }
    runStart = match.index + 1;
  }
  if (runStart < value.length) {
    segments.push({ kind: 'text', start: text.length, length: value.length - runStart, node: textarea, nodeOffset: runStart });
    text += value.slice(runStart);
  }
  return { text, positions: new DraftPositions(segments, text.length) };
}
