import { analyze } from '../engine';
import type { AnalysisInput, Finding } from '../engine/types';
import { formatOf, loadRuleSet } from '../rules/load';
import type { RuleSet } from '../rules/schema';
import { formatText } from './format-text';
import { parseBatch } from './parse-batch';
import { type CheckArgs, parseCheckArgs } from './parse-args';
import { USAGE } from './usage';

/** What the CLI needs from the outside world; tests pass an in-memory file system. */
export interface CheckEnvironment {
  /** Resolves `path` as the user meant it and returns its text; rejects (e.g. with code ENOENT) when it cannot. */
  readFile: (path: string) => Promise<string>;
}

/** 0: no error-severity finding; 1: at least one; 2: the input could not be checked. */
export type ExitCode = 0 | 1 | 2;

export interface CheckOutcome {
  stdout: string;
  stderr: string;
  exitCode: ExitCode;
}

const PROGRAM = 'reply-coach check';

/** Bad input: its lines go to stderr as they are and the exit code is 2. */
class BadInput extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/**
 * The whole `check` command as a function: command-line arguments in, what to print and the exit
 * code out. Only `readFile` touches the outside world, so every case can be tested without a process.
 */
export async function runCheck(argv: readonly string[], environment: CheckEnvironment): Promise<CheckOutcome> {
  const parsed = parseCheckArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `${PROGRAM}: ${parsed.message}\nRun with --help for usage.\n`, exitCode: 2 };
  try {
    return await run(parsed.args, environment);
  } catch (error) {
    if (error instanceof BadInput) return { stdout: '', stderr: error.lines.map((line) => `${line}\n`).join(''), exitCode: 2 };
    throw error;
  }
}

async function run(args: CheckArgs, environment: CheckEnvironment): Promise<CheckOutcome> {
  if (args.command === 'help') return { stdout: USAGE, stderr: '', exitCode: 0 };
  const ruleSet = args.rulesFile === undefined ? undefined : await readRuleSet(args.rulesFile, environment);

  if (args.command === 'check-batch') {
    const batch = parseBatch(await read(environment, args.jsonlFile, 'JSONL file'));
    if (!batch.ok) throw new BadInput(batch.errors.map((error) => `${args.jsonlFile}:${error.line}: ${error.message}`));
    const results = batch.inputs.map((input) => analyze(input, ruleSet));
    return {
      stdout: results.map((result) => `${JSON.stringify({ findings: result.findings })}\n`).join(''),
      stderr: '',
      exitCode: exitCodeFor(results.flatMap((result) => result.findings)),
    };
  }

  const input: AnalysisInput = { draft: await read(environment, args.draftFile, 'draft file') };
  if (args.ticketFile !== undefined) input.customerMessage = await read(environment, args.ticketFile, 'ticket file');
  if (args.customerName !== undefined) input.customerName = args.customerName;
  if (args.subject !== undefined) input.subject = args.subject;
  const { findings } = analyze(input, ruleSet);
  const stdout = args.format === 'json' ? `${JSON.stringify({ findings })}\n` : formatText(args.draftFile, input.draft, findings);
  return { stdout, stderr: '', exitCode: exitCodeFor(findings) };
}

async function readRuleSet(file: string, environment: CheckEnvironment): Promise<RuleSet> {
  const loaded = loadRuleSet(await read(environment, file, 'rule file'), formatOf(file));
  if (loaded.ok) return loaded.ruleSet;
  // `file:line: path: message`, the shape editors and CI log viewers turn into links.
  throw new BadInput(loaded.errors.map((error) => `${file}${error.line ? `:${error.line}` : ''}: ${error.path}: ${error.message}`));
}

/** Reads a file as text, without the byte-order mark some Windows editors add (it would shift every column on line 1). */
async function read(environment: CheckEnvironment, file: string, what: string): Promise<string> {
  try {
    return (await environment.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new BadInput([`${PROGRAM}: cannot read ${what} ${file}: ${reasonOf(error)}`]);
  }
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function exitCodeFor(findings: readonly Finding[]): ExitCode {
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
