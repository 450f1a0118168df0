// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftHighlighter, HIGHLIGHT_NAME } from '../../../lib/helpdesks/draft-highlight';
import { handleEditorAction, type EditorActionContext } from '../../../lib/helpdesks/handle-editor-action';
import { readDraft } from '../../../lib/editors/read-draft';
import type { PageEditorAction } from '../../../lib/messaging/editor-actions';
import type { MessageSenderInfo } from '../../../lib/messaging/sender';

const RUNTIME_ID = 'reply-coach';
const ORIGIN = 'chrome-extension://reply-coach/';
const FROM_BACKGROUND: MessageSenderInfo = { id: RUNTIME_ID, url: `${ORIGIN}background.js` };
const DRAFT = 'Dear customer, as I already explained, the refund was processed.';

/** A stand-in for the page's Custom Highlight API (happy-dom has none): what was registered, by name. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
let registry: Map<string, FakeHighlight>;

function contextFor(editor: HTMLElement | undefined): EditorActionContext {
  return {
    editor: () => editor && { element: editor, changedAt: -Infinity },
    highlighter: new DraftHighlighter(document),
    runtimeId: RUNTIME_ID,
    extensionOrigin: ORIGIN,
  };
}

function rangeOf(words: string, draft = DRAFT) {
  const start = draft.indexOf(words);
  return { draft, start, end: start + words.length, expected: words };
}

/** A rich editor that, like CKEditor 5, takes a paste over its selection and ignores everything else. */
function pasteTakingEditor(html: string): HTMLElement {
  document.body.innerHTML = `<div class="ck-editor__editable" contenteditable="true">${html}</div>`;
  const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode((event as ClipboardEvent).clipboardData!.getData('text/plain')));
  });
  return editor;
}

beforeEach(() => {
  registry = new Map();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page acting on the panel’s requests', () => {
  it('listens only to this extension’s own pages, never to a page or another extension', () => {
    const editor = pasteTakingEditor(`<p>${DRAFT}</p>`);
    const action: PageEditorAction = { type: 'page-highlight', range: rangeOf('Dear customer') };
    expect(handleEditorAction(action, { id: 'another-extension', url: 'chrome-extension://another-extension/bg.js' }, contextFor(editor))).toBeUndefined();
    expect(handleEditorAction(action, { id: RUNTIME_ID, url: 'https://acme.zendesk.com/agent', tab: { id: 3 } }, contextFor(editor))).toBeUndefined();
    expect(handleEditorAction({ type: 'page-highlight', range: 'everything' }, FROM_BACKGROUND, contextFor(editor))).toBeUndefined();
    expect(registry.size).toBe(0);
  });

  it('highlights the words of a finding without adding anything to the editor, and clears them', async () => {
    const editor = pasteTakingEditor(`<p>${DRAFT}</p>`);
    const before = editor.innerHTML;
    expect(await handleEditorAction({ type: 'page-highlight', range: rangeOf('as I already explained') }, FROM_BACKGROUND, contextFor(editor))).toEqual({ ok: true });
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['as I already explained']);
    expect(editor.innerHTML).toBe(before);
    expect(await handleEditorAction({ type: 'page-highlight', range: null }, FROM_BACKGROUND, contextFor(editor))).toEqual({ ok: true });
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('highlights words that moved because the agent typed before them, across formatting', async () => {
    const editor = pasteTakingEditor('<p>Hello. Dear <b>customer</b>, as I already explained, the refund was processed.</p>');
    await handleEditorAction({ type: 'page-highlight', range: rangeOf('Dear customer') }, FROM_BACKGROUND, contextFor(editor));
    expect(registry.get(HIGHLIGHT_NAME)?.ranges.map(String)).toEqual(['Dear customer']);
  });

  it('says a textarea cannot show a highlight', async () => {
    document.body.innerHTML = `<textarea>${DRAFT}</textarea>`;
    const textarea = document.querySelector('textarea')!;
    expect(await handleEditorAction({ type: 'page-highlight', range: rangeOf('Dear customer') }, FROM_BACKGROUND, contextFor(textarea))).toEqual({ ok: false, reason: 'unsupported' });
  });

  it('applies a fix by selecting exactly the words and pasting over them, the way the editor takes input', async () => {
    const editor = pasteTakingEditor(`<p>${DRAFT}</p>`);
    const result = await handleEditorAction({ type: 'page-apply-fix', range: rangeOf('Dear customer'), replacement: 'Hi Maria' }, FROM_BACKGROUND, contextFor(editor));
    expect(result).toEqual({ ok: true });
    expect(readDraft(editor).text).toBe(DRAFT.replace('Dear customer', 'Hi Maria'));
  });

  it('refuses to apply a fix when the words changed since the check, and leaves the editor alone', async () => {
    const changed = DRAFT.replace('Dear customer', 'Dear customers');
    const editor = pasteTakingEditor(`<p>${changed}</p>`);
    const before = editor.innerHTML;
    const result = await handleEditorAction({ type: 'page-apply-fix', range: rangeOf('Dear customer'), replacement: 'Hi Maria' }, FROM_BACKGROUND, contextFor(editor));
    expect(result).toEqual({ ok: false, reason: 'draft-changed' });
    expect(editor.innerHTML).toBe(before);
  });

  it('says so when the editor takes none of the ways in, and the text stays as it was', async () => {
    document.body.innerHTML = `<div class="ck-editor__editable" contenteditable="true"><p>${DRAFT}</p></div>`;
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const result = await handleEditorAction({ type: 'page-apply-fix', range: rangeOf('Dear customer'), replacement: 'Hi Maria' }, FROM_BACKGROUND, contextFor(editor));
    expect(result).toEqual({ ok: false, reason: 'editor-refused' });
    expect(readDraft(editor).text).toBe(DRAFT);
  });

  it('answers that there is no editor when none is being read in this frame', async () => {
    expect(await handleEditorAction({ type: 'page-apply-fix', range: rangeOf('Dear customer'), replacement: 'Hi' }, FROM_BACKGROUND, contextFor(undefined))).toEqual({ ok: false, reason: 'no-editor' });
  });
});
