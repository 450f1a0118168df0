import type { AuditFinding, AuditReport as Report, AuditedReply } from '../../lib/audit/audit';
import type { Severity } from '../../lib/engine/types';
import { CATEGORY_LABELS } from '../labels';
import { BarChart } from './BarChart';
import { Tile } from './Tile';

/** How many rules the "by rule" chart shows; the JSON and CSV outputs have them all. */
export const RULES_CHARTED = 15;
/** Words longer than this are cut in the findings list; the reply's text below shows them whole. */
const WORDS_SHOWN = 160;

const SEVERITY_NOUNS: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'info'] };
const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** The audit of an export as a page: summary, charts, the replies that need work first, then the rest. */
export function AuditReport({ report }: { report: Report }) {
  const { summary } = report;
  const needWork = report.replies.filter((reply) => reply.needsWork);
  const worthALook = report.replies.filter((reply) => !reply.needsWork && reply.findings.length > 0);
  const clean = report.replies.filter((reply) => reply.findings.length === 0);
  return (
    <main class="report" data-report="audit">
      <header>
        <h1>Saved replies audit</h1>
        <p class="report__meta">
          {report.source.label} from <strong>{report.source.fileName}</strong> · rule set {report.ruleSet.name} {report.ruleSet.version} · {report.auditedOn}
        </p>
      </header>

      <section aria-labelledby="summary-heading" data-section="summary">
        <h2 id="summary-heading">Summary</h2>
        <dl class="tiles">
          <Tile label="Saved replies audited" value={summary.replies} detail={report.skipped.length > 0 ? `${report.skipped.length} skipped (listed at the end)` : undefined} />
          <Tile label="Need work" value={summary.needingWork} detail={`a warning or an error${summary.withErrors > 0 ? `; ${summary.withErrors} with errors` : ''}`} />
          <Tile label="Findings" value={summary.findings} detail={(['error', 'warning', 'info'] as const).map((severity) => count(summary.bySeverity[severity], SEVERITY_NOUNS[severity])).join(', ')} />
          <Tile label="Clean" value={clean.length} detail="no finding at all" />
        </dl>
        {report.notes.map((note) => (
          <p class="report__notes" key={note}>
            {note}
          </p>
        ))}
        <p class="muted">
          Each reply was checked as a public reply to a customer whose name the helpdesk knows (a note macro as an internal note). Placeholders such as {'{{ticket.requester.first_name}}'} are left out of the judged words and count as using the customer's name.
        </p>
      </section>

      {summary.findings > 0 && (
        <section aria-labelledby="charts-heading" data-section="charts">
          <h2 id="charts-heading">Where the findings are</h2>
          <div class="charts">
            <BarChart
              caption="Replies with findings, by category"
              valueHeading="Replies (findings)"
              max={summary.replies}
              bars={summary.byCategory.map((tally) => ({
                key: tally.category,
                label: CATEGORY_LABELS[tally.category],
                value: tally.replies,
                valueText: `${tally.replies} (${count(tally.findings, ['finding', 'findings'])})`,
                tone: tally.category,
              }))}
            />
            <BarChart
              caption={summary.byRule.length > RULES_CHARTED ? `The ${RULES_CHARTED} rules that fire on the most replies` : 'Replies each rule fires on'}
              valueHeading="Replies (findings)"
              max={summary.replies}
              bars={summary.byRule.slice(0, RULES_CHARTED).map((tally) => ({
                key: tally.ruleId,
                label: tally.title,
                value: tally.replies,
                valueText: `${tally.replies} (${count(tally.findings, ['finding', 'findings'])})`,
                tone: tally.category,
              }))}
            />
          </div>
        </section>
      )}

      <ReplySection id="need-work" title="Replies that need work" empty="No reply has a warning or an error." replies={needWork} />
      {worthALook.length > 0 && <ReplySection id="worth-a-look" title="Worth a look (information only)" replies={worthALook} />}

      {clean.length > 0 && (
        <section aria-labelledby="clean-heading" data-section="clean">
          <h2 id="clean-heading">Clean ({clean.length})</h2>
          <ul class="clean-list">
            {clean.map((reply) => (
              <li key={reply.entry}>{reply.name}</li>
            ))}
          </ul>
        </section>
      )}

      {report.skipped.length > 0 && (
        <section aria-labelledby="skipped-heading" data-section="skipped">
          <h2 id="skipped-heading">Not audited ({report.skipped.length})</h2>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Entry</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {report.skipped.map((entry) => (
                  <tr key={entry.entry}>
                    <td>{entry.name}</td>
                    <td>
                      <code>{entry.entry}</code>
                    </td>
                    <td>{entry.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <footer class="report__footer">Made by Reply Coach on this computer: nothing in this report was sent anywhere.</footer>
    </main>
  );
}

function ReplySection({ id, title, replies, empty }: { id: string; title: string; replies: AuditedReply[]; empty?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 id={`${id}-heading`}>
        {title} ({replies.length})
      </h2>
      {replies.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ol class="replies">
          {replies.map((reply) => (
            <ReplyCard key={reply.entry} reply={reply} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ReplyCard({ reply }: { reply: AuditedReply }) {
  return (
    <li class="reply" data-reply={reply.entry}>
      <div class="reply__head">
        <h3>{reply.name}</h3>
        <span class="counts">
          {reply.composer === 'note' && <span class="badge badge--note">internal note</span>}
          {(['error', 'warning', 'info'] as const)
            .filter((severity) => reply.counts[severity] > 0)
            .map((severity) => (
              <span key={severity} class={`badge badge--${severity}`}>
                {count(reply.counts[severity], SEVERITY_NOUNS[severity])}
              </span>
            ))}
        </span>
      </div>
      <p class="muted">
        <code>{reply.entry}</code>
        {reply.id !== undefined && ` · id ${reply.id}`}
      </p>
      <ol class="findings">
        {reply.findings.map((finding, index) => (
          <FindingItem key={index} finding={finding} />
        ))}
      </ol>
      <details class="reply__text">
        <summary>The reply as it was judged</summary>
        <pre>
          <MarkedText text={reply.text} findings={reply.findings} />
        </pre>
      </details>
    </li>
  );
}

function FindingItem({ finding }: { finding: AuditFinding }) {
  const words = finding.words.length > WORDS_SHOWN ? `${finding.words.slice(0, WORDS_SHOWN - 1)}…` : finding.words;
  return (
    <li class="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <p>
        <span class={`badge badge--${finding.severity}`}>{finding.severity}</span> <strong>{CATEGORY_LABELS[finding.category]}</strong> · {finding.message}
      </p>
      <p class="finding__words">
        Words: {finding.start === finding.end ? <em>(missing)</em> : <q>{words}</q>}
      </p>
      {finding.suggestion && <p class="finding__fix">Suggested: {finding.suggestion.replacement.replace(/\n+/g, ' ⏎ ')}</p>}
      <p class="finding__rule">
        {finding.title} ({finding.ruleId})
      </p>
    </li>
  );
}

/** The reply with the words of its findings marked; overlapping findings share one mark. */
function MarkedText({ text, findings }: { text: string; findings: readonly AuditFinding[] }) {
  const spans = findings
    .filter((finding) => finding.end > finding.start)
    .map((finding) => ({ start: finding.start, end: Math.min(finding.end, text.length) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const parts = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) parts.push(text.slice(cursor, span.start));
    parts.push(<mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return <>{parts}</>;
}
