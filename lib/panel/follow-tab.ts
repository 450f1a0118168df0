import type { browser as extensionBrowser } from 'wxt/browser';

type ExtensionBrowser = typeof extensionBrowser;
export type TabsApi = Pick<ExtensionBrowser, 'tabs' | 'windows'>;

/** The tab the panel shows; `url` only where the browser lets us see it (helpdesks, an enabled or clicked site). */
export interface ShownTab {
  id: number;
  url?: string;
}

/**
 * Calls `onTab` with the tab the panel should show, now and whenever it changes: the pinned tab
 * (`?tabId=`), or else the active tab of the panel's own window, followed as the agent switches tabs
 * or the tab navigates. `null` when there is none (the pinned tab was closed).
 */
export function followTab(api: TabsApi, pinned: number | undefined, onTab: (tab: ShownTab | null) => void, signal: AbortSignal): void {
  let shown: ShownTab | null = null;
  const show = (tab: ShownTab | null): void => {
    if (signal.aborted) return;
    if (tab?.id === shown?.id && tab?.url === shown?.url) return;
    shown = tab;
    onTab(tab);
  };
  const showTab = async (tabId: number): Promise<void> => {
    const tab = await api.tabs.get(tabId).catch(() => undefined);
    show(tab?.id === undefined ? (pinned === undefined ? shown : null) : { id: tab.id, ...(tab.url ? { url: tab.url } : {}) });
  };

  let windowId: number | undefined;
  const onActivated = (info: { tabId: number; windowId: number }): void => {
    if (pinned === undefined && info.windowId === windowId) void showTab(info.tabId);
  };
  const onUpdated = (tabId: number, change: { url?: string }): void => {
    if (tabId === shown?.id && change.url !== undefined) show({ id: tabId, url: change.url });
  };
  const onRemoved = (tabId: number): void => {
    if (pinned !== undefined && tabId === pinned) show(null);
  };
  api.tabs.onActivated.addListener(onActivated);
  api.tabs.onUpdated.addListener(onUpdated);
  api.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener(
    'abort',
    () => {
      api.tabs.onActivated.removeListener(onActivated);
      api.tabs.onUpdated.removeListener(onUpdated);
      api.tabs.onRemoved.removeListener(onRemoved);
    },
    { once: true },
  );

  if (pinned !== undefined) {
    void showTab(pinned);
    return;
  }
  void (async () => {
    // The side panel belongs to one window: it follows that window's active tab, not the focused window's.
    const current = await api.windows.getCurrent();
    windowId = current?.id;
    const [active] = await api.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
    if (active?.id !== undefined) show({ id: active.id, ...(active.url ? { url: active.url } : {}) });
  })().catch(() => undefined);
}
