import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §5 (Front, Low confidence): the composer is a contenteditable, nothing else was found
// in public sources. Every selector below is assumed and must be checked on a live Front account;
// what they miss, the generic strategies look for.
export const front: HelpdeskAdapter = {
  id: 'front',
  name: 'Front',
  hosts: ['app.frontapp.com'],
  editor: ['[data-testid="reply-composer"] [contenteditable="true"]', '[data-testid="comment-composer"] [contenteditable="true"]'],
  customerMessage: [{ message: '[data-testid="message"][data-inbound="true"]', body: '[data-testid="message-body"]', author: '[data-testid="message-author"]' }],
  subject: ['[data-testid="conversation-subject"]'],
  // Front's comments are internal, written in their own box under the conversation.
  note: ['[data-testid="comment-composer"]'],
  reply: ['[data-testid="reply-composer"]'],
};
