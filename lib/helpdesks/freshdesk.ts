import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §2 (Freshdesk agent app, Froala, Medium confidence). Customers and agents are told
// apart by their profile links (/a/contacts/ vs /a/agents/): not verified on a live tenant. Which box
// is open (reply or note) shows only in words ("Add note"): the generic strategies read those.
const customerLink = 'a[href*="/a/contacts/"]';

export const freshdesk: HelpdeskAdapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: ['*.freshdesk.com'],
  editor: ['.fr-element.fr-view[contenteditable="true"]'],
  customerName: [`.ticket-description ${customerLink}`, customerLink],
  customerMessage: [
    // The description is the requester's first message; later ones are theirs when a contact wrote them.
    { message: `.ticket-description, .conversation:not(.private-note):has(${customerLink})`, body: '.text__content', author: customerLink },
  ],
  subject: ['[data-testid="ticket-subject"]', '.ticket-subject-heading'],
};
