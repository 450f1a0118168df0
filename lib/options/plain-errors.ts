import type { RuleSetError } from '../rules/errors';

/** What a list field holds, for "Add at least one …" (the last key of the error's path). */
const ENTRY_NAMES: Record<string, string> = {
  phrases: 'phrase',
  patterns: 'phrase',
  coveredBy: 'phrase',
  needs: 'need',
  flagged: 'example',
  accepted: 'example',
  swap: 'phrase and what to say instead',
  rules: 'rule',
};

/**
 * A validation message in the words of the person editing the field: "Add at least one phrase", not
 * "Too small: expected array to have >=1 items". The schema's own messages are for files and the
 * CLI (with paths); the options page shows these at the field.
 */
export function plainMessage(error: Pick<RuleSetError, 'path' | 'message'>): string {
  const { message } = error;
  const field = lastKey(error.path);
  const entry = ENTRY_NAMES[field] ?? 'entry';
  const rules: [RegExp, (match: RegExpExecArray) => string][] = [
    [/^give at least one entry in "phrases" or "patterns"/, () => 'Add at least one phrase.'],
    [/^give "customer" and\/or "draft" triggers/, () => "Add at least one phrase for the customer's message or the reply."],
    [/expected array to have >=1 items/, () => `Add at least one ${entry}.`],
    [/expected (string|array), received undefined|expected string to have >=1 characters/, () => 'Fill this in.'],
    [/expected number, received (NaN|undefined|string)/, () => 'Type a number.'],
    [/Too small: expected number to be >0/, () => 'Use a number above 0.'],
    [/Too small: expected number to be >=(\S+)/, (match) => `Use a number of at least ${match[1]}.`],
    [/Too big: expected number to be <=(\S+)/, (match) => `Use a number of at most ${match[1]}.`],
    [/expected int, received number/, () => 'Use a whole number.'],
    [/^Invalid option: expected one of (.*)$/, (match) => `Choose one of ${match[1]!.replace(/\|/g, ', ')}.`],
    [/^Unrecognized keys?: (.*)$/, (match) => `${match[1]} ${match[1]!.includes(',') ? 'are' : 'is'} not a setting of this kind of rule.`],
    [/^not a valid pattern for the linear-time regex engine/, () => 'Reply Coach cannot run this pattern: look-around, like (?=…), and back-references, like \\1, are not supported.'],
    [/^ids are lower-case words joined by/, () => 'Use lower-case words joined by "." or "-", e.g. "acme.competitor-names".'],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(message);
    if (match) return say(match);
  }
  return sentence(message);
}

/** The same errors, phrased for people (paths kept: they say which field). */
export function plainErrors<T extends Pick<RuleSetError, 'path' | 'message'>>(errors: readonly T[]): T[] {
  return errors.map((error) => ({ ...error, message: plainMessage(error) }));
}

function lastKey(path: string): string {
  const keys = path.replace(/\[\d+\]/g, '').split('.');
  return keys.at(-1) ?? '';
}

function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
