import type { HelpdeskAdapter } from './adapter';
import { newest, visibleText } from './dom-text';

// helpdesks.md §1 (Zendesk Agent Workspace, CKEditor 5 since 2022).
const selectors = {
  editor: '[data-test-id="omnicomposer-rich-text-ckeditor"], .zendesk-editor--rich-text-comment',
  // Zendesk keeps every open ticket tab in the DOM and shows one; each has this anchor.
  conversation: '[data-side-conversations-anchor-id]',
  editorView: '[data-test-id="editor-view"]',
  subject: 'input[data-test-id="omni-header-subject"], input[data-test-id="ticket-pane-subject"]',
  customerMessage: '[data-test-id="omni-log-item-message"][type="end-user"]',
  messageBody: '.zd-comment, [data-test-id="omni-log-message-content"]',
  messageSender: '[data-test-id="omni-log-item-sender"]',
  quotedHistory: 'blockquote',
  requesterAvatar: '[data-garden-id="tags.avatar"]',
  channelSwitcher: '[data-test-id="omnichannel-channel-switcher-button"]',
};

export const zendesk: HelpdeskAdapter = {
  id: 'zendesk',
  editorSelector: selectors.editor,
  conversationSelector: selectors.conversation,
  readContext(scope, editor) {
    const editorView = editor.closest(selectors.editorView) ?? scope;
    const latest = newest([...scope.querySelectorAll(selectors.customerMessage)]);
    return {
      // The composer shows the requester's avatar with the name beside it; the message sender is the fallback.
      customerName:
        visibleText(editorView.querySelector(selectors.requesterAvatar)?.nextElementSibling) ?? visibleText(latest?.querySelector(selectors.messageSender)),
      customerMessage: visibleText(latest?.querySelector(selectors.messageBody), selectors.quotedHistory),
      subject: visibleText(scope.querySelector(selectors.subject)),
      composer: isInternalNote(editorView.querySelector(selectors.channelSwitcher)) ? 'note' : 'reply',
    };
  },
};

function isInternalNote(switcher: Element | null): boolean {
  if (!switcher) return false;
  return switcher.getAttribute('data-channel') === 'internal' || /internal note/i.test(switcher.textContent ?? '');
}
