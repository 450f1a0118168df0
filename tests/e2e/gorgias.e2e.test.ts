import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Gorgias (assumed markup, Lexical)',
  url: 'https://acme.gorgias.com/app/ticket/31337',
  adapterId: 'gorgias',
  editor: '[data-testid="reply-editor"]',
  switchToNote: async (page) => {
    await page.selectOption('select[data-testid="reply-channel"]', 'internal-note');
  },
  context: {
    customerName: 'Yusuf Demir',
    customerMessage: 'It said the code expired, but it is valid until May.',
    subject: 'Discount code not applied',
  },
});
