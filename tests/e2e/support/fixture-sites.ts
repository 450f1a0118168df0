/**
 * The helpdesk hosts the e2e tests visit and the fixture page each one serves. Chromium resolves
 * these names to the local HTTPS fixture server, so the extension sees the real host names.
 */
export const FIXTURE_SITES = {
  /** Zendesk Agent Workspace with CKEditor 5. */
  'acme.zendesk.com': 'zendesk',
  /** Freshdesk agent ticket with Froala 4.0. */
  'acme.freshdesk.com': 'freshdesk',
  /** Intercom inbox with a ProseMirror composer. */
  'app.intercom.com': 'intercom',
  /** Help Scout conversation with a Slate composer. */
  'secure.helpscout.net': 'helpscout',
  /** Gmail thread with an inline reply (plain contenteditable). */
  'mail.google.com': 'gmail',
  /** HubSpot conversations inbox with a ProseMirror composer. */
  'app.hubspot.com': 'hubspot',
  /** Salesforce case: CKEditor 4 two iframes deep, Quill for Chatter posts. */
  'acme.lightning.force.com': 'salesforce',
  /** Zoho Desk (EU) with the ZE iframe editor. */
  'desk.zoho.eu': 'zoho-desk',
  /** Front conversation (assumed markup) with Quill editors for the reply and the comment. */
  'app.frontapp.com': 'front',
  /** Gorgias ticket (assumed markup) with a Lexical editor. */
  'acme.gorgias.com': 'gorgias',
  /** A page on a helpdesk host whose DOM no adapter knows: the generic adapter reads its textarea. */
  'classic.zendesk.com': 'textarea',
  /** An older agent view on a helpdesk host, no adapter knows its DOM: a Draft.js composer the generic adapter reads. */
  'legacy.freshdesk.com': 'draftjs',
  /** Editor libraries no record in lib/editors knows, each with its own undo history, on helpdesk hosts whose DOM no adapter knows. */
  'wayne.zendesk.com': 'summernote',
  'initech.freshdesk.com': 'trix',
  'globex.zendesk.com': 'jodit',
  /** TipTap (on ProseMirror) on such a host. */
  'umbrella.freshdesk.com': 'tiptap',
  /** The same plain form on a site that is no helpdesk: Reply Coach reads it only once the agent enables the site. */
  'support.acme.example': 'textarea',
  /** Another such site, enabled from the side panel. */
  'help.globex.example': 'textarea',
  /** `npm start`'s demo ticket (demo/, built by the global setup): the README's example. */
  'reply-coach-demo.zendesk.com': 'demo',
} as const satisfies Record<string, string>;

export type FixtureHost = keyof typeof FIXTURE_SITES;

/**
 * Hosts the fixture pages' own editor libraries call (unlicensed Froala pings its vendor). These are the
 * page's requests, made with or without Reply Coach; the privacy checks do not count them.
 */
export const FIXTURE_LIBRARY_HOSTS: readonly string[] = ['c0.froala.com'];
