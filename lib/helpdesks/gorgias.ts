import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §10 (Gorgias, Low confidence): neither the editor nor any selector was found in public
// sources. Every selector below is assumed and must be checked on a live Gorgias account; what they
// miss, the generic strategies look for.
const channel = 'select[data-testid="reply-channel"]';

export const gorgias: HelpdeskAdapter = {
  id: 'gorgias',
  name: 'Gorgias',
  hosts: ['*.gorgias.com'],
  editor: ['[data-testid="reply-editor"]', '[data-lexical-editor="true"]'],
  customerMessage: [{ message: '[data-testid="ticket-message"][data-from-agent="false"]', body: '[data-testid="message-body"]', author: '[data-testid="message-sender"]' }],
  subject: ['[data-testid="ticket-subject"]'],
  note: [`body:has(${channel} option[value="internal-note"]:checked)`],
  reply: [`body:has(${channel} option[value="email"]:checked)`],
};
