import { HELPDESK_MATCH_PATTERNS } from '../helpdesks/hosts';

/**
 * The match pattern that enables Reply Coach on the site of `url` (every page of that host), or
 * undefined for pages it cannot run on (extension pages, the browser's own, files).
 */
export function sitePatternFor(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Sites the agent enabled, among granted host permissions (the helpdesks' own come with the manifest). */
export function enabledSitePatterns(grantedOrigins: readonly string[]): string[] {
  return grantedOrigins.filter((origin) => !HELPDESK_MATCH_PATTERNS.includes(origin) && sitePatternFor(origin.replace(/\/\*$/, '/')) === origin);
}
