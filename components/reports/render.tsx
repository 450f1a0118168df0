import type { AuditReport as Report } from '../../lib/audit/audit';
import { AuditReport } from './AuditReport';
import { renderReportDocument } from './report-document';

/** The audit as the self-contained HTML file the CLI writes and the options page shows and downloads. */
export function renderAuditReport(report: Report): string {
  return renderReportDocument(`Saved replies audit: ${report.source.fileName}`, <AuditReport report={report} />);
}
