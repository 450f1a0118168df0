import type { browser as extensionBrowser } from 'wxt/browser';
import { correctContextMessageSchema, type TabStateMessage } from '../messaging/panel-messages';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import type { TabStateStore } from './tab-state-store';

/**
 * The panel's corrections of a tab's context (the customer's name typed in its header): stored for
 * that tab's ticket, the draft analyzed again, and the new state sent back (and to open panels). Only
 * this extension's pages are heard.
 */
export function listenForContextCorrections(browser: typeof extensionBrowser, store: TabStateStore, broadcast: (tabId: number, state: TabState | null) => void): void {
  const runtimeId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSenderInfo) => {
    if (senderKind(sender, runtimeId, extensionOrigin) !== 'extension-page') return undefined;
    const parsed = correctContextMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const { tabId, change } = parsed.data;
    return store.correct(tabId, change).then((state): TabStateMessage => {
      broadcast(tabId, state);
      return { type: 'tab-state', tabId, state };
    });
  });
}

type TabState = TabStateMessage['state'];
