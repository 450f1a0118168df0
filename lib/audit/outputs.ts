import type { AuditReport } from './audit';

/** Bumped when a field of the JSON output changes meaning or goes away. */
export const AUDIT_JSON_VERSION = 1;

/** The whole audit for scripts: every reply with its findings (offsets into `text`), skipped entries, the summary. */
export function auditJson(report: AuditReport): string {
  return `${JSON.stringify({ format: 'reply-coach-audit', version: AUDIT_JSON_VERSION, ...report }, null, 2)}\n`;
}

const CSV_COLUMNS = ['entry', 'id', 'name', 'composer', 'rule_id', 'category', 'severity', 'message', 'words', 'start', 'end', 'suggestion'] as const;

/** One row per finding (RFC 4180, CRLF); a reply with no finding has no row. */
export function auditCsv(report: AuditReport): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const reply of report.replies) {
    for (const finding of reply.findings) {
      rows.push([
        reply.entry,
        reply.id ?? '',
        reply.name,
        reply.composer,
        finding.ruleId,
        finding.category,
        finding.severity,
        finding.message,
        finding.words,
        String(finding.start),
        String(finding.end),
        finding.suggestion?.replacement ?? '',
      ]);
    }
  }
  return rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// Quotes where RFC 4180 needs them; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
