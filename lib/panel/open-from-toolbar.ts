/** The parts of the two browsers' panel APIs used here; each browser has one of them. */
export interface PanelOpeningApi {
  /** Chrome. */
  sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { toggle(): Promise<void> };
  action?: { onClicked: { addListener(listener: () => void): void } };
  browserAction?: { onClicked: { addListener(listener: () => void): void } };
}

/**
 * The toolbar button opens the panel. Chrome does it itself once told to; Firefox's sidebar has its
 * own button, and the extension's toolbar button toggles it (allowed: a click is a user action). The
 * keyboard shortcut runs the same action (`commands` in wxt.config.ts).
 */
export function openPanelFromToolbar(api: PanelOpeningApi): void {
  if (api.sidePanel) {
    void api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  const sidebar = api.sidebarAction;
  if (!sidebar) return;
  (api.action ?? api.browserAction)?.onClicked.addListener(() => void sidebar.toggle());
}
