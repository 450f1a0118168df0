import type { SiteAccessApi } from '../../../lib/site-access/enabled-sites';

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
 * `answer.grant` is what the agent clicks in the browser's prompt. (WXT's fakeBrowser has no
 * permissions or scripting.)
 */
export function browserWith(granted: string[], openTabs: { id: number; url: string }[] = [], answer = { grant: true }) {
  const registered = new Map<string, Registered>();
  const started: number[] = [];
  const added: PermissionListener[] = [];
  const removed: PermissionListener[] = [];
  const startup: (() => void)[] = [];
  /** The ids of every updateContentScripts call. */
  const updates: string[][] = [];
  /** The origins of every prompt the browser showed. */
  const asked: string[][] = [];
  const matchesPattern = (url: string, pattern: string) => url.startsWith(pattern.replace(/\*$/, ''));
  const api = {
    permissions: {
      getAll: async () => ({ origins: [...granted] }),
      request: async ({ origins = [] }: { origins?: string[] }) => {
        asked.push(origins);
        if (!answer.grant) return false;
        granted.push(...origins);
        for (const listener of added) listener({ origins });
        return true;
      },
      remove: async ({ origins = [] }: { origins?: string[] }) => {
        for (const origin of origins) revoke(origin);
        return true;
      },
      onAdded: listenerList(added),
      onRemoved: listenerList(removed),
    },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      registerContentScripts: async (scripts: Registered[]) => scripts.forEach((script) => registered.set(script.id, script)),
      updateContentScripts: async (scripts: Registered[]) => {
        updates.push(scripts.map((script) => script.id));
        scripts.forEach((script) => registered.set(script.id, { ...registered.get(script.id)!, ...script }));
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        started.push(target.tabId);
        return [];
      },
    },
    runtime: {
      onStartup: { addListener: (listener: () => void) => startup.push(listener) },
    },
    tabs: {
      query: async ({ url = [] }: { url?: string[] }) => openTabs.filter((tab) => url.some((pattern) => matchesPattern(tab.url, pattern))),
    },
  };
  function revoke(origin: string) {
    if (!granted.includes(origin)) return;
    granted.splice(granted.indexOf(origin), 1);
    for (const listener of removed) listener({ origins: [origin] });
  }
  /** The browser starting with this profile (restoring its tabs). */
  const startBrowser = () => startup.forEach((listener) => listener());
  return { api: api as unknown as SiteAccessApi, registered, started, revoke, asked, granted, startBrowser, updates };
}

function listenerList(listeners: PermissionListener[]) {
  return {
    addListener: (listener: PermissionListener) => listeners.push(listener),
    removeListener: (listener: PermissionListener) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
  };
}
