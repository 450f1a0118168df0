import type { Finding, Severity } from '../engine/types';
import { lineColumnLocator } from './line-column';

const INDENT = '  ';
const GAP = '  ';

/**
 * The human-readable report, laid out like ESLint's "stylish" output: the file name as a header,
 * one aligned row per finding (`line:column  category  message  (ruleId)`), then a summary line.
 */
export function formatText(fileName: string, draft: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return `${summarize(findings)}\n`;
  const locate = lineColumnLocator(draft);
  const rows = findings.map((finding) => {
    const { line, column } = locate(finding.start);
    // A message is meant to be one line; a rule file could still hold a newline, which would break the table.
    return { line: String(line), column: String(column), category: finding.category, message: finding.message.replace(/\s*[\r\n]+\s*/g, ' '), ruleId: finding.ruleId };
  });
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => pick(row).length));
  const lineWidth = width((row) => row.line);
  const columnWidth = width((row) => row.column);
  const categoryWidth = width((row) => row.category);
  const messageWidth = width((row) => row.message);
  const lines = rows.map((row) => {
    // Line numbers right-aligned and columns left-aligned keep the colons in one column.
    const location = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    return INDENT + [location, row.category.padEnd(categoryWidth), row.message.padEnd(messageWidth), `(${row.ruleId})`].join(GAP);
  });
  return `${fileName}\n${lines.join('\n')}\n\n${summarize(findings)}\n`;
}

const SEVERITY_NOUNS: Record<Severity, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
};

/** "3 findings (1 error, 2 warnings)", or "No findings."; severities with no finding are left out. */
export function summarize(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => plural(count, SEVERITY_NOUNS[severity]));
  return `${plural(findings.length, ['finding', 'findings'])} (${counts.join(', ')})`;
}

function plural(count: number, [singular, many]: [string, string]): string {
  return `${count} ${count === 1 ? singular : many}`;
}
