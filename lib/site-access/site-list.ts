import type { SiteAccessApi } from './enabled-sites';
import { enabledSitePatterns } from './site-pattern';

type Permissions = SiteAccessApi['permissions'];

/** The sites the agent enabled (match patterns), as the browser records them. */
export async function listEnabledSites(permissions: Permissions): Promise<string[]> {
  const { origins = [] } = await permissions.getAll();
  return enabledSitePatterns(origins);
}

/** Turns Reply Coach off on a site: the background unregisters the content script when the permission goes. */
export function disableSite(permissions: Permissions, pattern: string): Promise<boolean> {
  return permissions.remove({ origins: [pattern] });
}

/** Calls `onChange` with the enabled sites whenever a permission is granted or removed, here or in the browser's settings. */
export function watchEnabledSites(permissions: Permissions, onChange: (sites: string[]) => void): () => void {
  const refresh = () => void listEnabledSites(permissions).then(onChange);
  permissions.onAdded.addListener(refresh);
  permissions.onRemoved.addListener(refresh);
  return () => {
    permissions.onAdded.removeListener(refresh);
    permissions.onRemoved.removeListener(refresh);
  };
}

/** A site pattern as the agent reads it, scheme included (`http://rt.example.test/*` → `http://rt.example.test`): exactly what is on. */
export function siteLabel(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}
