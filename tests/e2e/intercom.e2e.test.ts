import { CALM_CUSTOMER_CATEGORIES } from './support/coaching-story';
import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Intercom (ProseMirror)',
  url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/777',
  adapterId: 'intercom',
  editor: '[data-conversation-reply-composer] .ProseMirror',
  switchToNote: (page) => page.click('[data-composer-tab="note"]'),
  context: {
    customerName: 'Tom Becker',
    customerMessage: 'This is unacceptable. Please refund the second charge.\n\nIt was 29 EUR.',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Tom',
    // Annoyed on one sign only: the pack as shipped has no empathy finding for it.
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Tom,\n\nI'm sorry about the second charge. It was a duplicate of your March subscription payment. I have refunded the 29 EUR today, and you will see it on your statement within 5 business days. I'll send you the refund receipt by email.",
  },
});
