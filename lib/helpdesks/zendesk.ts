import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §1 (Zendesk Agent Workspace, CKEditor 5 since 2022; the legacy editor and subject too).
// Zendesk keeps every open ticket tab in the DOM and shows one: each field is read nearest the editor,
// so it comes from the ticket the agent is writing in.
const switcher = '[data-test-id="omnichannel-channel-switcher-button"]';

export const zendesk: HelpdeskAdapter = {
  id: 'zendesk',
  name: 'Zendesk',
  hosts: ['*.zendesk.com'],
  editor: ['[data-test-id="omnicomposer-rich-text-ckeditor"]', '.zendesk-editor--rich-text-comment'],
  // The composer shows the requester's avatar (alt: their address) with the name beside it.
  customerName: ['[data-test-id="editor-view"] [data-garden-id="tags.avatar"] + *'],
  customerMessage: [
    {
      // type="end-user" or "agent": the cleanest customer-vs-agent signal.
      message: '[data-test-id="omni-log-item-message"][type="end-user"]',
      body: '.zd-comment, [data-test-id="omni-log-message-content"]',
      author: '[data-test-id="omni-log-item-sender"]',
    },
  ],
  subject: ['input[data-test-id="omni-header-subject"]', 'input[data-test-id="ticket-pane-subject"]'],
  note: [`[data-test-id="editor-view"]:has(${switcher}[data-channel="internal"])`],
  reply: [`[data-test-id="editor-view"]:has(${switcher}[data-channel="web"])`],
};
