import { RE2JS } from 're2js';

/**
 * Team leads' regular expressions run through RE2 (re2js): matching time is linear in the text,
 * so no pattern, however nested, can hang the engine on a long draft. RE2 has no look-around or
 * back-references; a pattern that needs them is rejected when the rule set loads.
 */
export function compileUserPattern(pattern: string, caseSensitive: boolean): RE2JS {
  return RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
}

/** Why RE2 rejects a pattern, or undefined when it compiles. */
export function userPatternError(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `not a valid pattern for the linear-time regex engine (RE2 syntax: no look-around or back-references): ${reason}`;
  }
}
