import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §5 (Front, Low confidence): the composer is a contenteditable, nothing else was found
// in public sources. Every selector below is assumed and must be checked on a live Front account;
// until then the generic adapter still reads whatever editor the agent types in.
const selectors = {
  replyComposer: '[data-testid="reply-composer"]',
  commentComposer: '[data-testid="comment-composer"]',
  editor: '[data-testid="reply-composer"] [contenteditable="true"], [data-testid="comment-composer"] [contenteditable="true"]',
  subject: '[data-testid="conversation-subject"]',
  inboundMessage: '[data-testid="message"][data-inbound="true"]',
  author: '[data-testid="message-author"]',
  body: '[data-testid="message-body"]',
};

export const front: HelpdeskAdapter = {
  id: 'front',
  editorSelector: selectors.editor,
  readContext(scope, editor) {
    const latest = [...scope.querySelectorAll(selectors.inboundMessage)].at(-1);
    return {
      customerName: visibleText(latest?.querySelector(selectors.author)),
      customerMessage: visibleText(latest?.querySelector(selectors.body), 'blockquote'),
      subject: visibleText(scope.querySelector(selectors.subject)),
      // Front's comments are internal, written in their own box under the conversation.
      composer: editor.closest(selectors.commentComposer) ? 'note' : 'reply',
    };
  },
};
