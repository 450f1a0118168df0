import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §4 (Help Scout, Slate composer, Medium confidence). Assumed until checked on a live
// account: the subject's data-cy, the thread body class and the note editor's label.
export const helpscout: HelpdeskAdapter = {
  id: 'helpscout',
  name: 'Help Scout',
  hosts: ['secure.helpscout.net'],
  editor: ['[data-cy="ConvoEditor"]', '[data-testid="reply-editor"]', '[role="textbox"][aria-label="Reply Editor"]', '[role="textbox"][aria-label="Note Editor"]'],
  customerMessage: [
    { message: 'li > div[id^="thread-"].is-customer', body: '.thread-content', author: 'span[data-nocollapse="true"]' },
    // Or the role only in the item's label, in either thread container helpdesks.md lists.
    { message: ':is([data-testid="ThreadContainer"], ol[aria-label="Thread Items"]) [id^="thread-"][aria-label*="customer" i]', body: '.thread-content', author: 'span[data-nocollapse="true"]' },
  ],
  subject: ['[data-cy="ConvoSubject"]'],
  note: ['[role="textbox"][aria-label="Note Editor"]'],
  reply: ['[role="textbox"][aria-label="Reply Editor"]'],
};
