import { analyze } from '../engine';
import type { AnalysisInput, Finding } from '../engine/types';
import { type ExitPolicy, verdictFor } from './exit-policy';
import type { RuleSet } from '../rules/schema';
import { formatText } from './format-text';
import { BadInput, type FileEnvironment, readRuleFile, readText } from './read-input';
import { parseBatch } from './parse-batch';
import { type CheckArgs, parseCheckArgs } from './parse-args';
import { USAGE } from './usage';

/** What the CLI needs from the outside world; tests pass an in-memory file system. */
export type CheckEnvironment = FileEnvironment;

/** 0: no finding fails (see exit-policy.ts; by default an error-severity one); 1: at least one does; 2: the input could not be checked. */
export type ExitCode = 0 | 1 | 2;

export interface CheckOutcome {
  stdout: string;
  stderr: string;
  exitCode: ExitCode;
}

const PROGRAM = 'reply-coach check';

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
      ...outcomeFor(results.flatMap((result) => result.findings), args.policy),
    };
  }

  const input: AnalysisInput = { draft: await read(environment, args.draftFile, 'draft file') };
  if (args.ticketFile !== undefined) input.customerMessage = await read(environment, args.ticketFile, 'ticket file');
  if (args.customerName !== undefined) input.customerName = args.customerName;
  if (args.subject !== undefined) input.subject = args.subject;
  const { findings } = analyze(input, ruleSet);
  const stdout = args.format === 'json' ? `${JSON.stringify({ findings })}\n` : formatText(args.draftFile, input.draft, findings);
  return { stdout, ...outcomeFor(findings, args.policy) };
}

async function readRuleSet(file: string, environment: CheckEnvironment): Promise<RuleSet> {
  return (await readRuleFile(environment, file, PROGRAM)).ruleSet;
}

function read(environment: CheckEnvironment, file: string, what: string): Promise<string> {
  return readText(environment, file, what, PROGRAM);
}

function outcomeFor(findings: readonly Finding[], policy: ExitPolicy): { stderr: string; exitCode: ExitCode } {
  const verdict = verdictFor(findings, policy);
  return { stderr: verdict.reason ? `${PROGRAM}: ${verdict.reason}\n` : '', exitCode: verdict.exitCode };
}
