import { ADAPTER_SELECTOR_FIELDS } from './adapter-data';
import type { HelpdeskOverride, HelpdeskOverrides } from './helpdesk-overrides';

/**
 * Two `helpdesks` sections as one: `first`'s selectors are tried before `second`'s (the administrator's
 * policy before the team's local file), hosts from both count. Undefined when neither has any.
 */
export function mergeHelpdeskOverrides(first: HelpdeskOverrides | undefined, second: HelpdeskOverrides | undefined): HelpdeskOverrides | undefined {
  if (!first) return second;
  if (!second) return first;
  const merged: HelpdeskOverrides = { ...second };
  for (const [id, override] of Object.entries(first) as [keyof HelpdeskOverrides, HelpdeskOverride][]) {
    const other = second[id];
    merged[id] = other ? mergeOverride(override, other) : override;
  }
  return merged;
}

function mergeOverride(first: HelpdeskOverride, second: HelpdeskOverride): HelpdeskOverride {
  const merged: HelpdeskOverride = {};
  const hosts = [...new Set([...(first.hosts ?? []), ...(second.hosts ?? [])])];
  if (hosts.length > 0) merged.hosts = hosts;
  for (const field of ADAPTER_SELECTOR_FIELDS) {
    const list = [...(first[field] ?? []), ...(second[field] ?? [])];
    if (list.length > 0) (merged as Record<string, unknown>)[field] = list;
  }
  if (first.replaceBuiltIn || second.replaceBuiltIn) merged.replaceBuiltIn = true;
  return merged;
}
