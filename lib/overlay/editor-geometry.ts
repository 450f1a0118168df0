import type { DraftPositions } from '../editors/draft-positions';
import { isTextArea } from '../editors/editable';
import type { Mark } from './marks';
import type { Box, TextareaMirror } from './textarea-mirror';

/** What geometry needs of the editor being read: the element, its text and where each offset is in the DOM. */
interface Reading {
  editor: HTMLElement;
  draft: string;
  positions: DraftPositions;
}

/** The editor's box in the viewport; the body of an iframe editor fills its frame's viewport. */
export function editorBox(doc: Document, editor: HTMLElement): Box {
  if (editor === doc.body) return { left: 0, top: 0, width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  const rect = editor.getBoundingClientRect();
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/** A live DOM range over a mark's words (collapsed at a place), or undefined when the DOM moved under the reading. */
export function domRangeOf(doc: Document, positions: DraftPositions, mark: Pick<Mark, 'start' | 'end'>): Range | undefined {
  const start = positions.domPositionAt(mark.start);
  const end = mark.end === mark.start ? start : positions.domPositionAfter(mark.end);
  if (!start || !end) return undefined;
  try {
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    // The editor re-rendered since the reading: the next reading places it again.
    return undefined;
  }
}

/** The words' rectangles on screen now: from a DOM range, or for a textarea from its invisible copy. */
export function wordBoxes(doc: Document, reading: Reading, mark: Pick<Mark, 'start' | 'end'>, mirror: TextareaMirror | undefined): Box[] {
  if (isTextArea(reading.editor)) {
    const from = reading.positions.domPositionAt(mark.start)?.offset;
    const to = (mark.end === mark.start ? reading.positions.domPositionAt(mark.end) : reading.positions.domPositionAfter(mark.end))?.offset;
    if (from === undefined || to === undefined || !mirror) return [];
    return mirror.boxes(reading.editor, from, to);
  }
  const range = domRangeOf(doc, reading.positions, mark);
  if (!range) return [];
  return [...range.getClientRects()].filter((rect) => rect.width > 0 || mark.start === mark.end).map(({ left, top, width, height }) => ({ left, top, width, height }));
}

/** Where the caret is, as an offset into the draft (0 when it cannot be told). */
export function caretOffset(doc: Document, reading: Reading): number {
  const editor = reading.editor;
  let node: Node | null;
  let offset: number;
  if (isTextArea(editor)) {
    node = editor;
    offset = editor.selectionStart;
  } else {
    const selection = doc.getSelection();
    node = selection?.focusNode ?? null;
    offset = selection?.focusOffset ?? 0;
  }
  for (const segment of reading.positions.segments) {
    if (segment.kind === 'text' && segment.node === node && offset >= segment.nodeOffset && offset <= segment.nodeOffset + segment.length) return segment.start + (offset - segment.nodeOffset);
  }
  return 0;
}

/** Text as a range and as the draft spell it alike: no white space (line breaks between blocks) nor editors' invisible characters. */
export function comparable(text: string): string {
  return text.replace(/[\s\u00A0\u200B\u2060\uFEFF]+/g, '');
}
