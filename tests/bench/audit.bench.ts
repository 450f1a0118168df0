// Audit speed: `npm run bench:audit`. A lead's export can hold a thousand macros or more; the whole
// audit (read, judge, write the HTML report) should take seconds, not minutes, in Node and in the
// options page alike. Builds 1,000 macros from the sample export's, each with a title of its own.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { renderAuditReport } from '../../components/reports/render';
import { auditSavedReplies } from '../../lib/audit/audit';
import { readExport } from '../../lib/audit/read-export';
import { defaultRuleSet } from '../../lib/rules/default-pack';

const MACROS = 1_000;
const TARGET_SECONDS = 5;

const sample = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/exports/zendesk-macros.json', import.meta.url)), 'utf8')) as { macros: { title: string; id: number }[] };
const macros = Array.from({ length: MACROS }, (_, index) => {
  const macro = sample.macros[index % sample.macros.length]!;
  return { ...macro, id: macro.id + index, title: `${macro.title} #${index + 1}` };
});
const text = JSON.stringify({ macros, next_page: null, previous_page: null, count: MACROS }, null, 2);
const ruleSet = defaultRuleSet();

const times = { read: 0, audit: 0, render: 0 };
let started = performance.now();
const read = readExport(text, { fileName: 'macros.json' });
times.read = performance.now() - started;
if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
started = performance.now();
const report = auditSavedReplies(read.saved, ruleSet, { fileName: 'macros.json', auditedOn: '2025-03-14' });
times.audit = performance.now() - started;
started = performance.now();
const html = renderAuditReport(report);
times.render = performance.now() - started;

const total = (times.read + times.audit + times.render) / 1000;
console.table([
  { step: `read ${(text.length / 1e6).toFixed(1)} MB of JSON, HTML to text`, ms: Math.round(times.read) },
  { step: `judge ${report.summary.replies} replies (${report.skipped.length} skipped)`, ms: Math.round(times.audit) },
  { step: `write the HTML report (${(html.length / 1e6).toFixed(1)} MB)`, ms: Math.round(times.render) },
]);
console.log(`${MACROS} macros audited in ${total.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s): ${total <= TARGET_SECONDS ? 'met' : 'NOT met'}`);
