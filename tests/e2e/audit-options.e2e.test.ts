import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditSavedReplies, summaryLine } from '../../lib/audit/audit';
import { readExport } from '../../lib/audit/read-export';
import { defaultRuleSet } from '../../lib/rules/default-pack';
import { HelpdeskBrowser } from './support/helpdesk-browser';

const env = inject('e2e');
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/**
 * What `npm run audit` makes of an export with the bundled pack, which a fresh extension runs too. The
 * page must show the same; the pack's own judgements are tested (and keep being tuned) elsewhere.
 */
function auditWithBundledPack(file: string) {
  const read = readExport(readFileSync(join(EXAMPLES, file), 'utf8'), { fileName: file });
  if (!read.ok) throw new Error(`${file} no longer reads: ${JSON.stringify(read.problems)}`);
  const report = auditSavedReplies(read.saved, defaultRuleSet(), { fileName: file, auditedOn: '2025-03-14' });
  return { summary: summaryLine(report), needWork: report.replies.filter((reply) => reply.needsWork).map((reply) => reply.name) };
}

describe.skipIf(!env.chromiumPath)('Options page: a lead audits saved replies and merges team figures (built extension)', () => {
  let browser: HelpdeskBrowser;

  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('drops a Zendesk macros export, reads the report in the page, and downloads the same file', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-ready]');
    const expected = auditWithBundledPack('exports/zendesk-macros.json');
    // Not an empty list on both sides: the sample holds macros any lead would send back, and good ones.
    expect(expected.needWork).toContain('Refunds::Still waiting (3rd contact)');
    expect(expected.needWork).not.toContain('Account::Password reset steps');
    await options.setInputFiles('[data-control="audit-file"]', join(EXAMPLES, 'exports/zendesk-macros.json'));
    await expect.poll(() => options.locator('[data-testid="audit-summary"]').textContent()).toBe(expected.summary);
    const report = options.frameLocator('iframe[data-report-frame="audit"]');
    await expect.poll(() => report.locator('[data-section="need-work"] h3').allTextContents()).toEqual(expected.needWork);
    expect(await report.locator('svg[role="img"]').count()).toBe(2);
    // The frame grows to its report instead of scrolling inside the page: as tall as the report itself.
    const reportHeight = await report.locator('html').evaluate((root) => root.scrollHeight);
    expect(reportHeight).toBeGreaterThan(1000);
    await expect.poll(() => options.locator('iframe[data-report-frame="audit"]').evaluate((frame) => Math.round(frame.getBoundingClientRect().height))).toBeGreaterThanOrEqual(reportHeight);

    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-action="download-audit-html"]')]);
    expect(download.suggestedFilename()).toBe('reply-coach-audit-zendesk-macros.html');
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).toBe(await options.locator('iframe[data-report-frame="audit"]').getAttribute('srcdoc'));
    await options.close();
  });

  it("merges four agents' figures files into the team's table and charts", async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-ready]');
    await options.setInputFiles(
      '[data-control="team-stats-files"]',
      [1, 2, 3, 4].map((agent) => join(EXAMPLES, `team-stats/agent-${agent}.json`)),
    );
    await expect.poll(() => options.locator('[data-testid="team-stats-summary"]').textContent()).toBe('4 files merged.');
    const report = options.frameLocator('iframe[data-report-frame="team-stats"]');
    await expect.poll(() => report.locator('[data-table="rules"] tbody th').first().textContent()).toBe('clarity.reading-grade');
    expect(await report.locator('[data-trend]').allTextContents()).toHaveLength(5);
    expect(browser.requestsBeyondFixtures()).toEqual([]);
    await options.close();
  });
});
