import { effectiveRules } from './resolve';
import type { Rule, RuleSet } from './schema';

/** One field of a rule (or of the set) that differs; for lists of words, which entries came and went. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  added?: string[];
  removed?: string[];
}

export interface RuleChange {
  id: string;
  changes: FieldChange[];
}

/** What applying `after` in place of `before` changes, rule by rule (by id). */
export interface RuleSetDiff {
  added: Rule[];
  removed: Rule[];
  changed: RuleChange[];
  /** The set's own fields: name, version, description, extends, appliesTo. */
  set: FieldChange[];
  unchanged: number;
}

const SET_FIELDS = ['name', 'version', 'description', 'extends', 'appliesTo'] as const;

/**
 * Compares the rules two sets really run (the pack included for `extends: default`, overrides and
 * replacements applied), so an import preview says what the agents will notice, not how the file
 * is written: switching a pack rule off under `overrides` shows as that rule's `enabled` changing.
 */
export function diffRuleSets(before: RuleSet, after: RuleSet): RuleSetDiff {
  const old = new Map(effectiveRules(before).map((rule) => [rule.id, rule]));
  const next = effectiveRules(after);
  const nextIds = new Set(next.map((rule) => rule.id));
  const diff: RuleSetDiff = { added: [], removed: [], changed: [], set: [], unchanged: 0 };
  for (const rule of next) {
    const previous = old.get(rule.id);
    if (!previous) {
      diff.added.push(rule);
      continue;
    }
    const changes = fieldChanges(previous as Record<string, unknown>, rule as Record<string, unknown>);
    if (changes.length > 0) diff.changed.push({ id: rule.id, changes });
    else diff.unchanged++;
  }
  for (const rule of old.values()) if (!nextIds.has(rule.id)) diff.removed.push(rule);
  const pick = (set: RuleSet) => Object.fromEntries(SET_FIELDS.map((field) => [field, set[field]]));
  diff.set = fieldChanges(pick(before), pick(after));
  return diff;
}

export function isEmptyDiff(diff: RuleSetDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.set.length === 0;
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  // `enabled` and `severity` first: they are what a team lead scans a preview for.
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [was, is] = [before[field], after[field]];
    if (sameValue(was, is)) continue;
    const change: FieldChange = { field, before: was, after: is };
    if (isWordList(was ?? []) && isWordList(is ?? [])) {
      const [oldWords, newWords] = [new Set((was ?? []) as string[]), new Set((is ?? []) as string[])];
      change.added = [...newWords].filter((word) => !oldWords.has(word));
      change.removed = [...oldWords].filter((word) => !newWords.has(word));
    }
    changes.push(change);
  }
  return changes;
}

function rank(field: string): number {
  const index = ['enabled', 'severity'].indexOf(field);
  return index === -1 ? 2 : index;
}

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** Deep equality of plain data (what rule files hold), independent of key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`)
      .join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
