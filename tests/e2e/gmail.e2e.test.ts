import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Gmail (plain contenteditable)',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrKx',
  adapterId: 'gmail',
  editor: '.M9 [g_editable="true"]',
  context: {
    customerName: 'Olivia Chen',
    customerMessage: 'It should be DE123456789.\nThanks!',
    subject: 'Invoice question',
  },
});
