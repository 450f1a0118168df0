import { parseArgs } from 'node:util';
import { type ExampleOutcome, describeExample, runRuleSetExamples } from '../rule-testing/run-examples';
import { formatOf, ruleFileLocator } from '../rules/load';
import type { RuleSet } from '../rules/schema';
import { BadInput, type FileEnvironment, readRuleFile } from './read-input';
import { RULES_USAGE } from './rules-usage';

export interface RulesOutcome {
  stdout: string;
  stderr: string;
  /** 0: every example passes; 1: one fails; 2: the file could not be tested. */
  exitCode: 0 | 1 | 2;
}

const PROGRAM = 'reply-coach rules';

/**
 * The whole `rules` command as a function, like runCheck: arguments in, what to print and the exit
 * code out. Only `readFile` touches the outside world.
 */
export async function runRules(argv: readonly string[], environment: FileEnvironment): Promise<RulesOutcome> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError((error as Error).message.replace(/\s*\n\s*/g, ' '));
  }
  const [command, file, ...extra] = parsed.positionals;
  if (parsed.values.help || command === 'help') return { stdout: RULES_USAGE, stderr: '', exitCode: 0 };
  if (command === undefined) return usageError('missing the command: rules test <rule-file>');
  if (command !== 'test') return usageError(`unknown command "${command}"; the command is "test"`);
  if (file === undefined) return usageError('missing the rule file: rules test <rule-file>');
  if (extra.length > 0) return usageError(`expected one rule file, got ${parsed.positionals.length - 1}: ${parsed.positionals.slice(1).join(', ')}`);
  try {
    return await testRuleFile(file, environment);
  } catch (error) {
    if (error instanceof BadInput) return { stdout: '', stderr: error.lines.map((line) => `${line}\n`).join(''), exitCode: 2 };
    throw error;
  }
}

async function testRuleFile(file: string, environment: FileEnvironment): Promise<RulesOutcome> {
  const { ruleSet, text } = await readRuleFile(environment, file, PROGRAM);
  const report = runRuleSetExamples(ruleSet);
  const where = locationOf(file, ruleSet, ruleFileLocator(text, formatOf(file)));
  const lines = report.outcomes
    .filter((outcome) => !outcome.passed)
    .map((outcome) => `${where(outcome)}: ${outcome.ruleId}: ${outcome.expectation} example ${outcome.index + 1} ${describeExample(outcome.example)} ${outcome.problem}`);
  if (report.rulesWithoutExamples.length > 0) lines.push(`note: no examples for ${report.rulesWithoutExamples.join(', ')}`);
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: report.failed > 0 ? 1 : 0 };
}

/** `file:line` of a failing example of this file's own rules; a pack rule's examples live in the pack. */
function locationOf(file: string, ruleSet: RuleSet, locate: (path: PropertyKey[]) => number | undefined) {
  const indexById = new Map(ruleSet.rules.map((rule, index) => [rule.id, index]));
  return (outcome: ExampleOutcome): string => {
    const index = indexById.get(outcome.ruleId);
    if (index === undefined) return `${file} (default pack)`;
    const line = locate(['rules', index, 'examples', outcome.expectation, outcome.index]);
    return line ? `${file}:${line}` : file;
  };
}

function usageError(message: string): RulesOutcome {
  return { stdout: '', stderr: `${PROGRAM}: ${message}\nRun with --help for usage.\n`, exitCode: 2 };
}
