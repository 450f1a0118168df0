import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §4 (Help Scout, Slate composer, Medium confidence). Assumed until checked on a live
// account: the subject's data-cy, the thread body class and the note editor's label.
const selectors = {
  editor: '[data-cy="ConvoEditor"], [data-testid="reply-editor"], [role="textbox"][aria-label="Reply Editor"], [role="textbox"][aria-label="Note Editor"]',
  subject: '[data-cy="ConvoSubject"]',
  customerItem: 'li > div[id^="thread-"].is-customer',
  author: 'span[data-nocollapse="true"]',
  body: '.thread-content',
};

export const helpscout: HelpdeskAdapter = {
  id: 'helpscout',
  editorSelector: selectors.editor,
  readContext(scope, editor) {
    const latest = [...scope.querySelectorAll(selectors.customerItem)].at(-1);
    return {
      customerName: visibleText(latest?.querySelector(selectors.author)),
      customerMessage: visibleText(latest?.querySelector(selectors.body), 'blockquote'),
      subject: visibleText(scope.querySelector(selectors.subject)),
      composer: /note/i.test(editor.getAttribute('aria-label') ?? '') ? 'note' : 'reply',
    };
  },
};
