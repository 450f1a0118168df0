import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §10 (Gorgias, Low confidence): neither the editor nor any selector was found in public
// sources. Every selector below is assumed and must be checked on a live Gorgias account; until then
// the generic adapter still reads whatever editor the agent types in.
const selectors = {
  editor: '[data-testid="reply-editor"], [data-lexical-editor="true"]',
  subject: '[data-testid="ticket-subject"]',
  customerMessage: '[data-testid="ticket-message"][data-from-agent="false"]',
  sender: '[data-testid="message-sender"]',
  body: '[data-testid="message-body"]',
  channel: 'select[data-testid="reply-channel"]',
};

export const gorgias: HelpdeskAdapter = {
  id: 'gorgias',
  editorSelector: selectors.editor,
  readContext(scope) {
    const latest = [...scope.querySelectorAll(selectors.customerMessage)].at(-1);
    const channel = scope.querySelector<HTMLSelectElement>(selectors.channel);
    return {
      customerName: visibleText(latest?.querySelector(selectors.sender)),
      customerMessage: visibleText(latest?.querySelector(selectors.body), 'blockquote'),
      subject: visibleText(scope.querySelector(selectors.subject)),
      composer: channel?.value === 'internal-note' ? 'note' : 'reply',
    };
  },
};
