import type { AuditReport as Report } from '../../lib/audit/audit';
import type { MergedTeamStats } from '../../lib/team-stats/merge';
import { AuditReport } from './AuditReport';
import { renderReportDocument } from './report-document';
import { TeamStatsReport } from './TeamStatsReport';

/** The audit as the self-contained HTML file the CLI writes and the options page shows and downloads. */
export function renderAuditReport(report: Report): string {
  return renderReportDocument(`Saved replies audit: ${report.source.fileName}`, <AuditReport report={report} />);
}

/** The team's merged figures as a self-contained HTML file. */
export function renderTeamStatsReport(stats: MergedTeamStats): string {
  return renderReportDocument('Team figures', <TeamStatsReport stats={stats} />);
}
