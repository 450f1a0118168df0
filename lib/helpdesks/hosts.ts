import type { HelpdeskAdapter } from './adapter';
import { HELPDESK_ADAPTERS, type HelpdeskId } from './adapters';

export type { HelpdeskId } from './adapters';

/**
 * Match patterns for the content script: every bundled helpdesk host, HTTPS only, any path. Built
 * from the adapter registry, so the manifest and adapter selection can never disagree.
 */
export const HELPDESK_MATCH_PATTERNS: string[] = HELPDESK_ADAPTERS.flatMap((adapter) => adapter.hosts.map((host) => `https://${host}/*`));

/** The bundled helpdesk whose agent app is served from `hostname`, if any. */
export function helpdeskForHost(hostname: string): HelpdeskId | undefined {
  return adapterForHost(HELPDESK_ADAPTERS, hostname)?.id as HelpdeskId | undefined;
}

/** Among `adapters`, the one whose hosts include `hostname`. */
export function adapterForHost<T extends HelpdeskAdapter>(adapters: readonly T[], hostname: string): T | undefined {
  const host = hostname.toLowerCase();
  return adapters.find((adapter) => adapter.id !== 'generic' && adapter.hosts.some((pattern) => hostMatches(pattern.toLowerCase(), host)));
}

/** `*.` means any subdomain (not the bare domain, like a match pattern). */
function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}
