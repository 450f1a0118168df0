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
    customerMessage: 'Firefox. The error says "quota exceeded".',
    subject: 'Cannot export report',
  },
});
