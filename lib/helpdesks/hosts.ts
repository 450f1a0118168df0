import type { AdapterId } from '../messaging/adapter-ids';

/**
 * Helpdesks a company runs on its own domain (Request Tracker): no host names them. The agent enables
 * the site, and the adapter recognises the helpdesk's pages by their markup (`HelpdeskAdapter.recognizes`).
 */
export const SELF_HOSTED_HELPDESKS = ['rt'] as const satisfies readonly AdapterId[];

/**
 * Where each helpdesk's agent app lives. The content script's `matches` are built from this table, so
 * the manifest and adapter selection can never disagree. `*.` means any subdomain (not the bare domain,
 * like a match pattern).
 */
export const HELPDESK_HOSTS = {
  zendesk: ['*.zendesk.com'],
  freshdesk: ['*.freshdesk.com'],
  intercom: ['app.intercom.com'],
  helpscout: ['secure.helpscout.net'],
  front: ['app.frontapp.com'],
  gmail: ['mail.google.com'],
  salesforce: ['*.lightning.force.com'],
  hubspot: ['app.hubspot.com'],
  'zoho-desk': ['desk.zoho.com', 'desk.zoho.eu', 'desk.zoho.in', 'desk.zoho.com.au'],
  gorgias: ['*.gorgias.com'],
} as const satisfies Record<Exclude<AdapterId, 'generic' | (typeof SELF_HOSTED_HELPDESKS)[number]>, readonly string[]>;

export type HelpdeskId = keyof typeof HELPDESK_HOSTS;

/** Match patterns for the content script: every helpdesk host, HTTPS only, any path. */
export const HELPDESK_MATCH_PATTERNS: string[] = Object.values(HELPDESK_HOSTS).flatMap((hosts) => hosts.map((host) => `https://${host}/*`));

/** The helpdesk whose agent app is served from `hostname`, if any. */
export function helpdeskForHost(hostname: string): HelpdeskId | undefined {
  const host = hostname.toLowerCase();
  for (const [id, patterns] of Object.entries(HELPDESK_HOSTS) as [HelpdeskId, readonly string[]][]) {
    if (patterns.some((pattern) => hostMatches(pattern, host))) return id;
  }
  return undefined;
}

function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}
