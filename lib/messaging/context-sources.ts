import { z } from 'zod';

// Where each field of a draft's context came from: the tab state records it, the options page's
// "Check this page" shows it. The content script imports the types only.

/**
 * How a field was found. `adapter`: one of the helpdesk adapter's selectors (named in `selector`);
 * the others are generic strategies that work on any page (lib/helpdesks/context/); `agent`: the agent
 * set it (context menu, panel); `default`: nothing said, so a public reply.
 */
export const CONTEXT_STRATEGIES = [
  'adapter',
  'recipient',
  'requester-label',
  'message-author',
  'thread',
  'quoted-in-draft',
  'subject-field',
  'page-heading',
  'document-title',
  'composer-controls',
  'composer-words',
  'composer-container',
  'default',
  'agent',
] as const;
export type ContextStrategy = (typeof CONTEXT_STRATEGIES)[number];

export const contextSourceSchema = z.strictObject({
  strategy: z.enum(CONTEXT_STRATEGIES),
  /** The adapter's selector that found it. */
  selector: z.string().max(1000).optional(),
});
export type ContextSource = z.infer<typeof contextSourceSchema>;

/** One source per field the context holds (a field not found has none). */
export const contextSourcesSchema = z.strictObject({
  customerName: contextSourceSchema.optional(),
  customerMessage: contextSourceSchema.optional(),
  subject: contextSourceSchema.optional(),
  composer: contextSourceSchema,
});
export type ContextSources = z.infer<typeof contextSourcesSchema>;

/** The fields of a context, in the order people read them. */
export const CONTEXT_FIELDS = ['customerName', 'customerMessage', 'subject', 'composer'] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

/** The strategies tried for each field, in order (lib/helpdesks/context/read-context.ts): what "Check this page" says was tried. */
export const CONTEXT_CHAINS: Record<ContextField, readonly ContextStrategy[]> = {
  customerName: ['adapter', 'recipient', 'requester-label', 'message-author'],
  customerMessage: ['adapter', 'thread', 'quoted-in-draft'],
  subject: ['adapter', 'subject-field', 'page-heading', 'document-title'],
  composer: ['adapter', 'composer-controls', 'composer-words', 'composer-container', 'default'],
};
