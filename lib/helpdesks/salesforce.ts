import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';
import { outermostSameOriginDocument } from './frames';

// helpdesks.md §7 (Salesforce Lightning console, Medium–High for editors, Low for data). The e-mail
// composer is CKEditor 4 whose editable is an iframe body, two iframes deep; a Chatter post (internal)
// uses lightning-input-rich-text (Quill). The record fields and feed markup read here are assumed and
// must be checked on a live org.
const selectors = {
  editor: 'body.cke_editable, .cke_editable[contenteditable="true"], lightning-input-rich-text .ql-editor',
  subject: 'records-record-layout-item[field-label="Subject"] lightning-formatted-text',
  contactName: 'records-record-layout-item[field-label="Contact Name"] a',
  inboundEmail: '.cuf-feedItem[data-email-direction="inbound"]',
  emailBody: '.cuf-feedBody',
  quotedHistory: 'blockquote',
  selectedPublisherTab: '[role="tablist"] [role="tab"][aria-selected="true"]',
};

export const salesforce: HelpdeskAdapter = {
  id: 'salesforce',
  editorSelector: selectors.editor,
  readContext(_scope, editor) {
    // The case record and its feed are in the console page, above the editor's iframes.
    const record = outermostSameOriginDocument(editor.ownerDocument);
    const latest = [...record.querySelectorAll(selectors.inboundEmail)].at(-1);
    const publisher = visibleText(record.querySelector(selectors.selectedPublisherTab)) ?? '';
    return {
      customerName: visibleText(record.querySelector(selectors.contactName)),
      customerMessage: visibleText(latest?.querySelector(selectors.emailBody), selectors.quotedHistory),
      subject: visibleText(record.querySelector(selectors.subject)),
      // A Chatter post is internal; the e-mail action writes to the customer.
      composer: /^post$/i.test(publisher) || editor.closest('lightning-input-rich-text') ? 'note' : 'reply',
    };
  },
};
