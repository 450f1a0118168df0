import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Freshdesk (Froala 4.0)',
  url: 'https://acme.freshdesk.com/a/tickets/9021',
  adapterId: 'freshdesk',
  editor: '.fr-element.fr-view',
  openComposer: (page) => page.click('[data-test-id="ticket-action-reply"]'),
  switchToNote: (page) => page.click('[data-test-id="ticket-action-note"]'),
  context: {
    customerName: 'Priya Shah',
    customerMessage: 'Here is the photo. I am really disappointed. When will the new one ship?',
    subject: 'Mug arrived broken',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'composer-words' },
  coaching: {
    greeting: 'Hi Priya',
    goodReply:
      "Hi Priya,\n\nI'm sorry the mug arrived broken, and thank you for the photo. The new one ships tomorrow and should be with you by Friday. You can keep the broken one.",
  },
});
