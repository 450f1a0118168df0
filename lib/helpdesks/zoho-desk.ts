import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §9 (Zoho Desk, Low confidence): the reply editor is believed to be Zoho's "ZE", an
// src-less iframe whose body is contenteditable; the ticket is in the page around it. The data-id
// names below are assumed.
const selectedTab = '[role="tab"][aria-selected="true"]';

export const zohoDesk: HelpdeskAdapter = {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  hosts: ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au'],
  // Inside the ZE iframe the editable is the body itself.
  editor: ['body[contenteditable="true"]'],
  customerName: ['[data-id="contactName"]'],
  customerMessage: [{ message: '[data-id="thread"][data-direction="in"]', body: '[data-id="threadContent"]' }],
  subject: ['[data-id="ticketSubject"]'],
  // A comment is Zoho Desk's internal note.
  note: [`body:has(${selectedTab}[data-id="commentTab"])`],
  reply: [`body:has(${selectedTab}[data-id="replyTab"])`],
};
