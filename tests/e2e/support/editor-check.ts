import type { Frame, Page } from 'playwright-core';
import type { DraftContext } from '../../../lib/messaging/content-messages';

/**
 * What an editor holds, seen two ways from the page's own world: the text on screen, and the text of
 * the editor library's model (the fixture exposes `readEditorModel()` on the editable, see
 * tests/fixtures/editor-model.ts). Both as lines with the empty ones left out, so that markup
 * differences (a paragraph's margin, a trailing filler line) do not count, but a word left behind does.
 */
export async function editorLines(frame: Frame, editor: string): Promise<{ page: string[]; model: string[] | null }> {
  return frame.locator(editor).evaluate((editable) => {
    const lines = (text: string) =>
      text
        .replace(/[\u200B\u2060\uFEFF]/g, '')
        .replace(/\u00A0/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    let shown = editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText;
    // A placeholder the library renders inside its editable (Slate) is no text of the agent's.
    for (const placeholder of editable.querySelectorAll<HTMLElement>('[data-slate-placeholder]')) shown = shown.replace(placeholder.innerText, '');
    let model: string[] | null = editable instanceof HTMLTextAreaElement ? lines(editable.value) : null;
    for (let node: Element | null = editable; node && !model; node = node.parentElement) {
      const read = (node as Element & { readEditorModel?: () => string }).readEditorModel;
      if (read) model = lines(read());
    }
    return { page: lines(shown), model };
  });
}

/**
 * Starts noting, in the page's own world, how text reaches the editor's document: the synthetic paste
 * and `beforeinput` events Reply Coach dispatches (untrusted), and the browser's own `insertText`
 * (execCommand). `inputPathUsed` then names the path that changed the text.
 */
export async function watchInputPaths(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const log: string[] = [];
    (window as Window & { replyCoachInputLog?: string[] }).replyCoachInputLog = log;
    document.addEventListener('paste', (event) => !event.isTrusted && log.push('paste'), { capture: true });
    document.addEventListener('beforeinput', (event) => !event.isTrusted && log.push('before-input'), { capture: true });
    document.addEventListener('input', (event) => event.isTrusted && (event as InputEvent).inputType === 'insertText' && log.push('exec-command'), { capture: true });
  });
}

/** The last way in that was tried: the one that took, since a fix stops at the first path that changes the text. */
export async function inputPathUsed(frame: Frame): Promise<string> {
  const log = await frame.evaluate(() => (window as Window & { replyCoachInputLog?: string[] }).replyCoachInputLog ?? []);
  return log.at(-1) ?? 'none';
}

/** The late-refund ticket of the README (examples/late-refund), as a helpdesk would show it. */
export interface Ticket {
  customerName: string;
  customerMessage: string;
  subject: string;
}

/**
 * Shows `ticket` in place of the ticket a fixture page shows: wherever the page (any of its frames)
 * shows the context the extension read — the customer's name, their message, the subject — it now
 * shows the ticket's, like the same helpdesk page open on another ticket. The message keeps its
 * paragraphs. Returns the context the extension should read afterwards.
 */
export async function showTicket(page: Page, read: DraftContext, ticket: Ticket): Promise<DraftContext> {
  for (const frame of page.frames()) {
    await frame.evaluate(
      ({ read, ticket }) => {
        const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
        const inEditor = (node: Node) => !!(node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest('[contenteditable], textarea');
        const swapText = (from: string | undefined, to: string) => {
          if (!from) return;
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node as Text;
            if (!inEditor(text) && text.data.includes(from)) text.data = text.data.split(from).join(to);
          }
          // Names kept in attributes too (Gmail's sender: <span name="…" email="…">).
          for (const element of document.body.querySelectorAll('*')) {
            if (inEditor(element)) continue;
            for (const attribute of element.attributes) if (attribute.value.includes(from)) attribute.value = attribute.value.split(from).join(to);
          }
          for (const input of document.querySelectorAll('input')) if (input.value.includes(from)) input.value = input.value.split(from).join(to);
          if (document.title.includes(from)) document.title = document.title.split(from).join(to);
        };
        if (read.customerMessage) {
          // The smallest element holding the whole message is where its paragraphs are.
          const wanted = squash(read.customerMessage);
          // innerText, not textContent: paragraphs apart, as the extension read them.
          const textOf = (element: Element) => squash((element as HTMLElement).innerText ?? element.textContent ?? '');
          const holders = [...document.body.querySelectorAll('*')].filter((element) => !inEditor(element) && textOf(element).includes(wanted));
          const holder = holders.find((element) => ![...element.children].some((child) => holders.includes(child)));
          if (holder && textOf(holder) === wanted) {
            holder.replaceChildren(...ticket.customerMessage.split('\n\n').map((paragraph) => Object.assign(document.createElement('p'), { textContent: paragraph })));
          } else if (holder) {
            // The message shares its element with other text (quoted history): change only the message's paragraphs.
            for (const paragraph of read.customerMessage.split('\n\n')) swapText(paragraph, '');
            holder.prepend(...ticket.customerMessage.split('\n\n').map((paragraph) => Object.assign(document.createElement('p'), { textContent: paragraph })));
          }
        }
        swapText(read.customerName, ticket.customerName);
        swapText(read.subject, ticket.subject);
      },
      { read, ticket },
    );
  }
  return {
    composer: read.composer,
    ...(read.customerName ? { customerName: ticket.customerName } : {}),
    ...(read.customerMessage ? { customerMessage: ticket.customerMessage } : {}),
    ...(read.subject ? { subject: ticket.subject } : {}),
  };
}

/**
 * Types `lines` the way an agent writes paragraphs: each line, then `enters` presses of Enter and a
 * pause before the next. In a rich editor one Enter makes a paragraph; in a textarea, and in Trix
 * (whose Enter is a line break inside its one block), a paragraph takes a blank line, so two. (Trix
 * handles keys a little later: without the pause its result depends on how fast the keys came.)
 */
export async function typeParagraphs(page: Page, lines: string[], enters: 1 | 2): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      for (let i = 0; i < enters; i++) await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
    }
    await page.keyboard.type(line);
  }
}
