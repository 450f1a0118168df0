// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HelpdeskAdapter } from '../../../lib/helpdesks/adapter';
import { GENERIC_ADAPTER } from '../../../lib/helpdesks/adapters';
import { readTicketContext } from '../../../lib/helpdesks/context/read-context';
import { CONTEXT_REFRESH_MS, trackEditors, type DraftReading } from '../../../lib/helpdesks/editor-tracker';
import { PageAdapters } from '../../../lib/helpdesks/page-adapters';
import { zendesk } from '../../../lib/helpdesks/zendesk';
import { loadFixtureBody } from './load-fixture';

const ZENDESK_EDITOR = '[data-side-conversations-anchor-id="4522"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

let controller: AbortController;
let drafts: DraftReading[];
let lost: number;

/** Follows editors as the content script does on a page of `site` (a page no adapter knows without one). */
function track(site?: HelpdeskAdapter, readContext = readTicketContext): void {
  const adapters = new PageAdapters([...(site ? [site] : []), GENERIC_ADAPTER], site ? site.hosts[0]!.replace('*.', 'acme.') : 'intranet.example');
  trackEditors({
    doc: document,
    readContext: (editor, draft) => readContext(adapters.forEditor(editor), editor, draft),
    replyEditorSelectors: () => adapters.site()?.editor ?? [],
    signal: controller.signal,
    onDraft: (reading) => drafts.push(reading),
    onEditorLost: () => lost++,
  });
}

function focus(element: Element): void {
  element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
}

