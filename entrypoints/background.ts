import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // The toolbar button opens the side panel (Chrome); Firefox opens its sidebar_action itself.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
});
