import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { type RuleSetError, formatPath } from './errors';
import { migrateRuleSet } from './migrate';
import { RuleSet } from './schema';

export type RuleFileFormat = 'json' | 'yaml';

export type LoadResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: RuleSetError[] };

/** Which format a file name implies; YAML is a superset of JSON, so YAML is the safe default. */
export function formatOf(fileName: string): RuleFileFormat {
  return /\.json$/i.test(fileName) ? 'json' : 'yaml';
}

/**
 * Parses and validates a rule file. Nothing is thrown: every problem comes back with the path of
 * the bad field (and its line, in YAML), so an editor or the CLI can point at it.
 */
export function loadRuleSet(text: string, format: RuleFileFormat = 'yaml'): LoadResult {
  return format === 'json' ? loadJson(text) : loadYaml(text);
}

/**
 * Validates an already-parsed value (storage, managed policy, tests), after bringing an older
 * schema version up to date. Lines located after a migration are those of the original file.
 */
export function validateRuleSet(value: unknown, locate?: (path: PropertyKey[]) => number | undefined): LoadResult {
  const migrated = migrateRuleSet(value);
  if (!migrated.ok) return { ok: false, errors: migrated.errors.map((error) => withLine(error, locate)) };
  const parsed = RuleSet.safeParse(migrated.value);
  if (parsed.success) return { ok: true, ruleSet: parsed.data };
  return { ok: false, errors: toErrors(parsed.error, locate) };
}

function loadJson(text: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  return validateRuleSet(value);
}

function loadYaml(text: string): LoadResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        path: '(root)',
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        line: lineCounter.linePos(error.pos[0]).line,
      })),
    };
  }
  return validateRuleSet(document.toJS(), (path) => lineOf(document, lineCounter, path));
}

/**
 * Where a path (`['rules', 0, 'examples', 'flagged', 2]`) is in a rule file's text, for messages
 * about a valid file (a failing example). JSON files carry no line information here.
 */
export function ruleFileLocator(text: string, format: RuleFileFormat): (path: PropertyKey[]) => number | undefined {
  if (format === 'json') return () => undefined;
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  return (path) => lineOf(document, lineCounter, path);
}

function lineOf(document: Document, lineCounter: LineCounter, path: PropertyKey[]): number | undefined {
  // The deepest node that exists along the path: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function withLine(error: RuleSetError, locate?: (path: PropertyKey[]) => number | undefined): RuleSetError {
  const line = locate?.(error.path === '(root)' ? [] : [error.path]);
  return line ? { ...error, line } : error;
}

function toErrors(error: z.ZodError, locate?: (path: PropertyKey[]) => number | undefined): RuleSetError[] {
  return error.issues.map((issue) => {
    const path = issue.path as PropertyKey[];
    const line = locate?.(path);
    return { path: formatPath(path), message: issue.message, ...(line ? { line } : {}) };
  });
}
