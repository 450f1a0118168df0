// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../lib/editors/read-draft';

/**
 * The markup each editor library wrote (captured in Chromium from the fixture pages) when the agent
 * typed "First paragraph.", Enter, "Second one", Shift+Enter, "same paragraph.", Enter, Enter, "After
 * an empty line." — and the draft the engine must get: a blank line between blocks, one line feed for a
 * line break inside a block (read-text.ts states the contract).
 */
const TYPED_IN: { library: string; root: string; html: string; draft: string }[] = [
  {
    library: 'CKEditor 5',
    root: '<div class="ck-editor__editable" contenteditable="true">',
    html: '<p data-placeholder="Type your reply…">First paragraph.</p><p>Second one<br>same paragraph.</p><p><br data-cke-filler="true"></p><p>After an empty line.</p>',
    draft: 'First paragraph.\n\nSecond one\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'CKEditor 4 (its filler <br> ends a paragraph)',
    root: '<div class="cke_editable" contenteditable="true">',
    html: '<p>First paragraph.</p><p>Second one<br>same paragraph.<br></p><p><br></p><p>After an empty line.</p>',
    draft: 'First paragraph.\n\nSecond one\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'Froala, Summernote and Jodit',
    root: '<div class="fr-element fr-view" contenteditable="true">',
    html: '<p>First paragraph.</p><p>Second one<br>same paragraph.</p><p><br></p><p>After an empty line.</p>',
    draft: 'First paragraph.\n\nSecond one\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'ProseMirror and TipTap',
    root: '<div class="ProseMirror" contenteditable="true" style="white-space: pre-wrap">',
    html: '<p>First paragraph.</p><p>Second one<br>same paragraph.</p><p><br class="ProseMirror-trailingBreak"></p><p>After an empty line.</p>',
    draft: 'First paragraph.\n\nSecond one\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'Slate (Shift+Enter makes a block too)',
    root: '<div data-slate-editor="true" contenteditable="true" style="white-space: pre-wrap">',
    html:
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">First paragraph.</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Second one</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">same paragraph.</span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">After an empty line.</span></span></span></div>',
    draft: 'First paragraph.\n\nSecond one\n\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'Lexical',
    root: '<div data-lexical-editor="true" contenteditable="true" style="white-space: pre-wrap">',
    html:
      '<p dir="auto"><span data-lexical-text="true">First paragraph.</span></p><p dir="auto"><span data-lexical-text="true">Second one</span><br><span data-lexical-text="true">same paragraph.</span></p>' +
      '<p dir="auto"><br data-lexical-managed-linebreak="true"></p><p dir="auto"><span data-lexical-text="true">After an empty line.</span></p>',
    draft: 'First paragraph.\n\nSecond one\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'Quill (no line break inside a block)',
    root: '<div class="ql-editor" contenteditable="true">',
    html: '<p>First paragraph.</p><p>Second one</p><p>same paragraph.</p><p><br></p><p>After an empty line.</p>',
    draft: 'First paragraph.\n\nSecond one\n\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'Draft.js',
    root: '<div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" contenteditable="true" style="white-space: pre-wrap">',
    html:
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">First paragraph.</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Second one</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">same paragraph.</span></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>' +
      '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">After an empty line.</span></span></div></div></div>',
    draft: 'First paragraph.\n\nSecond one\n\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'plain contenteditable (Gmail: a first line outside any <div>)',
    root: '<div contenteditable="true">',
    html: 'First paragraph.<div>Second one<br>same paragraph.</div><div><br></div><div>After an empty line.</div>',
    draft: 'First paragraph.\n\nSecond one\nsame paragraph.\n\n\n\nAfter an empty line.',
  },
  {
    library: 'Trix (Enter is a line break inside its one block)',
    root: '<trix-editor contenteditable="true">',
    html: '<div><!--block-->First paragraph.<br>Second one<br>same paragraph.<br><br><br>After an empty line.</div>',
    draft: 'First paragraph.\nSecond one\nsame paragraph.\n\n\nAfter an empty line.',
  },
  {
    library: 'lists: every item is a block (ProseMirror wraps each in a paragraph)',
    root: '<div class="ProseMirror" contenteditable="true">',
    html: '<p>Two steps:</p><ol><li><p>Reset your password.</p></li><li><p>Log in again.</p></li></ol>',
    draft: 'Two steps:\n\nReset your password.\n\nLog in again.',
  },
  {
    library: 'nested blocks make one boundary, not one per element',
    root: '<div contenteditable="true">',
    html: '<div><div><p>Hello.</p></div></div><div><p>Bye.</p></div>',
    draft: 'Hello.\n\nBye.',
  },
  {
    library: 'an empty block that shows nothing adds nothing',
    root: '<div contenteditable="true">',
    html: '<p>Hello.</p><p></p><p>Bye.</p>',
    draft: 'Hello.\n\nBye.',
  },
];

function editorOf(root: string, html: string): HTMLElement {
  document.body.innerHTML = root;
  const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
  editable.innerHTML = html;
  return editable;
}

function rangeText(editor: HTMLElement, start: number, end: number): string {
  const { positions } = readDraft(editor);
  const from = positions.domPositionAt(start)!;
  const to = positions.domPositionAfter(end)!;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range.toString().replace(/\uFEFF/g, '');
}

describe('the paragraph contract between the editor reader and the engine', () => {
  it.each(TYPED_IN)('$library', ({ root, html, draft }) => {
    expect(readDraft(editorOf(root, html)).text).toBe(draft);
  });

  it.each(TYPED_IN)('$library: every line maps back to exactly its words in the DOM', ({ root, html }) => {
    const editor = editorOf(root, html);
    const { text } = readDraft(editor);
    let start = 0;
    for (const line of text.split('\n')) {
      if (line) expect(rangeText(editor, start, start + line.length)).toBe(line);
      start += line.length + 1;
    }
  });

  it.each(TYPED_IN.filter(({ draft }) => draft.startsWith('First paragraph.\n\nSecond')))('$library: both characters of a blank line map to the DOM', ({ root, html }) => {
    const editor = editorOf(root, html);
    const { text, positions } = readDraft(editor);
    const boundary = text.indexOf('\n\n');
    expect(positions.domPositionAt(boundary)).toBeDefined();
    expect(positions.domPositionAt(boundary + 1)).toBeDefined();
    // A range ending on either line feed holds the first paragraph; one starting after them, the rest.
    expect(rangeText(editor, 0, boundary)).toBe('First paragraph.');
    expect(rangeText(editor, 0, boundary + 1)).toBe('First paragraph.');
    const next = text.indexOf('\n', boundary + 2);
    const secondLine = text.slice(boundary + 2, next === -1 ? undefined : next);
    expect(rangeText(editor, boundary + 2, boundary + 2 + secondLine.length)).toBe(secondLine);
    // Words on both sides of the boundary: a range over them holds both (a Range has no line feeds).
    expect(rangeText(editor, boundary - 'paragraph.'.length, boundary + 2 + 'Second'.length)).toBe('paragraph.Second');
  });
});
