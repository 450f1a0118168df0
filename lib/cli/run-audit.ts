import { parseArgs } from 'node:util';
import { auditSavedReplies, summaryLine } from '../audit/audit';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS, type ExportFormat, isExportFormat } from '../audit/export-formats';
import { auditCsv, auditJson } from '../audit/outputs';
import { readExport } from '../audit/read-export';
import { defaultRuleSet } from '../rules/default-pack';
import { renderAuditReport } from '../../components/reports/render';
import { EXIT_POLICY_OPTIONS, type ExitPolicy, parseExitPolicy, verdictFor } from './exit-policy';
import { AUDIT_USAGE } from './audit-usage';
import { BadInput, type FileEnvironment, readRuleFile, readText } from './read-input';

export interface AuditEnvironment extends FileEnvironment {
  writeFile: (path: string, text: string) => Promise<void>;
  /** Today as `YYYY-MM-DD`, for the report's date. */
  today: () => string;
}

export interface AuditOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

type ReportFormat = 'html' | 'json' | 'csv';

interface AuditArgs {
  exportFile: string;
  rulesFile?: string;
  outFile?: string;
  format: ReportFormat;
  from?: ExportFormat;
  policy: ExitPolicy;
}

const PROGRAM = 'reply-coach audit';

const OPTIONS = {
  rules: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  ...EXIT_POLICY_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The whole `audit` command as a function, like runCheck: arguments in, what to print and the exit
 * code out; only the environment reads and writes files.
 */
export async function runAudit(argv: readonly string[], environment: AuditEnvironment): Promise<AuditOutcome> {
  const parsed = parseAuditArgs(argv);
  if (parsed === 'help') return { stdout: AUDIT_USAGE, stderr: '', exitCode: 0 };
  if (typeof parsed === 'string') return { stdout: '', stderr: `${PROGRAM}: ${parsed}\nRun with --help for usage.\n`, exitCode: 2 };
  try {
    return await audit(parsed, environment);
  } catch (error) {
    if (error instanceof BadInput) return { stdout: '', stderr: error.lines.map((line) => `${line}\n`).join(''), exitCode: 2 };
    throw error;
  }
}

function parseAuditArgs(argv: readonly string[]): AuditArgs | 'help' | string {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message.replace(/\s*\n\s*/g, ' ');
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [exportFile, ...extra] = positionals;
  if (exportFile === undefined) return 'missing the export file: give the path of the helpdesk export to audit';
  if (extra.length > 0) return `expected one export file, got ${positionals.length}: ${positionals.join(', ')}`;
  const format = values.format ?? formatOfOutFile(values.out);
  if (format !== 'html' && format !== 'json' && format !== 'csv') return `--format must be "html", "json" or "csv", not "${format}"`;
  if (values.from !== undefined && !isExportFormat(values.from)) return `--from must be one of ${EXPORT_FORMATS.join(', ')}, not "${values.from}"`;
  const policy = parseExitPolicy(values);
  if (!policy.ok) return policy.message;
  return {
    exportFile,
    format,
    policy: policy.policy,
    ...(values.rules !== undefined ? { rulesFile: values.rules } : {}),
    ...(values.out !== undefined ? { outFile: values.out } : {}),
    ...(values.from !== undefined ? { from: values.from as ExportFormat } : {}),
  };
}

function formatOfOutFile(outFile: string | undefined): string {
  if (outFile && /\.json$/i.test(outFile)) return 'json';
  if (outFile && /\.csv$/i.test(outFile)) return 'csv';
  return 'html';
}

async function audit(args: AuditArgs, environment: AuditEnvironment): Promise<AuditOutcome> {
  const ruleSet = args.rulesFile === undefined ? defaultRuleSet() : (await readRuleFile(environment, args.rulesFile, PROGRAM)).ruleSet;
  const text = await readText(environment, args.exportFile, 'export file', PROGRAM);
  const read = readExport(text, { fileName: args.exportFile, ...(args.from ? { format: args.from } : {}) });
  if (!read.ok) {
    const as = read.format ? ` as ${EXPORT_FORMAT_INFO[read.format].label}` : '';
    const count = read.problems.length === 1 ? '1 problem' : `${read.problems.length} problems`;
    throw new BadInput([
      `${PROGRAM}: cannot read ${args.exportFile}${as} (${count}):`,
      ...read.problems.map((problem) => `${args.exportFile}${problem.line ? `:${problem.line}` : ''}: ${problem.path}: ${problem.message}`),
    ]);
  }
  const report = auditSavedReplies(read.saved, ruleSet, { fileName: baseName(args.exportFile), auditedOn: environment.today() });
  const output = args.format === 'json' ? auditJson(report) : args.format === 'csv' ? auditCsv(report) : renderAuditReport(report);
  const findings = report.replies.flatMap((reply) => reply.findings);
  const verdict = verdictFor(findings, args.policy);
  const reason = verdict.reason ? `${PROGRAM}: ${verdict.reason}\n` : '';
  if (args.outFile === undefined) return { stdout: output, stderr: reason, exitCode: verdict.exitCode };
  try {
    await environment.writeFile(args.outFile, output);
  } catch (error) {
    throw new BadInput([`${PROGRAM}: cannot write ${args.outFile}: ${(error as Error).message}`]);
  }
  return { stdout: `${summaryLine(report)}\nReport: ${args.outFile}\n`, stderr: reason, exitCode: verdict.exitCode };
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
