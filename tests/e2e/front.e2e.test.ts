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
    customerMessage: 'The label has not arrived yet.',
    subject: 'Wrong size delivered',
  },
});
