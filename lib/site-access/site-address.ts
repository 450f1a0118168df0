import { helpdeskForHost, type HelpdeskId } from '../helpdesks/hosts';
import { sitePatternFor } from './site-pattern';

/** What the agent typed as a site to enable, read: the site's match patterns, or why it cannot be enabled. */
export type SiteAddress =
  | { ok: true; patterns: string[]; host: string }
  | { ok: false; reason: 'empty' | 'not-a-web-address' | 'wildcard' }
  | { ok: false; reason: 'helpdesk'; helpdesk: HelpdeskId };

/**
 * Reads an address as people write them: a host (`support.acme.com`, `rt.example.test:8080`), a full
 * URL copied from the address bar, with or without a scheme. A host typed without one stands for the
 * site over https and http alike (an intranet helpdesk is often plain http): both are asked for, in one
 * prompt. One site at a time, so a typo cannot open every site.
 */
export function readSiteAddress(input: string): SiteAddress {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  const withScheme = hasScheme ? text : `https://${text}`;
  const pattern = sitePatternFor(withScheme);
  if (!pattern) return { ok: false, reason: 'not-a-web-address' };
  const host = new URL(withScheme).hostname;
  if (host.includes('*')) return { ok: false, reason: 'wildcard' };
  // A bare word is a search term, not a site (intranet names have a dot or are "localhost").
  if (!host.includes('.') && host !== 'localhost') return { ok: false, reason: 'not-a-web-address' };
  const helpdesk = helpdeskForHost(host);
  if (helpdesk) return { ok: false, reason: 'helpdesk', helpdesk };
  return { ok: true, patterns: hasScheme ? [pattern] : [pattern, pattern.replace(/^https:/, 'http:')], host };
}
