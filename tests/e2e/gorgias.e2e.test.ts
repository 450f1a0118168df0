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
    customerMessage: 'It said the code expired, but it is valid until May. I am really annoyed. Can you apply it to my order?',
    subject: 'Discount code not applied',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Yusuf',
    goodReply:
      "Hi Yusuf,\n\nI'm sorry the discount code did not work. You are right, it is valid until May. I have applied it to your order and refunded the difference of 12 EUR today. You will get a confirmation email with the reference number. Let me know if anything else looks wrong.",
  },
});
