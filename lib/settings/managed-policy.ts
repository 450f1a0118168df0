import { browser } from 'wxt/browser';
import { type ManagedPolicy, NO_POLICY, parseManagedPolicy } from '../rules/managed';

/** The part of a storage area this module reads; `browser.storage.managed` in the extension. */
export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * The administrator's policy. Without one, Chrome answers `{}` and Firefox rejects ("Managed storage
 * manifest not found"): both mean "no policy", not an error to show.
 */
export async function readManagedPolicy(area: ManagedArea = browser.storage.managed as ManagedArea): Promise<ManagedPolicy> {
  let items: Record<string, unknown>;
  try {
    items = await area.get(null);
  } catch {
    return NO_POLICY;
  }
  return parseManagedPolicy(items ?? {});
}

/** Calls back with the new policy when the administrator changes it (Chrome re-reads policies while running). */
export function watchManagedPolicy(callback: (policy: ManagedPolicy) => void, storageApi: typeof browser.storage = browser.storage): () => void {
  const listener = (_changes: unknown, areaName: string) => {
    if (areaName === 'managed') void readManagedPolicy(storageApi.managed as ManagedArea).then(callback);
  };
  storageApi.onChanged.addListener(listener);
  return () => storageApi.onChanged.removeListener(listener);
}
