// `npm run docs:audit-screenshot`: the README's picture of an audit report (docs/audit-report.png),
// made from the sample Zendesk export the way `npm run audit` makes the file, shown in headless Chromium.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { renderAuditReport } from '../components/reports/render';
import { auditSavedReplies } from '../lib/audit/audit';
import { readExport } from '../lib/audit/read-export';
import { defaultRuleSet } from '../lib/rules/default-pack';
import { CHROMIUM_MISSING, findChromium } from './support/chromium';

const EXPORT = 'examples/exports/zendesk-macros.json';
const OUT = 'docs/audit-report.png';

const read = readExport(readFileSync(EXPORT, 'utf8'), { fileName: EXPORT });
if (!read.ok) throw new Error(`${EXPORT} no longer reads: ${JSON.stringify(read.problems)}`);
// A fixed date, so the picture only changes when the report does.
const html = renderAuditReport(auditSavedReplies(read.saved, defaultRuleSet(), { fileName: 'zendesk-macros.json', auditedOn: '2025-03-14' }));

const executablePath = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1500 }, deviceScaleFactor: 1, colorScheme: 'light' });
  await page.setContent(html);
  // The summary, the charts and the first replies that need work: what a lead sees first.
  await page.screenshot({ path: OUT, clip: { x: 0, y: 0, width: 1000, height: 1500 } });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
}
