import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Intercom (ProseMirror)',
  url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/777',
  adapterId: 'intercom',
  editor: '[data-conversation-reply-composer] .ProseMirror',
  switchToNote: (page) => page.click('[data-composer-tab="note"]'),
  context: {
    customerName: 'Tom Becker',
    customerMessage: 'Please refund the second charge.\nIt was 29 EUR.',
  },
});
