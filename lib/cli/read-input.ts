import { type RuleSetError } from '../rules/errors';
import { formatOf, loadRuleSet } from '../rules/load';
import type { RuleSet } from '../rules/schema';

/** What a command needs from the outside world; tests pass an in-memory file system. */
export interface FileEnvironment {
  /** Resolves `path` as the user meant it and returns its text; rejects (e.g. with code ENOENT) when it cannot. */
  readFile: (path: string) => Promise<string>;
}

/** Bad input: its lines go to stderr as they are and the exit code is 2. */
export class BadInput extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Reads a file as text, without the byte-order mark some Windows editors add (it would shift every column on line 1). */
export async function readText(environment: FileEnvironment, file: string, what: string, program: string): Promise<string> {
  try {
    return (await environment.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new BadInput([`${program}: cannot read ${what} ${file}: ${reasonOf(error)}`]);
  }
}

/** Reads and validates a rule file with the loader the extension uses; its text comes back too, to point at lines in it. */
export async function readRuleFile(environment: FileEnvironment, file: string, program: string): Promise<{ ruleSet: RuleSet; text: string }> {
  const text = await readText(environment, file, 'rule file', program);
  const loaded = loadRuleSet(text, formatOf(file));
  if (loaded.ok) return { ruleSet: loaded.ruleSet, text };
  throw new BadInput(loaded.errors.map((error) => formatRuleFileError(file, error)));
}

/** `file:line: path: message`, the shape editors and CI log viewers turn into links. */
export function formatRuleFileError(file: string, error: RuleSetError): string {
  return `${file}${error.line ? `:${error.line}` : ''}: ${error.path}: ${error.message}`;
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
