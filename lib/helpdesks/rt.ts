import type { ComposerKind } from '../messaging/content-messages';
import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';
import { isTextArea } from './editable';
import { outermostSameOriginDocument } from './frames';

// helpdesks.md §19 (Request Tracker 5, measured on Debian's 5.0.3; its pages are saved in
// tests/fixtures/request-tracker). RT runs on each company's own domain, so no host names it: on a
// site the agent enabled, an editor is RT's when it is the message box of RT's ticket update form,
// where both replies and comments are written (CKEditor 4 in an iframe, or the form's own textarea
// in plain-text mode). That form is RT's alone (a Mason page `body#comp-Ticket-Update` with
// `form[name=TicketUpdate]` and its `UpdateContent` field).
const selectors = {
  updateForm: 'form[name="TicketUpdate"]',
  textEditor: 'textarea[name="UpdateContent"]',
  richEditor: 'body.cke_editable',
  /** CKEditor's box for the UpdateContent field: the rich editor's iframe sits inside it. */
  richEditorBox: '#cke_UpdateContent',
  updateType: 'select[name="UpdateType"]',
  action: 'input[name="Action"]',
  messageBox: '.messagebox-container',
  subject: 'input[name="UpdateSubject"]',
  heading: '#header h1',
  // Who the update will be mailed to, loaded after the page (agents with the ShowOutgoingEmail right).
  // Each scrip's name (`<b>`) comes before its list of recipients.
  notificationPreview: '#previewscrips',
  recipient: 'input[name="TxnSendMailTo"]',
  quote: 'blockquote',
};

/** RT's update types (`UpdateType`): `private` is a comment, not sent to the requestors. */
const NOTE_UPDATE_TYPE = 'private';
/** The scrips that mail the requestors (RT's defaults: "On Correspond Notify Requestors and Ccs"…). */
const REQUESTOR_SCRIP = /requestor/i;
/** RT's quote header, "On <date>, <address> wrote:", on the line before the quoted message. */
const QUOTE_HEADER = /^[ \t]*On\b.*?([^\s<>,"]+@[^\s<>,"]+)?[ \t]*wrote:[ \t]*$/;

interface Person {
  name?: string;
  email: string;
}

export const rt: HelpdeskAdapter = {
  id: 'rt',
  editorSelector: `${selectors.richEditor}, ${selectors.textEditor}`,
  recognizes: (editor) => updateFormOf(editor) !== null,
  readContext(_scope, editor) {
    const form = updateFormOf(editor);
    // The form, the heading and the recipients are in the page, above CKEditor's iframe.
    const page = form?.ownerDocument ?? outermostSameOriginDocument(editor.ownerDocument);
    const requestors = readRequestors(page);
    const quote = readQuotedMessage(editor);
    const author = quote?.author?.toLowerCase();
    const quotedRequestor = author ? requestors.find((person) => person.email === author) : undefined;
    return {
      customerName: (quotedRequestor || requestors.find((person) => person.name))?.name,
      // A reply to one message quotes it: the customer's unless its author is known not to be a requestor (a colleague's).
      customerMessage: quote && (requestors.length === 0 || !author || quotedRequestor) ? quote.text : undefined,
      subject: readSubject(page, form),
      composer: readComposer(form),
    };
  },
};

/** RT's update form when `editor` is its message box (rich or plain text), else null. */
function updateFormOf(editor: HTMLElement): HTMLFormElement | null {
  if (isTextArea(editor)) return editor.matches(selectors.textEditor) ? editor.closest(selectors.updateForm) : null;
  if (!editor.matches(selectors.richEditor)) return null;
  let frame: Element | null = null;
  try {
    frame = editor.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    // A cross-origin parent: not RT's own editor frame.
  }
  return frame?.closest(selectors.richEditorBox) ? frame.closest(selectors.updateForm) : null;
}

function readComposer(form: HTMLFormElement | null): ComposerKind {
  const updateType = form?.querySelector<HTMLSelectElement>(selectors.updateType)?.value;
  if (updateType) return updateType === NOTE_UPDATE_TYPE ? 'note' : 'reply';
  if (form?.querySelector(selectors.messageBox)?.classList.contains('action-private')) return 'note';
  return /^comment$/i.test(form?.querySelector<HTMLInputElement>(selectors.action)?.value ?? '') ? 'note' : 'reply';
}

