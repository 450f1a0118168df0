// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../../lib/editors/read-draft';

function editable(html: string, style = ''): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" style="${style}">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('reading a rich editor draft', () => {
  it.each([
    ['a blank line between paragraphs', '<p>Hi Maria,</p><p>Your refund is on its way.</p>', 'Hi Maria,\n\nYour refund is on its way.'],
    ['inline formatting stays on its line', '<p>This is <strong>really</strong> <em>urgent</em>.</p>', 'This is really urgent.'],
    ['a <br> inside a paragraph is a line feed', '<p>Thanks,<br>Sam</p>', 'Thanks,\nSam'],
    ['a filler <br> closing a paragraph adds nothing', '<p>Hello<br></p><p>World</p>', 'Hello\n\nWorld'],
    ['an empty paragraph is an empty line between two blank lines', '<div>Hello</div><div><br></div><div>World</div>', 'Hello\n\n\n\nWorld'],
    ['an empty editor reads as nothing', '<p><br data-cke-filler="true"></p>', ''],
    ['list items are blocks', '<ul><li>Reset your password</li><li>Log in again</li></ul>', 'Reset your password\n\nLog in again'],
    ['non-breaking spaces are spaces', '<p>two&nbsp; spaces</p>', 'two  spaces'],
    ['source formatting whitespace collapses', '<p>\n   Hello\n   there\n</p>', 'Hello there'],
  ])('%s', (_name, html, expected) => {
    expect(readDraft(editable(html)).text).toBe(expected);
  });

  it('drops zero-width characters editors insert (CKEditor filler, Salesforce, Slate)', () => {
    expect(readDraft(editable('<p>\u2060\u2060Hi\u200B there\uFEFF</p>')).text).toBe('Hi there');
  });

  it('keeps the zero-width joiner of an emoji sequence', () => {
    expect(readDraft(editable('<p>👩\u200D💻</p>')).text).toBe('👩\u200D💻');
  });

  it('ignores placeholder text rendered as nodes (Slate, Draft.js)', () => {
    expect(readDraft(editable('<div><span data-slate-placeholder="true" contenteditable="false">Type a reply…</span><br></div>')).text).toBe('');
    expect(readDraft(editable('<div class="public-DraftEditorPlaceholder-root">Write something</div><div>Hi</div>')).text).toBe('Hi');
  });

  it('keeps every typed space in a pre-wrap editor (ProseMirror, Slate)', () => {
    expect(readDraft(editable('<p>a   b</p>', 'white-space: pre-wrap')).text).toBe('a   b');
  });
});

describe('reading a textarea draft', () => {
  it('reads the value, not the placeholder', () => {
    document.body.innerHTML = '<textarea placeholder="Write a reply…"></textarea>';
    const textarea = document.querySelector('textarea')!;
    expect(readDraft(textarea).text).toBe('');
    textarea.value = 'Hello\nthere';
    expect(readDraft(textarea).text).toBe('Hello\nthere');
  });

  it('maps draft offsets to value offsets around dropped zero-width characters', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const textarea = document.querySelector('textarea')!;
    textarea.value = 'ab\u200Bcd';
    const { text, positions } = readDraft(textarea);
    expect(text).toBe('abcd');
    expect(positions.domPositionAt(2)).toEqual({ node: textarea, offset: 3 });
    expect(positions.domPositionAt(4)).toEqual({ node: textarea, offset: 5 });
  });
});

describe('mapping draft offsets to DOM positions', () => {
  it('points into the text node holding each character', () => {
    const editor = editable('<p>Hi <b>Maria</b></p><p>Thanks</p>');
    const { text, positions } = readDraft(editor);
    const maria = editor.querySelector('b')!.firstChild!;
    expect(positions.domPositionAt(text.indexOf('Maria') + 2)).toEqual({ node: maria, offset: 2 });
    const thanks = editor.querySelectorAll('p')[1]!.firstChild!;
    expect(positions.domPositionAt(text.indexOf('Thanks'))).toEqual({ node: thanks, offset: 0 });
    expect(positions.domPositionAt(text.length)).toEqual({ node: thanks, offset: 6 });
  });

  it('skips over dropped zero-width characters', () => {
    const editor = editable('<p>a\u2060\u2060b</p>');
    const { text, positions } = readDraft(editor);
    expect(text).toBe('ab');
    expect(positions.domPositionAt(1)).toEqual({ node: editor.querySelector('p')!.firstChild, offset: 3 });
  });

  it('maps every character of a selected word so a range can be built from it', () => {
    const editor = editable('<p>Please <i>calm down</i> now</p>');
    const { text, positions } = readDraft(editor);
    const start = positions.domPositionAt(text.indexOf('calm'))!;
    const end = positions.domPositionAt(text.indexOf('calm') + 'calm down'.length)!;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('calm down');
  });
});

describe('a long draft', () => {
  it('reads a 5,000-word draft whole, paragraph by paragraph', () => {
    const paragraph = `<p>${'word '.repeat(99)}end.</p>`;
    const { text } = readDraft(editable(paragraph.repeat(50)));
    // How fast is a benchmark in the browser (npm run bench:typing): happy-dom is several times slower.
    expect(text.split(/\s+/).length).toBe(5000);
    expect(text.split('\n\n').length).toBe(50);
  });
});
