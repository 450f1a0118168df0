import { CALM_CUSTOMER_CATEGORIES } from './support/coaching-story';
import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'Front (assumed markup, Quill)',
  url: 'https://app.frontapp.com/open/cnv_4fj2k',
  adapterId: 'front',
  editor: '[data-testid="reply-composer"] .ql-editor',
  // Front's comment box is always there, under the conversation.
  switchToNote: async () => undefined,
  noteEditor: { editor: '[data-testid="comment-composer"] .ql-editor' },
  context: {
    customerName: 'Chloé Martin',
    customerMessage: 'The label has not arrived yet. I am fed up with waiting. When will you send it?',
    subject: 'Wrong size delivered',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Chloé',
    // Annoyed on one sign only: the pack as shipped has no empathy finding for it.
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Chloé,\n\nI'm sorry you are still waiting for the return label. I will send it today: it is in your inbox within the hour. Pack the shoes in their box and drop them at any post office. The right size ships as soon as we receive them, with tracking number 1Z999, and should arrive within 3 days. If it doesn't arrive by then, reply here and I'll send a new pair.",
  },
});
