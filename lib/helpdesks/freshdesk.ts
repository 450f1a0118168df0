import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §2 (Freshdesk agent app, Froala, Medium confidence). Customers and agents are told
// apart by their profile links (/a/contacts/ vs /a/agents/): not verified on a live tenant.
const selectors = {
  editor: '.fr-element.fr-view[contenteditable="true"]',
  subject: '[data-testid="ticket-subject"], .ticket-subject-heading',
  description: '.ticket-description',
  messageBody: '.text__content',
  customerLink: 'a[href*="/a/contacts/"]',
  authorLink: 'a[href*="/a/contacts/"], a[href*="/a/agents/"]',
  quotedHistory: 'blockquote',
  // The subject heading carries the ticket number in a child element.
  subjectExtras: 'small',
};

export const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  editorSelector: selectors.editor,
  readContext(scope, editor) {
    const requester = scope.querySelector(selectors.description)?.querySelector(selectors.customerLink) ?? scope.querySelector(selectors.customerLink);
    const customerMessages = [...scope.querySelectorAll(selectors.messageBody)].filter((body) => authorOf(body)?.matches(selectors.customerLink));
    const form = editor.closest('form');
    return {
      customerName: visibleText(requester),
      customerMessage: visibleText(customerMessages.at(-1), selectors.quotedHistory),
      subject: visibleText(scope.querySelector(selectors.subject), selectors.subjectExtras),
      // The note composer's submit button says "Add note"; the reply's says "Send".
      composer: form && [...form.querySelectorAll('button')].some((button) => /^\s*add note\s*$/i.test(button.textContent ?? '')) ? 'note' : 'reply',
    };
  },
};

/** The author link of the message holding `body`: the first one found walking up from it. */
function authorOf(body: Element): Element | null {
  for (let node = body.parentElement; node; node = node.parentElement) {
    const link = node.querySelector(selectors.authorLink);
    if (link) return link;
  }
  return null;
}
