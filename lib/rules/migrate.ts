import type { RuleSetError } from './errors';
import { SCHEMA_VERSION } from './schema';

/** Turns a parsed rule file of one schema version into the next version's shape. Pure; never throws on odd input. */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * The chain, keyed by the version a step migrates *from*: `{ 1: v1ToV2 }` turns a v1 file into v2.
 * Only v1 exists today, so it is empty. To ship v2: add the v1 → v2 function here, bump
 * SCHEMA_VERSION, and change the schema; every older file then still loads, in the extension, the
 * options page's import and both CLIs, because they all validate through lib/rules/load.ts.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult = { ok: true; value: unknown; migratedFrom?: number } | { ok: false; errors: RuleSetError[] };

/**
 * Brings a parsed rule file up to `target` (the current schema version) before it is validated.
 * Anything without a usable `schemaVersion` is passed through untouched, so validation reports it at
 * its path; a file from a newer Reply Coach is refused with a message that says so.
 */
export function migrateRuleSet(value: unknown, migrations: Readonly<Record<number, Migration>> = MIGRATIONS, target: number = SCHEMA_VERSION): MigrationResult {
  if (!isRecord(value) || typeof value.schemaVersion !== 'number' || !Number.isInteger(value.schemaVersion)) return { ok: true, value };
  const from = value.schemaVersion;
  if (from > target) {
    return {
      ok: false,
      errors: [{ path: 'schemaVersion', message: `this file uses schema version ${from}; this Reply Coach reads versions up to ${target}: update the extension` }],
    };
  }
  let current: Record<string, unknown> = value;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    // A version below the oldest migration was never published: let validation name the field.
    if (!step) return { ok: true, value: current };
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return from === target ? { ok: true, value: current } : { ok: true, value: current, migratedFrom: from };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
