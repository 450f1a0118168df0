import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HelpdeskBrowser } from './support/helpdesk-browser';

const env = inject('e2e');
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

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
    await options.setInputFiles('[data-control="audit-file"]', join(EXAMPLES, 'exports/zendesk-macros.json'));
    await expect.poll(() => options.locator('[data-testid="audit-summary"]').textContent()).toBe('7 Zendesk macros audited (2 skipped): 5 need work. 15 findings (12 warnings, 3 info)');
    const report = options.frameLocator('iframe[data-report-frame="audit"]');
    await expect.poll(() => report.locator('[data-section="need-work"] h3').allTextContents()).toEqual([
      'Refunds::Still waiting (3rd contact)',
      'Shipping::Delay (carrier)',
      'Escalate::Tier 2 (internal)',
      'Warranty::Claim received',
      'Refunds::Refund issued',
    ]);
    expect(await report.locator('svg[role="img"]').count()).toBe(2);
    // The frame grows to its report instead of scrolling inside the page.
    await expect.poll(() => options.locator('iframe[data-report-frame="audit"]').evaluate((frame) => frame.getBoundingClientRect().height)).toBeGreaterThan(2000);

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
