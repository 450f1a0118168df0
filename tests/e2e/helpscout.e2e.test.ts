import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Help Scout (Slate)',
  url: 'https://secure.helpscout.net/conversation/2718281/4242?folderId=1',
  adapterId: 'helpscout',
  editor: '[data-cy="ConvoEditor"]',
  switchToNote: (page) => page.click('[data-testid="composer-mode-note"]'),
  context: {
    customerName: 'Lena Fischer',
    customerMessage: 'Still nothing. I need it by Friday.',
    subject: 'Where is my parcel?',
  },
});
