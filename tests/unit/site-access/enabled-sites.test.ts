import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, ENABLED_SITES_SCRIPT_ID, listenForSiteAccess, syncEnabledSites, type SiteAccessApi } from '../../../lib/site-access/enabled-sites';
import { requestSiteAccess } from '../../../lib/site-access/request-site-access';
import { readSiteAddress } from '../../../lib/site-access/site-address';
import { sitePatternFor } from '../../../lib/site-access/site-pattern';
import { browserWith } from './site-access-browser';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('which site a page belongs to', () => {
  it.each([
    ['https://support.example.com/tickets/5?x=1', 'https://support.example.com/*'],
    ['http://intranet.local:8080/help', 'http://intranet.local/*'],
    ['chrome://extensions', undefined],
    ['file:///home/agent/reply.html', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, pattern) => {
    expect(sitePatternFor(url)).toBe(pattern);
  });
});

describe('enabling Reply Coach on another site', () => {
  it('asks the browser for that one site only', async () => {
    const { api } = browserWith([]);
    const asked: string[][] = [];
    const permissions = { ...api.permissions, request: async ({ origins = [] }) => (asked.push(origins), true) } as SiteAccessApi['permissions'];
    expect(await requestSiteAccess(permissions, 'https://support.example.com/tickets/5')).toBe(true);
    expect(await requestSiteAccess(permissions, 'chrome://newtab')).toBe(false);
    expect(asked).toEqual([['https://support.example.com/*']]);
  });

  it('runs the content script on the enabled sites, not on helpdesks (the manifest covers them)', async () => {
    const { api, registered } = browserWith(['https://*.zendesk.com/*', 'https://support.example.com/*', 'https://desk.internal.example/*']);
    await syncEnabledSites(api);
    expect(registered.get(ENABLED_SITES_SCRIPT_ID)).toMatchObject({
      js: [CONTENT_SCRIPT_FILE],
      matches: ['https://support.example.com/*', 'https://desk.internal.example/*'],
      allFrames: true,
    });
  });

  it('starts at once in the tabs already open on a site the agent just enabled', async () => {
    const { api, registered, started } = browserWith(
      [],
      [
        { id: 1, url: 'https://support.example.com/tickets/5' },
        { id: 2, url: 'https://news.example.org/' },
      ],
    );
    listenForSiteAccess(api);
    await settle();
    await requestSiteAccess(api.permissions, 'https://support.example.com/tickets/5');
    await settle();
    expect(registered.get(ENABLED_SITES_SCRIPT_ID)?.matches).toEqual(['https://support.example.com/*']);
    expect(started).toEqual([1]);
  });

  it('after a start that lost the registration (update, reload), starts the script in tabs already open on enabled sites', async () => {
    const tabs = [
      { id: 1, url: 'https://support.example.com/tickets/5' },
      { id: 2, url: 'https://news.example.org/' },
    ];
    const restarted = browserWith(['https://support.example.com/*'], tabs);
    listenForSiteAccess(restarted.api);
    await settle();
    expect(restarted.registered.get(ENABLED_SITES_SCRIPT_ID)?.matches).toEqual(['https://support.example.com/*']);
    expect(restarted.started).toEqual([1]);

    // A worker that wakes up again finds the registration in place: the browser already ran the script,
    // and re-registering the same sites is left alone.
    listenForSiteAccess(restarted.api);
    await settle();
    expect(restarted.started).toEqual([1]);
    expect(restarted.updates).toEqual([]);
  });

  it('registers once when the browser starts and the worker wakes at the same moment', async () => {
    const browser = browserWith(['https://support.example.com/*'], [{ id: 7, url: 'https://support.example.com/tickets/9' }]);
    const registerContentScripts = browser.api.scripting.registerContentScripts;
    let registrations = 0;
    browser.api.scripting.registerContentScripts = (async (scripts: Parameters<typeof registerContentScripts>[0]) => {
      registrations++;
      // The browser refuses a second script with the same id.
      if ((await browser.api.scripting.getRegisteredContentScripts({ ids: [ENABLED_SITES_SCRIPT_ID] })).length > 0) throw new Error('Duplicate script ID');
      return registerContentScripts(scripts);
    }) as typeof registerContentScripts;
    listenForSiteAccess(browser.api);
    browser.startBrowser();
    await settle();
    await settle();
    expect(registrations).toBe(1);
    expect(browser.registered.get(ENABLED_SITES_SCRIPT_ID)?.matches).toEqual(['https://support.example.com/*']);
  });

  it('starts the script in the tabs the browser restores when it starts', async () => {
    const tabs = [{ id: 7, url: 'https://support.example.com/tickets/9' }];
    const browser = browserWith(['https://support.example.com/*'], tabs);
    await syncEnabledSites(browser.api);
    listenForSiteAccess(browser.api);
    await settle();
    expect(browser.started).toEqual([]);
    browser.startBrowser();
    await settle();
    expect(browser.started).toEqual([7]);
  });

  it('turns a site off when its permission is removed (from the panel or the browser settings)', async () => {
    const first = browserWith(['https://support.example.com/*', 'https://other.example.com/*']);
    listenForSiteAccess(first.api);
    await settle();
    first.revoke('https://other.example.com/*');
    await settle();
    expect(first.registered.get(ENABLED_SITES_SCRIPT_ID)?.matches).toEqual(['https://support.example.com/*']);
    first.revoke('https://support.example.com/*');
    await settle();
    expect(first.registered.has(ENABLED_SITES_SCRIPT_ID)).toBe(false);
  });
});

describe('reading a site address the agent typed', () => {
  it.each([
    ['support.acme.com', ['https://support.acme.com/*', 'http://support.acme.com/*']],
    ['rt.example.test:8080', ['https://rt.example.test/*', 'http://rt.example.test/*']],
    ['  Support.ACME.com  ', ['https://support.acme.com/*', 'http://support.acme.com/*']],
    ['localhost:3000', ['https://localhost/*', 'http://localhost/*']],
    ['https://support.acme.com/tickets/5?x=1', ['https://support.acme.com/*']],
    ['http://intranet.acme.local:8080/help', ['http://intranet.acme.local/*']],
  ])('%s → %j (a host without a scheme: https and http)', (address, patterns) => {
    expect(readSiteAddress(address)).toEqual({ ok: true, patterns, host: new URL(patterns[0]!.replace('/*', '/')).hostname });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['acme', 'not-a-web-address'],
    ['ftp://files.acme.com', 'not-a-web-address'],
    ['chrome://extensions', 'not-a-web-address'],
    ['https://*.acme.com/*', 'wildcard'],
    ['acme.zendesk.com', 'helpdesk'],
    ['https://mail.google.com/mail/u/0', 'helpdesk'],
  ])('%s is refused (%s)', (address, reason) => {
    expect(readSiteAddress(address)).toMatchObject({ ok: false, reason });
  });
});
