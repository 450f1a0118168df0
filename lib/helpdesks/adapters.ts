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
import { helpdeskForHost, SELF_HOSTED_HELPDESKS } from './hosts';
import { rt } from './rt';
import { salesforce } from './salesforce';
import { zendesk } from './zendesk';
import { zohoDesk } from './zoho-desk';

/** The helpdesks whose DOM we know. A helpdesk host without one here is read by the generic adapter. */
export const HELPDESK_ADAPTERS: Partial<Record<AdapterId, HelpdeskAdapter>> = {
  zendesk,
  freshdesk,
  intercom,
  helpscout,
  front,
  gmail,
  salesforce,
  hubspot,
  'zoho-desk': zohoDesk,
  gorgias,
  rt,
};

const SELF_HOSTED_ADAPTERS: HelpdeskAdapter[] = SELF_HOSTED_HELPDESKS.map((id) => HELPDESK_ADAPTERS[id]).filter((adapter) => adapter !== undefined);

/** The adapter for a page's host: its helpdesk's when we have one, else generic. */
export function adapterForHost(hostname: string): HelpdeskAdapter {
  const id = helpdeskForHost(hostname);
  return (id && HELPDESK_ADAPTERS[id]) || generic;
}

/**
 * The adapter that reads a given editor: the site's when the editor is (or sits in) its reply editor, else generic —
 * so a helpdesk that changed its DOM, or another text field on its pages, is still read. On a site no host
 * names (one the agent enabled), a self-hosted helpdesk's adapter when it recognises the editor's page.
 */
export function adapterForEditor(siteAdapter: HelpdeskAdapter, editor: HTMLElement): HelpdeskAdapter {
  if (siteAdapter !== generic) return editor.closest(siteAdapter.editorSelector) ? siteAdapter : generic;
  return SELF_HOSTED_ADAPTERS.find((adapter) => adapter.recognizes?.(editor)) ?? generic;
}
