import { storage } from 'wxt/utils/storage';
import type { RuleSetError } from '../rules/errors';
import { validateRuleSet } from '../rules/load';
import type { RuleSet } from '../rules/schema';

/**
 * The rule set a team lead made active in this browser (the options page writes it), or `null` for
 * "the bundled pack". storage.local, not sync: sync caps an item at 8 KB, and a team's set with
 * examples is far larger. Version 1 of the stored shape; a later shape adds a migration here, while
 * rule-file format changes are migrated by lib/rules/migrate.ts whenever the set is read.
 */
export const localRuleSetItem = storage.defineItem<RuleSet | null>('local:ruleSet', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** Far below storage.local's quota (10 MB in Chrome, 5 MB before 114), leaving room for everything else. */
export const MAX_RULE_SET_BYTES = 4 * 1024 * 1024;

export type StoredRuleSet = { ruleSet: RuleSet | null; errors: RuleSetError[] };

/**
 * The stored set, validated again on the way out: it may predate a schema change, or have been
 * written by hand in the browser's devtools. An invalid set is reported and treated as absent.
 */
export async function readLocalRuleSet(): Promise<StoredRuleSet> {
  return checked(await localRuleSetItem.getValue());
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Saves a set (validated first) as the active one; nothing is written when it is invalid or too large. */
export async function saveLocalRuleSet(ruleSet: RuleSet | null): Promise<SaveResult> {
  if (ruleSet === null) {
    await localRuleSetItem.removeValue();
    return { ok: true };
  }
  const valid = validateRuleSet(ruleSet);
  if (!valid.ok) return { ok: false, message: `the rule set is not valid: ${valid.errors[0]?.path}: ${valid.errors[0]?.message}` };
  const bytes = new TextEncoder().encode(JSON.stringify(valid.ruleSet)).length;
  if (bytes > MAX_RULE_SET_BYTES) return { ok: false, message: `the rule set is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_RULE_SET_BYTES / 1024 / 1024} MB` };
  try {
    await localRuleSetItem.setValue(valid.ruleSet);
    return { ok: true };
  } catch (error) {
    // A full storage area rejects the write as a whole; the previous set stays active.
    return { ok: false, message: `could not save: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Calls back with the validated set whenever it changes, in this context or any other. */
export function watchLocalRuleSet(callback: (stored: StoredRuleSet) => void): () => void {
  return localRuleSetItem.watch((value) => callback(checked(value)));
}

function checked(value: unknown): StoredRuleSet {
  if (value === null || value === undefined) return { ruleSet: null, errors: [] };
  const valid = validateRuleSet(value);
  return valid.ok ? { ruleSet: valid.ruleSet, errors: [] } : { ruleSet: null, errors: valid.errors };
}
