import { describe, expect, it } from 'vitest';
import { HELPDESK_MATCH_PATTERNS, helpdeskForHost } from '../../../lib/helpdesks/hosts';
import { ADAPTER_IDS } from '../../../lib/messaging/adapter-ids';

describe('where the content script runs', () => {
  it('matches exactly the helpdesks of issue #4', () => {
    expect([...HELPDESK_MATCH_PATTERNS].sort()).toEqual(
      [
        'https://*.zendesk.com/*',
        'https://*.freshdesk.com/*',
        'https://app.intercom.com/*',
        'https://secure.helpscout.net/*',
        'https://app.frontapp.com/*',
        'https://mail.google.com/*',
        'https://*.lightning.force.com/*',
        'https://app.hubspot.com/*',
        'https://desk.zoho.com/*',
        'https://desk.zoho.eu/*',
        'https://desk.zoho.in/*',
        'https://desk.zoho.com.au/*',
        'https://*.gorgias.com/*',
      ].sort(),
    );
  });

  it.each([
    ['acme.zendesk.com', 'zendesk'],
    ['acme.freshdesk.com', 'freshdesk'],
    ['app.intercom.com', 'intercom'],
    ['secure.helpscout.net', 'helpscout'],
    ['app.frontapp.com', 'front'],
    ['mail.google.com', 'gmail'],
    ['acme.lightning.force.com', 'salesforce'],
    ['app.hubspot.com', 'hubspot'],
    ['desk.zoho.com.au', 'zoho-desk'],
    ['acme.gorgias.com', 'gorgias'],
  ])('knows %s as %s', (host, id) => {
    expect(helpdeskForHost(host)).toBe(id);
  });

  it.each(['zendesk.com', 'evilzendesk.com', 'app.intercom.com.evil.example', 'desk.zoho.co'])('does not take %s for a helpdesk', (host) => {
    expect(helpdeskForHost(host)).toBeUndefined();
  });

  it('uses the contract adapter ids', () => {
    expect(ADAPTER_IDS).toEqual(['zendesk', 'freshdesk', 'intercom', 'helpscout', 'front', 'gmail', 'salesforce', 'hubspot', 'zoho-desk', 'gorgias', 'rt', 'generic']);
  });
});
