import type { browser as extensionBrowser } from 'wxt/browser';
import { contentMessageSchema } from '../messaging/content-messages';
import { getTabStateMessageSchema, type TabState, type TabStateMessage } from '../messaging/panel-messages';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import type { TabStateStore } from './tab-state-store';

/**
 * The background's side of messaging: takes drafts from content scripts, answers the panel, tells
 * open panels when a tab's state changes, and forgets closed tabs. Only this extension's own contexts
 * are heard; every message is validated before it is used.
 */
export function listenForTabState(browser: typeof extensionBrowser, store: TabStateStore): void {
  const runtimeId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');

  const broadcast = (tabId: number, state: TabState | null) => broadcastTabState(browser, tabId, state);

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderInfo) => {
    const kind = senderKind(sender, runtimeId, extensionOrigin);
    if (kind === 'content-script') {
      const parsed = contentMessageSchema.safeParse(message);
      if (!parsed.success || sender.tab?.id === undefined) return undefined;
      const tabId = sender.tab.id;
      const frameId = sender.frameId ?? 0;
      if (parsed.data.type === 'draft-snapshot') {
        void store.applySnapshot(tabId, frameId, parsed.data).then((state) => broadcast(tabId, state));
      } else {
        void store.applyEditorLost(tabId, frameId).then((dropped) => dropped && broadcast(tabId, null));
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
