import { browser } from 'wxt/browser';
import { analyze } from '@/lib/engine';
import { listenForSiteAccess } from '@/lib/site-access/enabled-sites';
import { listenForTabState } from '@/lib/tab-state/listen';
import { TabStateStore } from '@/lib/tab-state/tab-state-store';

export default defineBackground(() => {
  // The toolbar button opens the side panel (Chrome); Firefox opens its sidebar_action itself.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  listenForTabState(browser, new TabStateStore((input) => analyze(input), browser.storage.session));
  // Sites beyond the helpdesks, enabled by the agent from the panel.
  if (browser.scripting && browser.permissions) listenForSiteAccess(browser);
});
