/**
 * Every adapter id, as a contract: messages, per-tab state, tests and docs all use these strings.
 * Kept apart from the adapters themselves so the background and panel can validate ids without
 * importing any DOM code.
 */
export const ADAPTER_IDS = [
  'zendesk',
  'freshdesk',
  'intercom',
  'helpscout',
  'front',
  'gmail',
  'salesforce',
  'hubspot',
  'zoho-desk',
  'gorgias',
  'generic',
] as const;

export type AdapterId = (typeof ADAPTER_IDS)[number];
