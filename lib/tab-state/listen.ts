import type { browser as extensionBrowser } from 'wxt/browser';
import { contentMessageSchema } from '../messaging/content-messages';
import { getTabStateMessageSchema, type TabState, type TabStateMessage } from '../messaging/panel-messages';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import { findingKey } from '../engine/finding-key';
import type { RecordRuleEvents } from './relay-editor-actions';
import type { TabStateStore } from './tab-state-store';

/** What else the background does with a tab's news. */
export interface TabStateListeners {
  /** Tells the page, open panels and the toolbar count (tab-state/publish-tab-state.ts); panels only by default. */
  publish?(tabId: number, state: TabState | null): void;
  /** Counts fixes and dismissals made in the page, per rule (counts only). */
  recordRuleEvents?: RecordRuleEvents;
  /** The agent clicked the count at the editor's corner: open the panel beside that tab. */
  openPanel?(tab: { id: number; windowId?: number }): void;
}

/**
 * The background's side of messaging: takes drafts from content scripts, answers the panel, tells
 * open panels when a tab's state changes, and forgets closed tabs. Only this extension's own contexts
 * are heard; every message is validated before it is used.
 */
export function listenForTabState(browser: typeof extensionBrowser, store: TabStateStore, listeners: TabStateListeners = {}): void {
  const runtimeId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');

  const publish = (tabId: number, state: TabState | null) => (listeners.publish ? listeners.publish(tabId, state) : broadcastTabState(browser, tabId, state));
  const ruleOf = async (tabId: number, key: string): Promise<string | undefined> => {
    const state = await store.get(tabId);
    return state?.analysis.findings.find((finding) => findingKey(finding, state.draft) === key)?.ruleId;
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderInfo) => {
    const kind = senderKind(sender, runtimeId, extensionOrigin);
    if (kind === 'content-script') {
      const parsed = contentMessageSchema.safeParse(message);
      if (!parsed.success || sender.tab?.id === undefined) return undefined;
      const tabId = sender.tab.id;
      const frameId = sender.frameId ?? 0;
      const request = parsed.data;
      switch (request.type) {
        case 'draft-snapshot':
          void store.applySnapshot(tabId, frameId, request).then((state) => publish(tabId, state));
          break;
        case 'editor-lost':
          void store.applyEditorLost(tabId, frameId).then((dropped) => dropped && publish(tabId, null));
          break;
        case 'page-dismiss':
          void ruleOf(tabId, request.key).then(async (ruleId) => {
            const state = await store.setDismissed(tabId, request.key, true);
            if (state) publish(tabId, state);
            if (ruleId) await listeners.recordRuleEvents?.([{ ruleId, event: 'dismissed' }]);
          });
          break;
        case 'page-fix-applied':
          void ruleOf(tabId, request.key).then(async (ruleId) => {
            if (ruleId) await listeners.recordRuleEvents?.([{ ruleId, event: 'fixed' }]);
          });
          break;
        case 'open-panel':
          listeners.openPanel?.({ id: tabId, ...(sender.tab.windowId === undefined ? {} : { windowId: sender.tab.windowId }) });
          break;
      }
      return undefined;
    }
    if (kind === 'extension-page') {
      const parsed = getTabStateMessageSchema.safeParse(message);
      if (!parsed.success) return undefined;
      const { tabId } = parsed.data;
      return store.get(tabId).then((state): TabStateMessage => ({ type: 'tab-state', tabId, state }));
    }
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void store.forgetTab(tabId);
  });
}

/** Tells open panels about a tab's new state (or that it has none). */
export function broadcastTabState(browser: typeof extensionBrowser, tabId: number, state: TabState | null): void {
  const message: TabStateMessage = { type: 'tab-state', tabId, state };
  // No panel open is the usual case, not an error.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
