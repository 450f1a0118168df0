import type { AdapterId } from '../messaging/adapter-ids';
import type { HelpdeskAdapter } from './adapter';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpscout } from './helpscout';
import { hubspot } from './hubspot';
import { intercom } from './intercom';
import { salesforce } from './salesforce';
import { zendesk } from './zendesk';
import { zohoDesk } from './zoho-desk';

/**
 * Every helpdesk Reply Coach knows, one full record each (id, name, hosts, selectors), in the order
 * people see them listed. The manifest's hosts, the panel's and the options page's helpdesk names and
 * the adapter chosen for a page all come from here.
 */
export const HELPDESK_ADAPTERS = [zendesk, freshdesk, intercom, helpscout, front, gmail, salesforce, hubspot, zohoDesk, gorgias] as const satisfies readonly HelpdeskAdapter[];

/** Sites the agent enabled, and helpdesk pages no adapter recognises. */
export const GENERIC_ADAPTER: HelpdeskAdapter = generic;

/** The ids of the helpdesks with an adapter of their own (every adapter id but `generic`). */
export type HelpdeskId = Exclude<AdapterId, 'generic'>;

/** Each adapter id's name as people know it ("Help Scout"); the generic adapter's is `genericName`. */
export function helpdeskNames(genericName: string): Record<AdapterId, string> {
  const names = { generic: genericName } as Record<AdapterId, string>;
  for (const adapter of HELPDESK_ADAPTERS) names[adapter.id] = adapter.name;
  return names;
}

/** "Zendesk, Freshdesk, … and Gorgias", for sentences that list what Reply Coach reads. */
export function helpdeskNameList(): string {
  const names = HELPDESK_ADAPTERS.map((adapter) => adapter.name);
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
