import { CALM_CUSTOMER_CATEGORIES } from './support/coaching-story';
import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Help Scout (Slate)',
  url: 'https://secure.helpscout.net/conversation/2718281/4242?folderId=1',
  adapterId: 'helpscout',
  editor: '[data-cy="ConvoEditor"]',
  switchToNote: (page) => page.click('[data-testid="composer-mode-note"]'),
  context: {
    customerName: 'Lena Fischer',
    customerMessage: 'Still nothing. Where is my parcel? I need it by Friday.',
    subject: 'Where is my parcel?',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Lena',
    // Pressing for news or asking why, not upset with us: no empathy finding (docs/evaluation.md).
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Lena,\n\nI'm sorry your parcel still has not arrived. It is at the local depot and will be delivered on Thursday, before Friday. Here is the tracking link: https://track.example/123. If it hasn't arrived by then, reply here and I'll send a replacement.",
  },
});
