import { CALM_CUSTOMER_CATEGORIES } from './support/coaching-story';
import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Zoho Desk (src-less iframe editor)',
  url: 'https://desk.zoho.eu/agent/acme/support/tickets/details/4711',
  adapterId: 'zoho-desk',
  frames: ['iframe.ze_area'],
  editor: 'body',
  switchToNote: (page) => page.click('[data-id="commentTab"]'),
  context: {
    customerName: 'Nora Jensen',
    customerMessage: 'Firefox. The error says "quota exceeded". Why does this keep happening?',
    subject: 'Cannot export report',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Nora',
    // Pressing for news or asking why, not upset with us: no empathy finding (docs/evaluation.md).
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Nora,\n\nI'm sorry the export keeps failing in Firefox. The quota exceeded error happens because the report is larger than the export limit. I have raised your limit, so the export will work now. Try it again, and reply here if it still fails.",
  },
});
