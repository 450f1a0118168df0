import type { browser as extensionBrowser } from 'wxt/browser';
import type { TabState } from '../messaging/panel-messages';
import { broadcastTabState } from './listen';
import { openFindings } from './open-findings';
import { pageFindingsOf } from './page-findings';
import { type BadgeApi, showToolbarBadge, toolbarBadge } from './toolbar-badge';

type ExtensionBrowser = typeof extensionBrowser;

export interface MutedRulesSource {
  get(): Promise<string[]>;
  watch(callback: (muted: string[]) => void): () => void;
}

/** Tells everyone who shows a tab's state that it changed. */
export type PublishTabState = (tabId: number, state: TabState | null) => void;

/**
 * Everyone who shows a tab's open findings, told at once whenever its state changes: the page (its
 * underlines and cards, in the editor's frame, first: the agent is looking there), open panels, and
 * the toolbar button's count. The findings of rules the agent muted are not open anywhere.
 * `onMutedChange` runs after the agent mutes or unmutes a rule (the caller republishes every tab).
 */
export function tabStatePublisher(browser: ExtensionBrowser, mutedRules: MutedRulesSource, onMutedChange: () => void): PublishTabState {
  let muted = new Set<string>();
  // A woken service worker must not count muted rules: every publish waits for the first read.
  const loaded = mutedRules.get().then(
    (ids) => void (muted = new Set(ids)),
    () => undefined,
  );
  mutedRules.watch((ids) => {
    muted = new Set(ids);
    onMutedChange();
  });
  const badges = badgeApiOf(browser);

  return (tabId, state) => {
    void loaded.then(() => {
      const open = state ? openFindings(state.analysis.findings, state.draft, state.dismissed, muted) : [];
      // The page gets every change, an empty list too: the underlines of a fixed draft must go.
      if (state) browser.tabs.sendMessage(tabId, pageFindingsOf(state, open), { frameId: state.frameId }).catch(() => undefined);
      broadcastTabState(browser, tabId, state);
      if (badges) void showToolbarBadge(badges, tabId, toolbarBadge(open));
    });
  };
}

/** Chrome's `action` or Firefox's `browserAction` (Manifest V2). */
function badgeApiOf(browser: ExtensionBrowser): BadgeApi | undefined {
  const withAction = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return withAction.action ?? withAction.browserAction;
}
