import { parseArgs } from 'node:util';
import { renderTeamStatsReport } from '../../components/reports/render';
import { type MergedTeamStats, TREND_WEEKS, mergeTeamStats, shareOf } from '../team-stats/merge';
import { readTeamStatsFile } from '../team-stats/read';
import type { TeamStatsFile } from '../team-stats/schema';
import { CATEGORIES } from '../rules/vocabulary';
import { BadInput, type FileEnvironment, readText } from './read-input';
import { TEAM_STATS_USAGE } from './team-stats-usage';

export interface TeamStatsEnvironment extends FileEnvironment {
  writeFile: (path: string, text: string) => Promise<void>;
}

export interface TeamStatsOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 2;
}

const PROGRAM = 'reply-coach team-stats';
const OPTIONS = { format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** The whole `team-stats` command as a function: arguments in, what to print and the exit code out. */
export async function runTeamStats(argv: readonly string[], environment: TeamStatsEnvironment): Promise<TeamStatsOutcome> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError((error as Error).message.replace(/\s*\n\s*/g, ' '));
  }
  const { values, positionals } = parsed;
  if (values.help) return { stdout: TEAM_STATS_USAGE, stderr: '', exitCode: 0 };
  if (positionals.length === 0) return usageError('missing the files: give one team figures file per agent');
  const format = values.format ?? (values.out && /\.json$/i.test(values.out) ? 'json' : values.out && /\.html?$/i.test(values.out) ? 'html' : 'text');
  if (format !== 'text' && format !== 'json' && format !== 'html') return usageError(`--format must be "text", "json" or "html", not "${format}"`);
  try {
    const files: TeamStatsFile[] = [];
    const problems: string[] = [];
    for (const name of positionals) {
      const read = readTeamStatsFile(await readText(environment, name, 'team figures file', PROGRAM));
      if (read.ok) files.push(read.file);
      else problems.push(...read.problems.map((problem) => `${name}${problem.line ? `:${problem.line}` : ''}: ${problem.path}: ${problem.message}`));
    }
    if (problems.length > 0) throw new BadInput(problems);
    const merged = mergeTeamStats(files);
    const output = format === 'json' ? `${JSON.stringify(merged, null, 2)}\n` : format === 'html' ? renderTeamStatsReport(merged) : teamStatsText(merged);
    if (values.out === undefined) return { stdout: output, stderr: '', exitCode: 0 };
    await environment.writeFile(values.out, output).catch((error: Error) => {
      throw new BadInput([`${PROGRAM}: cannot write ${values.out}: ${error.message}`]);
    });
    return { stdout: `${merged.agents} files merged. Report: ${values.out}\n`, stderr: '', exitCode: 0 };
  } catch (error) {
    if (error instanceof BadInput) return { stdout: '', stderr: error.lines.map((line) => `${line}\n`).join(''), exitCode: 2 };
    throw error;
  }
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);

/** Two aligned tables: rules by dismissals, then each category's share of replies week by week. */
export function teamStatsText(merged: MergedTeamStats): string {
  const lines = [`${merged.agents} ${merged.agents === 1 ? "agent's file" : "agents' files"}, exported ${merged.exportedOn.first}${merged.exportedOn.last !== merged.exportedOn.first ? ` to ${merged.exportedOn.last}` : ''}`, ''];
  lines.push('Rules the team dismisses most');
  lines.push(...table(['rule', 'fired', 'fixed', 'dismissed', 'dismiss rate', 'muted by'], merged.rules.map((rule) => [rule.ruleId, String(rule.fired), String(rule.fixed), String(rule.dismissed), percent(rule.dismissRate), `${rule.mutedBy} of ${merged.agents}`])));
  lines.push('', `Replies sent with a finding, by category (last ${TREND_WEEKS} weeks)`);
  const weeks = merged.weeks.slice(-TREND_WEEKS);
  if (weeks.length === 0) lines.push('  no weekly history in these files');
  else lines.push(...table(['week of', 'replies', ...CATEGORIES], weeks.map((week) => [week.monday, String(week.replies), ...CATEGORIES.map((category) => percent(shareOf(week, category)))])));
  for (const trend of merged.trends) {
    const change = Math.round(trend.change * 100);
    lines.push(`  ${trend.category}: ${percent(trend.from)} → ${percent(trend.to)} (${change > 0 ? '+' : ''}${change} pts${change < 0 ? ', improving' : change > 0 ? ', worse' : ''})`);
  }
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]!.length)));
  // The first column is text (left-aligned), the others numbers (right-aligned).
  const line = (cells: string[]) => `  ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

function usageError(message: string): TeamStatsOutcome {
  return { stdout: '', stderr: `${PROGRAM}: ${message}\nRun with --help for usage.\n`, exitCode: 2 };
}
