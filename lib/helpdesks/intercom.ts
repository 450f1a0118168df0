import type { HelpdeskAdapter } from './adapter';

// helpdesks.md §3 (Intercom inbox, ProseMirror composer, Medium confidence). Chat conversations have
// no subject.
export const intercom: HelpdeskAdapter = {
  id: 'intercom',
  name: 'Intercom',
  hosts: ['app.intercom.com'],
  editor: ['[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]', '.ProseMirror.embercom-prosemirror-composer-editor'],
  customerName: ['[data-inbox-conversation-header-title]', '[data-conversation-title]'],
  customerMessage: [
    // data-part-group-category: 1 customer, 3 agent, 5 bot, 20 system.
    { message: '[data-part-group-id][data-part-group-category="1"]', body: '.interblocks-html, .inbox-2__break-words, .inbox-2__renderable-part' },
  ],
  note: ['.conversation__text.o__note'],
  reply: ['.conversation__text:not(.o__note)'],
};
