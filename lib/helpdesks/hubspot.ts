import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §8 (HubSpot inbox, ProseMirror, Medium confidence). Assumed until checked on a live
// portal: the message direction attribute and the composer's channel tabs (a comment is internal).
const selectedChannel = '[role="tab"][aria-selected="true"]';

export const hubspot: HelpdeskAdapter = {
  id: 'hubspot',
  name: 'HubSpot',
  hosts: ['app.hubspot.com'],
  editor: ['div.ProseMirror[contenteditable="true"]'],
  customerMessage: [
    { message: '[data-message-direction="INCOMING"]', body: '[data-test-id="primary-message-body-content"]', author: 'dt[data-message-metadata-type="from"] b' },
  ],
  note: [`body:has(${selectedChannel}[data-composer-channel="comment"])`],
  reply: [`body:has(${selectedChannel}[data-composer-channel="email"])`],
};