/** Lets MutationObserver callbacks run, then moves the clock on. */
async function wait(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function type(editor: HTMLElement, text: string): void {
  const paragraph = editor.querySelector('p') ?? editor.appendChild(document.createElement('p'));
  paragraph.textContent = (paragraph.textContent ?? '') + text;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  drafts = [];
  lost = 0;
  document.body.innerHTML = '';
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('following the editor the agent works in', () => {
  it('does nothing until the agent focuses an editor or types in one', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Draft</p></div><button>Send</button>';
    track();
    // The page changing its own editor is not the agent writing.
    document.querySelector('[contenteditable] p')!.textContent = 'Draft changed';
    focus(document.querySelector('button')!);
    await wait(1000);
    expect(drafts).toEqual([]);
  });

  it('follows an editor the agent types in even when its focus event never reached the page', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    track();
    // A rich editor cancels beforeinput and changes its DOM itself: the first keystroke is enough.
    editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'insertText', data: '!' }));
    editor.querySelector('p')!.textContent = 'Hello!';
    await wait(100);
    expect(drafts.at(-1)?.draft).toBe('Hello!');
  });

  it('reads the editor that already has focus when it starts (site just enabled, tab restored)', async () => {
    document.body.innerHTML = '<textarea>Hello Sam,</textarea><button>Send</button>';
    const textarea = document.querySelector('textarea')!;
    textarea.focus();
    track();
    expect(drafts.map((reading) => reading.draft)).toEqual(['Hello Sam,']);
    textarea.value += ' the link is on its way.';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(100);
    expect(drafts.at(-1)?.draft).toBe('Hello Sam, the link is on its way.');
  });

  it('reads a Zendesk draft and its ticket as soon as the composer gets focus', () => {
    loadFixtureBody('zendesk');
    const editor = document.querySelector<HTMLElement>(ZENDESK_EDITOR)!;
    editor.innerHTML = '<p>Hi Maria,</p><p>I am sorry for the wait.</p>';
    const before = document.body.innerHTML;
    track(zendesk);
    focus(editor.querySelector('p')!);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      adapterId: 'zendesk',
      draft: 'Hi Maria,\n\nI am sorry for the wait.',
      context: { customerName: 'Maria Lopez', subject: 'Refund for order #88412', composer: 'reply', customerMessage: 'It has been another week. This is ridiculous.\n\nWhere is my money?' },
    });
    expect(document.body.innerHTML).toBe(before);
  });

  it("reads a helpdesk's composer as soon as it is on screen, before the agent clicks into it", async () => {
    loadFixtureBody('zendesk');
    const editor = document.querySelector<HTMLElement>(ZENDESK_EDITOR)!;
    const conversation = editor.closest('[data-side-conversations-anchor-id="4522"]')!;
    const placeholder = document.createComment('ticket loading');
    conversation.replaceWith(placeholder);
    track(zendesk);
    await wait(1000);
    expect(drafts).toEqual([]);
    // The helpdesk renders the ticket after load.
    placeholder.replaceWith(conversation);
    await wait(600);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ adapterId: 'zendesk', context: { customerName: 'Maria Lopez', customerMessage: expect.stringContaining('Where is my money?') } });
  });

  it('never guesses a composer on a site no adapter knows (any text box would do)', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    track();
    await wait(1000);
    expect(drafts).toEqual([]);
  });

  it('reads at most every 40 ms while the agent types, and right after the last keystroke', async () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    track();
    focus(editor);
    // Ten keystrokes 10 ms apart: the panel follows the typing without an analysis per keystroke.
    for (const letter of 'Hello, Ana') {
      type(editor, letter);
      await wait(10);
    }
    expect(drafts.map((d) => d.draft)).toEqual(['', 'Hell', 'Hello, A']);
    await wait(40);
    expect(drafts.map((d) => d.draft)).toEqual(['', 'Hell', 'Hello, A', 'Hello, Ana']);
  });

  it('reads a 5,000-word draft less often while the agent types, and still right after the last keystroke', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const textarea = document.querySelector('textarea')!;
    textarea.value = 'Thanks for waiting. '.repeat(1_500);
    track();
    focus(textarea);
    expect(drafts).toHaveLength(1);
    // Forty keystrokes 10 ms apart (400 ms): at the full rate that would be ten reads.
    for (let key = 0; key < 40; key++) {
      textarea.value += 'x';
      textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await wait(10);
    }
    expect(drafts.length - 1).toBeLessThanOrEqual(2);
    await wait(250);
    expect(drafts.at(-1)?.draft.endsWith('x'.repeat(40))).toBe(true);
  });

  it('sees changes made by the editor itself, without any input event (beforeinput cancelled)', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hi</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    track();
    focus(editor);
    editor.querySelector('p')!.append(' there');
    await wait(150);
    expect(drafts.at(-1)?.draft).toBe('Hi there');
  });

  it('waits for IME composition to end before reading', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p></p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    track();
    focus(editor);
    editor.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type(editor, 'にほ');
    await wait(500);
    expect(drafts.map((d) => d.draft)).toEqual(['']);
    type(editor, 'ん');
    editor.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'にほん' }));
    await wait(150);
    expect(drafts.map((d) => d.draft)).toEqual(['', 'にほん']);
  });

  it('reads a textarea on input', async () => {
    document.body.innerHTML = '<textarea placeholder="Reply…"></textarea>';
    const textarea = document.querySelector('textarea')!;
    track();
    focus(textarea);
    textarea.value = 'Thanks for waiting';
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(150);
    expect(drafts.map((d) => [d.adapterId, d.draft])).toEqual([
      ['generic', ''],
      ['generic', 'Thanks for waiting'],
    ]);
  });

  it('reads the ticket around the draft at most every two seconds while the agent types, and again on coming back', async () => {
    document.body.innerHTML = '<h1>Printer offline</h1><div contenteditable="true"><p></p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const readContext = vi.fn(readTicketContext);
    track(undefined, readContext);
    focus(editor);
    for (let key = 0; key < 50; key++) {
      type(editor, 'a');
      await wait(50);
    }
    // 2.5 s of typing (~50 draft reads): the ticket is read on focus and once more.
    expect(drafts.at(-1)?.context.subject).toBe('Printer offline');
    expect(readContext).toHaveBeenCalledTimes(2);
    // Once more when the reuse ends after the last keystroke, then on coming back.
    await wait(CONTEXT_REFRESH_MS);
    expect(readContext).toHaveBeenCalledTimes(3);
    focus(editor);
    await wait(100);
    expect(readContext).toHaveBeenCalledTimes(4);
  });

  it('reads the ticket once more after the agent stops typing: what the page filled in meanwhile shows (RT loads the recipients late)', async () => {
    document.body.innerHTML = '<form><div class="recipients"></div><div contenteditable="true"><p></p></div></form>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const readContext = vi.fn(readTicketContext);
    track(undefined, readContext);
    focus(editor);
    type(editor, 'Hi Dana,');
    await wait(100);
    document.querySelector('.recipients')!.innerHTML = '<label>To: Dana Whitfield &lt;dana@example.com&gt;</label>';
    type(editor, ' thanks.');
    await wait(100);
    expect(drafts.at(-1)).toMatchObject({ draft: 'Hi Dana, thanks.', context: { composer: 'reply' } });
    expect(drafts.at(-1)?.context.customerName).toBeUndefined();
    await wait(CONTEXT_REFRESH_MS);
    expect(drafts.at(-1)).toMatchObject({ draft: 'Hi Dana, thanks.', context: { customerName: 'Dana Whitfield' } });
    // And no more reads once it is read: the agent is not typing.
    const reads = readContext.mock.calls.length;
    await wait(CONTEXT_REFRESH_MS * 3);
    expect(readContext).toHaveBeenCalledTimes(reads);
  });

  it('does not send the same draft twice', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Same</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    track();
    focus(editor);
    editor.querySelector('p')!.setAttribute('class', 'rerendered');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(150);
    expect(drafts).toHaveLength(1);
  });

  it('re-reads the ticket when the agent comes back to the editor (reply switched to note)', async () => {
    loadFixtureBody('zendesk');
    const editor = document.querySelector<HTMLElement>(ZENDESK_EDITOR)!;
    track(zendesk);
    focus(editor);
    const switcher = editor.closest('[data-test-id="editor-view"]')!.querySelector('[data-test-id="omnichannel-channel-switcher-button"]')!;
    focus(switcher);
    // The switcher is rendered again as "internal" (happy-dom does not see `:has()` change on an attribute change alone).
    const internal = switcher.cloneNode(true) as Element;
    internal.setAttribute('data-channel', 'internal');
    switcher.replaceWith(internal);
    focus(editor);
    await wait(150);
    expect(drafts.map((d) => d.context.composer)).toEqual(['reply', 'note']);
  });

  it('follows a re-rendered composer, then reports the editor lost when the ticket closes', async () => {
    loadFixtureBody('zendesk');
    const editor = document.querySelector<HTMLElement>(ZENDESK_EDITOR)!;
    track(zendesk);
    focus(editor);
    // The helpdesk renders a fresh composer in place of the old one.
    const fresh = editor.cloneNode() as HTMLElement;
    fresh.innerHTML = '<p>Restored draft</p>';
    editor.replaceWith(fresh);
    await wait(150);
    expect(drafts.at(-1)).toMatchObject({ adapterId: 'zendesk', draft: 'Restored draft' });
    // The ticket is closed: no composer on screen any more.
    document.querySelector('[data-side-conversations-anchor-id="4522"]')!.remove();
    await wait(150);
    expect(lost).toBe(1);
  });

  it('reads an editor inside an open shadow root', () => {
    const host = document.createElement('reply-box');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div contenteditable="true"><p>From the shadows</p></div>';
    track();
    focus(shadow.querySelector('p')!);
    expect(drafts.map((d) => d.draft)).toEqual(['From the shadows']);
  });

  it('ignores single-line inputs such as the subject or a search box', () => {
    document.body.innerHTML = '<input value="Subject"><input type="search">';
    track();
    for (const input of document.querySelectorAll('input')) focus(input);
    expect(drafts).toEqual([]);
  });

  it('stops when its context ends', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hi</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    track();
    focus(editor);
    controller.abort();
    type(editor, ' again');
    await wait(500);
    expect(drafts).toHaveLength(1);
  });
});
