type ClickedTab = { windowId?: number } | undefined;
type ActionClicked = { onClicked: { addListener(listener: (tab: ClickedTab) => void): void } };

/** The parts of the two browsers' panel APIs used here; each browser has one of them. */
export interface PanelOpeningApi {
  /** Chrome. */
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { windowId: number } | { tabId: number }): Promise<void>;
  };
  /** Firefox. */
  sidebarAction?: { toggle(): Promise<void>; open?(): Promise<void> };
  action?: ActionClicked;
  browserAction?: ActionClicked;
}

/**
 * The toolbar button opens the panel; the keyboard shortcut runs the same action (`commands` in
 * wxt.config.ts). Chrome could open the side panel by itself on a click, but then the click does not
 * count as invoking the extension and `activeTab` is not granted: the panel could not see the tab's
 * address to offer "Enable Reply Coach on this site". So the click is handled here, opening the panel
 * at once (still within the click, as Chrome requires). Firefox's extension button toggles its sidebar.
 */
export function openPanelFromToolbar(api: PanelOpeningApi): void {
  const onClicked = (api.action ?? api.browserAction)?.onClicked;
  if (api.sidePanel) {
    const sidePanel = api.sidePanel;
    // The browser remembers this behaviour across updates; an earlier version turned it on.
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    onClicked?.addListener((tab) => {
      if (tab?.windowId !== undefined) void sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    });
    return;
  }
  const sidebar = api.sidebarAction;
  if (sidebar) onClicked?.addListener(() => void sidebar.toggle());
}

/**
 * Opens the panel beside a tab, asked from the page (the count at the editor's corner). Browsers allow
 * it only during the agent's click; the message from the page's click handler carries it in Chrome.
 * Where the browser refuses, the agent still has the toolbar button.
 */
export function openPanelBeside(api: PanelOpeningApi, tab: { id: number; windowId?: number }): void {
  if (api.sidePanel) {
    const where = tab.windowId === undefined ? { tabId: tab.id } : { windowId: tab.windowId };
    void api.sidePanel.open(where).catch(() => undefined);
    return;
  }
  void api.sidebarAction?.open?.().catch(() => undefined);
}
