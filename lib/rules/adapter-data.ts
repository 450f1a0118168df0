import * as z from 'zod/mini';
import { ADAPTER_IDS } from './vocabulary';

// How Reply Coach reads one helpdesk, as data: where it runs and a list of CSS selectors per ticket
// field, tried in order. The bundled adapters (lib/helpdesks/<id>.ts) are written in this shape, and a
// team lead can extend or override them in the rule file's `helpdesks` section or the managed policy
// (a helpdesk on the company's own domain, a selector the vendor changed) without waiting for a release.
// zod/mini: the content script validates the records the background sends it, and must stay small.

const selector = z.string().check(
  z.maxLength(500),
  z.refine((value) => value.trim() !== '', 'give a CSS selector, e.g. ".requester-name"'),
);
const selectors = z.array(selector);

/**
 * One customer message in the thread: the element holding it (`message`), its text inside it (`body`,
 * the whole message when left out) and its author (`author`, also used as the customer's name when
 * nothing else names them). A plain string is a `message` selector.
 */
export const MessageSelector = z.union([
  selector,
  z.strictObject({ message: selector, body: z.optional(selector), author: z.optional(selector) }),
]);
export type MessageSelector = z.infer<typeof MessageSelector>;

/** A host as in the address bar, without scheme, port or path; `*.` stands for any subdomain. */
export const HOST_PATTERN = /^(?:\*\.)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
export const host = z.string().check(z.regex(HOST_PATTERN, 'a host such as "support.acme.com" or "*.acme.com", without https:// or a path'));

/**
 * The selector lists, one per field. Each list is tried in order and the first element found nearest
 * to the reply editor wins (helpdesks keep other tickets in the page). `note` and `reply` match the
 * editor or an element around it (through the frames that hold it): `[data-kind="note"]`, or
 * `body:has(.tab.selected[data-kind="note"])` for a control elsewhere on the page.
 */
export const ADAPTER_FIELDS = {
  /** The reply editor (or an element around it). */
  editor: z.optional(selectors),
  /** Pages of this helpdesk on any host (self-hosted helpdesks), e.g. `body#comp-Ticket-Update`. */
  pages: z.optional(selectors),
  customerName: z.optional(selectors),
  customerMessage: z.optional(z.array(MessageSelector)),
  subject: z.optional(selectors),
  note: z.optional(selectors),
  reply: z.optional(selectors),
  /** Elements naming the signed-in agent (their text or label): messages by them are never the customer's. */
  agent: z.optional(selectors),
};

/** The fields whose selectors an adapter lists (every one optional). */
export const ADAPTER_SELECTOR_FIELDS = ['editor', 'pages', 'customerName', 'customerMessage', 'subject', 'note', 'reply', 'agent'] as const;
export type AdapterSelectorField = (typeof ADAPTER_SELECTOR_FIELDS)[number];

/** One helpdesk, complete: the registry holds one per adapter id. */
export const AdapterRecord = z.strictObject({
  id: z.enum(ADAPTER_IDS),
  /** The helpdesk's name as people know it ("Help Scout"). */
  name: z.string().check(z.minLength(1)),
  hosts: z.array(host),
  ...ADAPTER_FIELDS,
});
export type AdapterRecord = z.infer<typeof AdapterRecord>;
