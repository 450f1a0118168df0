import * as z from 'zod/mini';
import { ADAPTER_FIELDS, host } from './adapter-data';
import { ADAPTER_IDS } from './vocabulary';

// The rule file's `helpdesks` section (kept apart from adapter-data.ts: the content script validates
// adapter records, never rule files, and must stay small).

/**
 * A team's changes to one adapter: more hosts, and selectors tried before the bundled ones (or instead
 * of them, with `replaceBuiltIn: true`, for a bundled selector that now finds the wrong element).
 */
export const HelpdeskOverride = z
  .strictObject({
    hosts: z.optional(z.array(host)),
    ...ADAPTER_FIELDS,
    replaceBuiltIn: z.optional(z.boolean()),
  });
export type HelpdeskOverride = z.infer<typeof HelpdeskOverride>;

/** The rule file's `helpdesks` section: changes by adapter id (`generic` for every site the agent enabled, without hosts). */
export const HelpdeskOverrides = z
  .partialRecord(z.enum(ADAPTER_IDS), HelpdeskOverride)
  .check(
    z.superRefine((overrides, ctx) => {
      if (overrides.generic?.hosts?.length) ctx.issues.push({ code: 'custom', input: overrides.generic.hosts, path: ['generic', 'hosts'], message: 'generic reads every site the agent enabled: it takes no hosts' });
    }),
  );
export type HelpdeskOverrides = z.infer<typeof HelpdeskOverrides>;
