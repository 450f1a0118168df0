import type { HelpdeskAdapter } from './adapter';
import { visibleText } from './dom-text';

// helpdesks.md §3 (Intercom inbox, ProseMirror composer, Medium confidence). One conversation is on
// screen at a time, so the document is the scope. Chat conversations have no subject.
const selectors = {
  editor: '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"], .ProseMirror.embercom-prosemirror-composer-editor',
  // data-part-group-category: 1 customer, 3 agent, 5 bot, 20 system.
  customerPart: '[data-part-group-id][data-part-group-category="1"]',
  partBody: '.interblocks-html, .inbox-2__break-words, .inbox-2__renderable-part',
  customerName: '[data-inbox-conversation-header-title], [data-conversation-title]',
  note: '.conversation__text.o__note',
};

export const intercom: HelpdeskAdapter = {
  id: 'intercom',
  editorSelector: selectors.editor,
  readContext(scope, editor) {
    const latest = [...scope.querySelectorAll(selectors.customerPart)].at(-1);
    return {
      customerName: visibleText(scope.querySelector(selectors.customerName)),
      customerMessage: visibleText(latest?.querySelector(selectors.partBody) ?? latest, 'blockquote'),
      composer: editor.closest(selectors.note) ? 'note' : 'reply',
    };
  },
};
