import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §6 (Gmail, plain contenteditable, High confidence). E-mail has no internal notes.
const selectors = {
  editor: '.Ap [g_editable="true"], .M9 [contenteditable="true"][role="textbox"]',
  compose: '.M9',
  composeSubject: 'input[name="subjectbox"]',
  threadSubject: 'h2.hP',
  message: 'div.adn',
  sender: 'span[email].gD',
  body: 'div.a3s',
  quotedHistory: '.gmail_quote, blockquote',
  account: '[aria-label^="Google Account:"]',
};

export const gmail: HelpdeskAdapter = {
  id: 'gmail',
  editorSelector: selectors.editor,
  readContext(scope, editor) {
    const doc = editor.ownerDocument;
    const me = signedInAddress(doc);
    // The customer's latest message: the newest one not sent from the signed-in account.
    const latest = [...doc.querySelectorAll(selectors.message)].filter((message) => message.querySelector(selectors.sender)?.getAttribute('email') !== me).at(-1);
    const sender = latest?.querySelector(selectors.sender);
    return {
      customerName: sender?.getAttribute('name') || visibleText(sender),
      customerMessage: visibleText(latest?.querySelector(selectors.body), selectors.quotedHistory),
      subject: visibleText(editor.closest(selectors.compose)?.querySelector(selectors.composeSubject)) ?? visibleText(scope.querySelector(selectors.threadSubject)),
      composer: 'reply',
    };
  },
};

/** The signed-in address, from the account button's label "Google Account: Name (address)". */
function signedInAddress(doc: Document): string | undefined {
  const label = doc.querySelector(selectors.account)?.getAttribute('aria-label') ?? '';
  return /\(([^()\s]+@[^()\s]+)\)/.exec(label)?.[1];
}
