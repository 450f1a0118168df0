import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';
import { outermostSameOriginDocument } from './frames';

// helpdesks.md §9 (Zoho Desk, Low confidence): the reply editor is believed to be Zoho's "ZE", an
// src-less iframe whose body is contenteditable. The data-id names below are assumed.
const selectors = {
  // Inside the ZE iframe the editable is the body itself.
  editor: 'body[contenteditable="true"]',
  subject: '[data-id="ticketSubject"]',
  contactName: '[data-id="contactName"]',
  inboundThread: '[data-id="thread"][data-direction="in"]',
  threadContent: '[data-id="threadContent"]',
  selectedTab: '[role="tab"][aria-selected="true"]',
};

export const zohoDesk: HelpdeskAdapter = {
  id: 'zoho-desk',
  editorSelector: selectors.editor,
  readContext(_scope, editor) {
    const ticket = outermostSameOriginDocument(editor.ownerDocument);
    const latest = [...ticket.querySelectorAll(selectors.inboundThread)].at(-1);
    return {
      customerName: visibleText(ticket.querySelector(selectors.contactName)),
      customerMessage: visibleText(latest?.querySelector(selectors.threadContent), 'blockquote'),
      subject: visibleText(ticket.querySelector(selectors.subject)),
      // A comment is Zoho Desk's internal note.
      composer: /^comment$/i.test(visibleText(ticket.querySelector(selectors.selectedTab)) ?? '') ? 'note' : 'reply',
    };
  },
};
