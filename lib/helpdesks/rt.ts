import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §19 (Request Tracker 5, measured on Debian's 5.0.3; its pages are saved in
// tests/fixtures/request-tracker). RT runs on each company's own domain, so no host names it: on a
// site the agent enabled, a page is RT's when it holds one of RT's forms with its message box
// (`UpdateContent`: CKEditor 4 in an iframe, or the form's own textarea in plain-text mode): the
// update form, where both replies and comments are written, or the "Jumbo" form, where the agent
// edits the whole ticket and writes an update at once.
//
// Neither page shows the thread. What the selectors below cannot read, the generic strategies do:
// the customer's message quoted in the draft by a per-message Reply ("On …, dana@example.com wrote:"),
// and on the update page the customer from the recipients of the scrips that mail the requestors
// (`#previewscrips`, loaded after the page, for agents with the ShowOutgoingEmail right; none on a
// comment), told from the owner's by the scrip's name, which no selector can read.
const forms = ['form[name="TicketUpdate"]', 'form[name="TicketModifyAll"]'];

export const rt: HelpdeskAdapter = {
  id: 'rt',
  name: 'Request Tracker',
  hosts: [],
  pages: forms.map((form) => `${form}:has([name="UpdateContent"])`),
  // CKEditor's box for the UpdateContent field (its iframe's body is the editable), or the textarea itself.
  editor: ['#cke_UpdateContent', ...forms.map((form) => `${form} textarea[name="UpdateContent"]`)],
  // The Jumbo page's People box lists the requestors (each with a box to remove them).
  customerName: ['.ticket-info-people [name^="Ticket-DeleteWatcher-Type-Requestor-"] + label .user'],
  // "Update ticket #12: Printer offline" in the heading; the cleaning takes the ticket number away.
  subject: [...forms.map((form) => `${form} input[name="UpdateSubject"]`), '#header h1'],
  // The message box's class follows the update type select (`private`: a comment, not sent to the
  // requestors; `response`: a reply), RT's own script switching it; the select itself is read by the
  // generic composer controls.
  note: ['.messagebox-container.action-private'],
  reply: ['.messagebox-container.action-response'],
};
