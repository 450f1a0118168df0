import type { browser as extensionBrowser } from 'wxt/browser';
import { tabStateMessageSchema, type GetTabStateMessage, type TabState, type TabStateMessage } from '../messaging/panel-messages';
import type { MessageSenderInfo } from '../messaging/sender';

export type RuntimeApi = Pick<(typeof extensionBrowser)['runtime'], 'id' | 'sendMessage' | 'onMessage'>;

/**
 * Calls `onState` with the background's state of `tabId`: first the answer to `get-tab-state`, then
 * every `tab-state` broadcast for that tab. A broadcast that arrives before the answer wins (it is
 * newer). Only messages from this extension, shaped as the schema says, are taken. Returns the unsubscribe.
 */
export function watchTabState(runtime: RuntimeApi, tabId: number, onState: (state: TabState | null) => void): () => void {
  let stopped = false;
  let heardBroadcast = false;
  const listener = (message: unknown, sender: MessageSenderInfo): undefined => {
    if (stopped || sender.id !== runtime.id) return undefined;
    const parsed = tabStateMessageSchema.safeParse(message);
    if (!parsed.success || !isAbout(parsed.data, tabId)) return undefined;
    heardBroadcast = true;
    onState(parsed.data.state);
    return undefined;
  };
  runtime.onMessage.addListener(listener);

  const ask: GetTabStateMessage = { type: 'get-tab-state', tabId };
  runtime
    .sendMessage(ask)
    .then((answer: unknown) => {
      const parsed = tabStateMessageSchema.safeParse(answer);
      if (stopped || heardBroadcast || !parsed.success || !isAbout(parsed.data, tabId)) return;
      onState(parsed.data.state);
    })
    // The background is starting up: its first broadcast will come.
    .catch(() => undefined);

  return () => {
    stopped = true;
    runtime.onMessage.removeListener(listener);
  };
}

function isAbout(message: TabStateMessage, tabId: number): boolean {
  return message.tabId === tabId && (message.state === null || message.state.tabId === tabId);
}
