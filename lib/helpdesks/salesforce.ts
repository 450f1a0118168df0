import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §7 (Salesforce Lightning console, Medium–High for editors, Low for data). The e-mail
// composer is CKEditor 4 whose editable is an iframe body, two iframes deep; a Chatter post (internal)
// uses lightning-input-rich-text (Quill). The record fields and feed markup read here are assumed and
// must be checked on a live org. The case record is in the console page, above the editor's iframes.
const selectedPublisher = '[role="tablist"] [role="tab"][aria-selected="true"]';

export const salesforce: HelpdeskAdapter = {
  id: 'salesforce',
  name: 'Salesforce',
  hosts: ['*.lightning.force.com'],
  editor: ['body.cke_editable', '.cke_editable[contenteditable="true"]', 'lightning-input-rich-text .ql-editor'],
  customerName: ['records-record-layout-item[field-label="Contact Name"] a'],
  customerMessage: [{ message: '.cuf-feedItem[data-email-direction="inbound"]', body: '.cuf-feedBody' }],
  subject: ['records-record-layout-item[field-label="Subject"] lightning-formatted-text'],
  // A Chatter post is internal; the e-mail action writes to the customer.
  note: ['lightning-input-rich-text', `body:has(${selectedPublisher}[data-publisher="post"])`],
  reply: [`body:has(${selectedPublisher}[data-publisher="email"])`],
};
