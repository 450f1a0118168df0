import { ADAPTER_SELECTOR_FIELDS } from '../rules/adapter-data';
import type { HelpdeskOverrides } from '../rules/helpdesk-overrides';
import type { HelpdeskAdapter } from './adapter';

/**
 * The adapters as a team runs them: each one with the team's hosts added and the team's selectors
 * tried before the bundled ones (or instead of them, with `replaceBuiltIn`).
 */
export function withOverrides(adapters: readonly HelpdeskAdapter[], overrides: HelpdeskOverrides | undefined): HelpdeskAdapter[] {
  if (!overrides) return [...adapters];
  return adapters.map((adapter) => {
    const override = overrides[adapter.id];
    if (!override) return adapter;
    const result: HelpdeskAdapter = { ...adapter, hosts: [...new Set([...adapter.hosts, ...(override.hosts ?? [])])] };
    for (const field of ADAPTER_SELECTOR_FIELDS) {
      const team = override[field];
      if (!team?.length) continue;
      (result as Record<string, unknown>)[field] = override.replaceBuiltIn ? [...team] : [...team, ...(adapter[field] ?? [])];
    }
    return result;
  });
}
