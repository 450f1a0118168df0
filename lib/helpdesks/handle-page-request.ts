import { helpdeskAdaptersSchema, readSelectionRequestSchema, type SelectionText } from '../messaging/page-requests';
import { senderKind, type MessageSenderInfo } from '../messaging/sender';
import type { HelpdeskAdapter } from './adapter';

/** The longest selection taken as a customer's message or name (a whole page selected is neither). */
export const MAX_SELECTION_LENGTH = 20_000;

export interface PageRequestContext {
  doc: Document;
  /** The team's adapters arrived (null: the bundled ones apply). */
  onAdapters(adapters: readonly HelpdeskAdapter[] | null): void;
  runtimeId: string;
  extensionOrigin: string;
}

/**
 * The content script's side of the background's requests about the page: the text the agent selected
 * (for "Use as the customer's message"), and the team's adapters when its rule set changes. Only this
 * extension is heard; anything else gets no answer.
 */
export function handlePageRequest(message: unknown, sender: MessageSenderInfo, context: PageRequestContext): Promise<SelectionText> | undefined {
  if (senderKind(sender, context.runtimeId, context.extensionOrigin) !== 'extension-page') return undefined;
  if (readSelectionRequestSchema.safeParse(message).success) {
    return Promise.resolve({ text: (context.doc.getSelection()?.toString() ?? '').slice(0, MAX_SELECTION_LENGTH) });
  }
  const adapters = helpdeskAdaptersSchema.safeParse(message);
  if (adapters.success) context.onAdapters(adapters.data.adapters);
  return undefined;
}