function readSubject(page: Document, form: HTMLFormElement | null): string | undefined {
  // "Update ticket #12: Printer offline", or the ticket page's "#12: Printer offline".
  const withoutTicketNumber = (title: string | undefined) => title?.replace(/^[^#]*#\d+:\s*/, '') || undefined;
  return visibleText(form?.querySelector(selectors.subject)) ?? withoutTicketNumber(visibleText(page.querySelector(selectors.heading))) ?? withoutTicketNumber(page.title.trim());
}

/**
 * The ticket's requestors, as the update page knows them: the recipients of the scrips that mail them
 * (absent on a comment, and for agents without the ShowOutgoingEmail right).
 */
function readRequestors(page: Document): Person[] {
  const preview = page.querySelector(selectors.notificationPreview);
  if (!preview) return [];
  const mailed: Person[] = [];
  for (const input of preview.querySelectorAll<HTMLInputElement>(selectors.recipient)) {
    if (!REQUESTOR_SCRIP.test(scripNameOf(input))) continue;
    // RT puts each address's label, "Name <address>", right after its checkbox.
    const label = input.nextElementSibling?.tagName === 'LABEL' ? input.nextElementSibling : null;
    const found = person(visibleText(label) ?? input.value, input.value);
    if (found && !mailed.some((known) => known.email === found.email)) mailed.push(found);
  }
  return mailed;
}

/** The name of the scrip listing `recipient`: the last `<b>` before its list. */
function scripNameOf(recipient: Element): string {
  const list = recipient.closest('ul') ?? recipient;
  for (let node = list.previousElementSibling; node; node = node.previousElementSibling) {
    if (node.tagName === 'UL') return '';
    if (node.tagName === 'B') return node.textContent ?? '';
  }
  return '';
}

/** "Dana Whitfield <dana@example.com>" → name and address; a bare address has no name. */
function person(label: string, email: string): Person | undefined {
  if (!email) return undefined;
  const name = label.replace(/<[^>]*>/, '').replace(email, '').trim().replace(/^"(.*)"$/, '$1').trim();
  return { email: email.toLowerCase(), ...(name && !name.includes('@') ? { name } : {}) };
}

/**
 * The message a reply quotes (RT's per-message Reply): "On <date>, <address> wrote:" and the message,
 * in a blockquote in the rich editor or as `> ` lines in the plain one. Without the history the
 * quoted message itself quotes.
 */
function readQuotedMessage(editor: HTMLElement): { author?: string; text: string } | undefined {
  if (isTextArea(editor)) {
    const lines = editor.value.split(/\r?\n/);
    const headerAt = lines.findIndex((line) => QUOTE_HEADER.test(line));
    if (headerAt < 0) return undefined;
    const quoted = lines.slice(headerAt + 1);
    const end = quoted.findIndex((line) => !/^[ \t]*>/.test(line));
    const text = withoutQuotedHistory((end < 0 ? quoted : quoted.slice(0, end)).map((line) => line.replace(/^[ \t]*> ?/, '')).join('\n'));
    return text ? withAuthor(text, QUOTE_HEADER.exec(lines[headerAt]!)?.[1]) : undefined;
  }
  for (const quote of editor.querySelectorAll(selectors.quote)) {
    if (quote.parentElement?.closest(selectors.quote)) continue;
    const header = QUOTE_HEADER.exec(textBefore(quote));
    if (!header) continue;
    // RT quotes a plain-text message in a <pre>, whose line feeds are its text.
    const pre = quote.querySelector('pre');
    const text = withoutQuotedHistory(pre ? (pre.textContent ?? '') : (visibleText(quote, selectors.quote) ?? ''));
    if (text) return withAuthor(text, header[1]);
  }
  return undefined;
}

function withAuthor(text: string, author: string | undefined): { author?: string; text: string } {
  return author ? { author, text } : { text };
}

/** The text just before `element` in its block: a quote's "On … wrote:" header. */
function textBefore(element: Element): string {
  for (let node = element.previousSibling; node; node = node.previousSibling) {
    if (node.nodeName === 'BR') continue;
    const text = node.textContent?.trim();
    if (text) return text;
  }
  return '';
}

/**
 * A message up to the history it quotes in turn: its own "On … wrote:" header (RT wraps a long one
 * onto two lines in plain text) or its first `>` line.
 */
function withoutQuotedHistory(message: string): string {
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex((line, at) => /^[ \t]*>/.test(line) || QUOTE_HEADER.test(line) || (/^[ \t]*On\b/.test(line) && /wrote:[ \t]*$/.test(lines[at + 1] ?? '')));
  return (end < 0 ? lines : lines.slice(0, end)).join('\n').trim();
}
