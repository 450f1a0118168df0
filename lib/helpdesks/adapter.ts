import type { AdapterRecord } from '../rules/adapter-data';

/**
 * How to read one helpdesk, as data (lib/rules/adapter-data.ts): its hosts and, per ticket field, the
 * selectors to try first. What no selector finds, the generic strategies (lib/helpdesks/context/) look
 * for on any page. Selectors change when the helpdesk ships a new UI, so they sit together at the top of
 * each adapter's file, and a team can extend them in its rule file without a release.
 */
export type HelpdeskAdapter = AdapterRecord;
