import type { browser as extensionBrowser } from 'wxt/browser';
import { sitePatternFor } from './site-pattern';

/**
 * Asks the browser to let Reply Coach read editors on the site of `tabUrl` (the panel's "Enable on
 * this site" button; browsers only show the prompt during a click). The background notices the new
 * permission, registers the content script there and starts it in open tabs.
 */
export async function requestSiteAccess(permissions: (typeof extensionBrowser)['permissions'], tabUrl: string | undefined): Promise<boolean> {
  const pattern = sitePatternFor(tabUrl);
  if (!pattern) return false;
  return permissions.request({ origins: [pattern] });
}
