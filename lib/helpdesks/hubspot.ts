import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §8 (HubSpot inbox, ProseMirror, Medium confidence). Assumed until checked on a live
// portal: the message direction attribute and the composer's channel tabs. No subject is read.
const selectors = {
  editor: 'div.ProseMirror[contenteditable="true"]',
  incomingMessage: '[data-message-direction="INCOMING"]',
  body: '[data-test-id="primary-message-body-content"]',
  from: 'dt[data-message-metadata-type="from"] b',
  selectedTab: '[role="tab"][aria-selected="true"]',
};

export const hubspot: HelpdeskAdapter = {
  id: 'hubspot',
  editorSelector: selectors.editor,
  readContext(scope) {
    const latest = [...scope.querySelectorAll(selectors.incomingMessage)].at(-1);
    // A comment is HubSpot's internal note.
    const channel = visibleText(scope.querySelector(selectors.selectedTab)) ?? '';
    return {
      customerName: visibleText(latest?.querySelector(selectors.from)),
      customerMessage: visibleText(latest?.querySelector(selectors.body), 'blockquote'),
      composer: /^comment$/i.test(channel) ? 'note' : 'reply',
    };
  },
};
