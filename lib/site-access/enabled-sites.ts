import type { browser as extensionBrowser } from 'wxt/browser';
import { listEnabledSites } from './site-list';

type ExtensionBrowser = typeof extensionBrowser;
/** The APIs the "enabled sites" feature uses (tests pass in-memory stand-ins). */
export type SiteAccessApi = Pick<ExtensionBrowser, 'permissions' | 'scripting' | 'tabs' | 'runtime'>;

/** The same content script as on helpdesks; on other sites it picks the generic adapter. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/helpdesk.js';
export const ENABLED_SITES_SCRIPT_ID = 'reply-coach-enabled-sites';

/** The sites enabled now, and whether the script had to be registered afresh (pages already open there lack it). */
export interface SyncedSites {
  sites: string[];
  registeredNow: boolean;
}

/**
 * Makes the registered content script match exactly the sites the agent enabled. The browser keeps
 * the granted host permissions, so they are the one record of which sites are on: enabling is
 * remembered per site, and removing the permission (from the browser's settings too) turns it off.
 */
export async function syncEnabledSites(api: SiteAccessApi): Promise<SyncedSites> {
  const sites = await listEnabledSites(api.permissions);
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [ENABLED_SITES_SCRIPT_ID] });
  if (sites.length === 0) {
    if (registered.length > 0) await api.scripting.unregisterContentScripts({ ids: [ENABLED_SITES_SCRIPT_ID] });
    return { sites, registeredNow: false };
  }
  const script = {
    id: ENABLED_SITES_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: sites,
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered.length === 0) {
    await api.scripting.registerContentScripts([script]);
    return { sites, registeredNow: true };
  }
  // Re-registering the same sites on every worker start could miss pages loading meanwhile.
  if (!sameSites(registered[0]!.matches ?? [], sites)) await api.scripting.updateContentScripts([script]);
  return { sites, registeredNow: false };
}

/** Starts the content script in the tabs already open on newly enabled sites (registration only covers new page loads). */
export async function startInOpenTabs(api: SiteAccessApi, sitePatterns: string[]): Promise<void> {
  if (sitePatterns.length === 0) return;
  const tabs = await api.tabs.query({ url: sitePatterns });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // A tab may have navigated away or be a page the browser protects: nothing to do there.
          api.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}

/** Background wiring: registrations follow granted permissions, at start and whenever they change. */
export function listenForSiteAccess(api: SiteAccessApi): void {
  // One sync at a time: two at once could both find no registration and both register it.
  let previous: Promise<unknown> = Promise.resolve();
  const sync = (): Promise<SyncedSites> => {
    const next = previous.then(() => syncEnabledSites(api));
    previous = next.catch(() => undefined);
    return next;
  };
  const startIn = (sites: string[]) => startInOpenTabs(api, sites).catch(() => undefined);

  // Chrome drops registered scripts when the extension is updated or reloaded: start the script in the
  // tabs that loaded meanwhile.
  void sync().then(({ sites, registeredNow }) => (registeredNow ? startIn(sites) : undefined), () => undefined);
  // Tabs the browser restores at start can load before the registrations it kept are in effect. A
  // second copy of the script in a tab is harmless: the newer one stops the older (WXT's context).
  api.runtime.onStartup.addListener(() => {
    void sync().then(({ sites }) => startIn(sites), () => undefined);
  });
  api.permissions.onAdded.addListener(({ origins = [] }) => {
    void sync().then(({ sites }) => startIn(sites.filter((site) => origins.includes(site))), () => undefined);
  });
  api.permissions.onRemoved.addListener(() => void sync().catch(() => undefined));
}

function sameSites(registered: readonly string[], enabled: readonly string[]): boolean {
  return registered.length === enabled.length && enabled.every((site) => registered.includes(site));
}
