import type { AdapterId } from '../messaging/adapter-ids';
import type { ComposerKind } from '../messaging/content-messages';

/** What an adapter can tell about the ticket around the draft; anything it cannot find stays undefined. */
export interface TicketContext {
  customerName?: string;
  customerMessage?: string;
  subject?: string;
  composer: ComposerKind;
}

/**
 * How to read one helpdesk. The selectors are data (they change when the helpdesk ships a new UI, so
 * they sit together where they are easy to update); the reading is a few small functions. Every query
 * is scoped to the conversation that holds the editor, because helpdesks keep hidden tickets in the DOM.
 */
export interface HelpdeskAdapter {
  id: AdapterId;
  /** The reply editor's editable element(s). An editable that matches none is read by the generic adapter. */
  editorSelector: string;
  /** The element holding one ticket (messages, subject, composer); the editor's closest match is the scope. */
  conversationSelector?: string;
  /**
   * Only for helpdesks a company runs on its own domain (no host to match): whether `editor` is this
   * helpdesk's composer, told from the page's markup. Asked on sites the agent enabled.
   */
  recognizes?(editor: HTMLElement): boolean;
  /** The ticket around `editor`. `scope` is the editor's conversation, or its document when none matches. */
  readContext(scope: ParentNode, editor: HTMLElement): TicketContext;
}
