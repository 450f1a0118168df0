import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, ENABLED_SITES_SCRIPT_ID, listenForSiteAccess, syncEnabledSites, type SiteAccessApi } from '../../../lib/site-access/enabled-sites';
import { requestSiteAccess } from '../../../lib/site-access/request-site-access';
import { sitePatternFor } from '../../../lib/site-access/site-pattern';

interface Registered {
  id: string;
  matches?: string[];
  js?: string[];
  allFrames?: boolean;
}
type PermissionListener = (permissions: { origins?: string[] }) => void;

/**
 * The browser as far as enabling sites goes, in memory: granted origins (as the browser would
 * remember them), registered content scripts, open tabs, and where the script was started.
 * (WXT's fakeBrowser has no permissions or scripting.)
 */
function browserWith(granted: string[], openTabs: { id: number; url: string }[] = []) {
  const registered = new Map<string, Registered>();
  const started: number[] = [];
  const added: PermissionListener[] = [];
  const removed: PermissionListener[] = [];
  const matchesPattern = (url: string, pattern: string) => url.startsWith(pattern.replace(/\*$/, ''));
  const api = {
    permissions: {
      getAll: async () => ({ origins: [...granted] }),
      request: async ({ origins = [] }: { origins?: string[] }) => {
        granted.push(...origins);
        for (const listener of added) listener({ origins });
        return true;
      },
      onAdded: { addListener: (listener: PermissionListener) => added.push(listener) },
      onRemoved: { addListener: (listener: PermissionListener) => removed.push(listener) },
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts: Registered[]) => scripts.forEach((script) => registered.set(script.id, script)),
      updateContentScripts: async (scripts: Registered[]) => scripts.forEach((script) => registered.set(script.id, { ...registered.get(script.id)!, ...script })),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        started.push(target.tabId);
        return [];
      },
    },
    tabs: {
      query: async ({ url = [] }: { url?: string[] }) => openTabs.filter((tab) => url.some((pattern) => matchesPattern(tab.url, pattern))),
    },
  };
  const revoke = (origin: string) => {
    granted.splice(granted.indexOf(origin), 1);
    for (const listener of removed) listener({ origins: [origin] });
  };
  return { api: api as unknown as SiteAccessApi, registered, started, revoke };
}

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
