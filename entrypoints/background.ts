import { browser } from 'wxt/browser';
import { analyze } from '@/lib/engine';
import { openPanelFromToolbar, type PanelOpeningApi } from '@/lib/panel/open-from-toolbar';
import { recordRuleEvents } from '@/lib/settings/rule-stats';
import { listenForSiteAccess } from '@/lib/site-access/enabled-sites';
import { listenForTabState } from '@/lib/tab-state/listen';
import { listenForEditorActions } from '@/lib/tab-state/relay-editor-actions';
import { TabStateStore } from '@/lib/tab-state/tab-state-store';

export default defineBackground(() => {
  // The toolbar button (and its keyboard shortcut) opens the side panel, or Firefox's sidebar.
  openPanelFromToolbar(browser as unknown as PanelOpeningApi);

  const store = new TabStateStore((input) => analyze(input), browser.storage.session);
  listenForTabState(browser, store);
  // The panel's highlights and fixes, forwarded to the frame that holds the editor.
  listenForEditorActions(browser, store, recordRuleEvents);
  // Sites beyond the helpdesks, enabled by the agent from the panel.
  if (browser.scripting && browser.permissions) listenForSiteAccess(browser);
});
