import { describeHelpdesk } from './support/describe-helpdesk';

describeHelpdesk({
  title: 'HubSpot (ProseMirror)',
  url: 'https://app.hubspot.com/live-messages/123456/inbox/987654',
  adapterId: 'hubspot',
  editor: '.composer .ProseMirror',
  switchToNote: (page) => page.click('[data-composer-channel="comment"]'),
  context: {
    customerName: 'Diego Alvarez',
    customerMessage: 'Any news on the outage? 40 people are blocked and I am getting angry.',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Diego',
    goodReply:
      "Hi Diego,\n\nI'm sorry your 40 people are blocked. Here is the news on the outage: our engineers found the cause and the fix goes out today at 3 pm. You can follow updates on our status page, and I'll message you here as soon as it is live.",
  },
});
