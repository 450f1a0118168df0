import { CALM_CUSTOMER_CATEGORIES } from './support/coaching-story';
import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Gmail (plain contenteditable)',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrKx',
  adapterId: 'gmail',
  editor: '.M9 [g_editable="true"]',
  context: {
    customerName: 'Olivia Chen',
    customerMessage: 'It should be DE123456789. I am frustrated that it is still wrong. Can you send a corrected invoice?\n\nThanks!',
    subject: 'Invoice question',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Olivia',
    // Annoyed on one sign only: the pack as shipped has no empathy finding for it.
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Olivia,\n\nI'm sorry the invoice is still wrong. The invoice is for your March subscription. I have corrected the VAT number to DE123456789 and attached the corrected invoice to this email. Let me know if anything else needs changing.",
  },
});
