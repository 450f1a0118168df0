import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatPath } from '../rules/errors';
import type { ExportProblem } from './saved-reply';

/**
 * zod's messages in the words a person fixing an export needs: "expected a string", "missing
 * (expected a string)". Passed to `safeParse` as its error map.
 */
export const plainErrors = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'invalid_type') {
    const expected = describeType(String(issue.expected));
    return issue.input === undefined ? `missing (expected ${expected})` : `expected ${expected}, not ${describeValue(issue.input)}`;
  }
  return undefined;
};

function describeType(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'an object';
  if (type === 'int' || type === 'number') return 'a number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return describeType(typeof value);
}

/** A problem while its path is still a list of keys, so its line can be found. */
export interface RawProblem {
  path: readonly PropertyKey[];
  message: string;
  /** Known already for line-based files (CSV, JSONL). */
  line?: number;
}

/** zod's issues as problems, each at its path in the file. */
export function problemsOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): RawProblem[] {
  return error.issues.map((issue) => ({ path: [...prefix, ...(issue.path as PropertyKey[])], message: issue.message }));
}

/** Problems as reported: the path written out (`macros[3].actions[1].value`), with a line for JSON when it can be found. */
export function finishProblems(problems: readonly RawProblem[], jsonText?: string): ExportProblem[] {
  const locate = jsonText !== undefined && problems.some((problem) => problem.line === undefined) ? jsonLocator(jsonText) : undefined;
  return problems.map((problem) => {
    const line = problem.line ?? locate?.(problem.path);
    return { path: formatPath(problem.path), message: problem.message, ...(line ? { line } : {}) };
  });
}

/**
 * Where a path starts in a JSON file. JSON is YAML, so the YAML parser can tell; it only runs when
 * there is something to report, since a big export parses slower that way.
 */
function jsonLocator(text: string): ((path: readonly PropertyKey[]) => number | undefined) | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) return undefined;
  return (path) => {
    // The deepest node that exists along the path: a missing field is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}
