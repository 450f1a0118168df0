import { useState } from 'preact/hooks';
import { type AuditReport, auditSavedRepliesInSteps, summaryLine } from '../../lib/audit/audit';
import { EXPORT_FORMAT_INFO } from '../../lib/audit/export-formats';
import { auditCsv, auditJson } from '../../lib/audit/outputs';
import { readExport } from '../../lib/audit/read-export';
import type { ExportProblem } from '../../lib/audit/saved-reply';
import type { RuleSet } from '../../lib/rules/schema';
import { localDay } from '../../lib/self-assessment/outcome';
import { renderAuditReport } from '../reports/render';
import type { Download } from './download';
import { FileDrop } from './FileDrop';
import { ReportFrame } from './ReportFrame';
import './reports.css';

interface AuditSavedRepliesProps {
  /** The set the extension runs now; each saved reply is judged with it as a public reply. */
  ruleSet: RuleSet;
  download: Download;
}

type AuditState =
  | { stage: 'idle' }
  | { stage: 'working'; fileName: string; replies: number }
  | { stage: 'invalid'; fileName: string; as?: string; problems: ExportProblem[] }
  | { stage: 'done'; report: AuditReport; html: string };

const ACCEPT = '.json,.csv,.jsonl,.ndjson,.txt,application/json,text/csv';
/** Larger exports are for the CLI: reading one holds the page for seconds before the audit can step. */
const MAX_BYTES = 20 * 1024 * 1024;

/**
 * The options page's audit: a helpdesk export of saved replies dropped here is read and judged in
 * this page (nothing is uploaded); the report shows as the HTML file it downloads as.
 */
export function AuditSavedReplies({ ruleSet, download }: AuditSavedRepliesProps) {
  const [state, setState] = useState<AuditState>({ stage: 'idle' });

  const audit = async (file: File) => {
    if (file.size > MAX_BYTES) {
      const problem = { path: '(root)', message: `the file is ${(file.size / 1024 / 1024).toFixed(0)} MB; the options page reads exports up to 20 MB (run npm run audit for larger ones)` };
      setState({ stage: 'invalid', fileName: file.name, problems: [problem] });
      return;
    }
    const read = readExport(await file.text(), { fileName: file.name });
    if (!read.ok) {
      setState({ stage: 'invalid', fileName: file.name, ...(read.format ? { as: EXPORT_FORMAT_INFO[read.format].label } : {}), problems: read.problems });
      return;
    }
    setState({ stage: 'working', fileName: file.name, replies: read.saved.replies.length });
    const report = await auditSavedRepliesInSteps(read.saved, ruleSet, { fileName: file.name, auditedOn: localDay(new Date()) });
    setState({ stage: 'done', report, html: renderAuditReport(report) });
  };

  const stem = state.stage === 'done' ? `reply-coach-audit-${state.report.source.fileName.replace(/\.[^.]+$/, '')}` : '';
  return (
    <section class="card" aria-labelledby="audit-heading" id="audit">
      <h3 id="audit-heading">Audit saved replies</h3>
      <p class="muted">
        Check every macro or saved reply your team sends, as if each were a reply to a customer. Placeholders such as {'{{ticket.requester.first_name}}'} count as using the customer's name.
      </p>
      <FileDrop
        id="audit-file"
        control="audit-file"
        label="Drop an export here, or choose the file"
        hint="Zendesk macros, Freshdesk canned responses, Help Scout saved replies or Front message templates as their API gives them (JSON), or a CSV or JSONL file with name and body. It is read in this page: nothing is uploaded."
        accept={ACCEPT}
        onFiles={([file]) => file && void audit(file)}
      />
      {state.stage === 'working' && (
        <p class="report-status" role="status">
          Checking {state.replies} saved replies from {state.fileName}…
        </p>
      )}
      {state.stage === 'invalid' && (
        <div class="import-errors" role="alert" data-testid="audit-errors">
          <p>
            <strong>{state.fileName}</strong> could not be read{state.as ? ` as ${state.as}` : ''}: {state.problems.length === 1 ? 'it has a problem' : `it has ${state.problems.length} problems`}.
          </p>
          <ul>
            {state.problems.map((problem, index) => (
              <li key={index} data-error-path={problem.path}>
                {problem.line ? `Line ${problem.line}: ` : ''}
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.stage === 'done' && (
        <>
          <p class="report-status" role="status" data-testid="audit-summary">
            {summaryLine(state.report)}
          </p>
          <div class="actions">
            <button type="button" class="button button--primary" data-action="download-audit-html" onClick={() => download(`${stem}.html`, state.html, 'text/html')}>
              Download report (HTML)
            </button>
            <button type="button" class="button" data-action="download-audit-json" onClick={() => download(`${stem}.json`, auditJson(state.report), 'application/json')}>
              JSON
            </button>
            <button type="button" class="button" data-action="download-audit-csv" onClick={() => download(`${stem}.csv`, auditCsv(state.report), 'text/csv')}>
              CSV
            </button>
          </div>
          <ReportFrame html={state.html} title={`Audit of ${state.report.source.fileName}`} name="audit" />
        </>
      )}
    </section>
  );
}
