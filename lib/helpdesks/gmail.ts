import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §6 (Gmail, plain contenteditable, High confidence). E-mail has no internal notes.
export const gmail: HelpdeskAdapter = {
  id: 'gmail',
  name: 'Gmail',
  hosts: ['mail.google.com'],
  editor: ['.Ap [g_editable="true"]', '.M9 [contenteditable="true"][role="textbox"]'],
  // The compose box's recipients ("peoplekit" chips carry the name).
  customerName: ['.M9 [name="to"] [role="option"][data-name]'],
  // The newest message not sent from the signed-in account (`agent`) is the customer's.
  customerMessage: [{ message: 'div.adn', body: 'div.a3s', author: 'span[email].gD' }],
  agent: ['[aria-label^="Google Account:"]'],
  subject: ['.M9 input[name="subjectbox"]', 'h2.hP'],
  reply: ['.M9'],
};
