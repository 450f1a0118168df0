import type { RuleSetError } from '../../lib/rules/errors';

/** A validation error inside one rule, with its path relative to the rule (`phrases[2]`, `max`). */
export interface RuleFieldError {
  path: string;
  message: string;
}

/** The errors under any of the given path prefixes (`rules[3]`, `overrides["tone.blame"]`), relative to it. */
export function errorsUnder(errors: readonly RuleSetError[], prefixes: readonly string[]): RuleFieldError[] {
  const result: RuleFieldError[] = [];
  for (const error of errors) {
    const prefix = prefixes.find((candidate) => error.path === candidate || error.path.startsWith(`${candidate}.`) || error.path.startsWith(`${candidate}[`));
    if (prefix !== undefined) result.push({ path: error.path.slice(prefix.length).replace(/^\./, ''), message: error.message });
  }
  return result;
}

/**
 * The messages to show at one field: its own errors as they are, errors of its entries with the
 * entry's line ("Line 3: …", as lists are edited one entry per line), deeper ones with their path.
 */
export function messagesAt(errors: readonly RuleFieldError[], field: string): string[] {
  return errors
    .filter((error) => error.path === field || error.path.startsWith(`${field}[`) || error.path.startsWith(`${field}.`))
    .map((error) => {
      const rest = error.path.slice(field.length);
      const entry = /^\[(\d+)\]$/.exec(rest);
      if (entry) return `Line ${Number(entry[1]) + 1}: ${error.message}`;
      return rest ? `${rest.replace(/^\./, '')}: ${error.message}` : error.message;
    });
}

/** Errors no field of the form shows, so they are listed with the rule instead of being lost. */
export function errorsOutside(errors: readonly RuleFieldError[], fields: readonly string[]): string[] {
  return errors.filter((error) => !fields.some((field) => messagesAt([error], field).length > 0)).map((error) => `${error.path || 'rule'}: ${error.message}`);
}
