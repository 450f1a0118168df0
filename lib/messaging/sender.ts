/** The part of `runtime.MessageSender` we rely on: the browser fills it in, not the sender. */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

/**
 * Which of our contexts sent a message, or `foreign` for anything else (another extension).
 * - `extension-page`: the side panel or options page, wherever shown (a page opened in a tab has a
 *   `tab` too, so the origin decides). Only these may read a tab's draft: a content script in one
 *   helpdesk tab must not read what the agent types in another.
 * - `content-script`: our script in a web page's tab; the only source of drafts.
 */
export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

export function senderKind(sender: MessageSenderInfo, runtimeId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== runtimeId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (typeof sender.tab?.id === 'number') return 'content-script';
  return 'foreign';
}
