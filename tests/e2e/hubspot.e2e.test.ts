import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'HubSpot (ProseMirror)',
  url: 'https://app.hubspot.com/live-messages/123456/inbox/987654',
  adapterId: 'hubspot',
  editor: '.composer .ProseMirror',
  switchToNote: (page) => page.click('[data-composer-channel="comment"]'),
  context: {
    customerName: 'Diego Alvarez',
    customerMessage: 'Any news? 40 people are blocked.',
  },
});
