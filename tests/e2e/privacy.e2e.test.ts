import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HelpdeskBrowser } from './support/helpdesk-browser';

const env = inject('e2e');

// Every coaching story (one per fixture editor) ends by checking that no request left the browser
// while the agent typed, read the panel and applied a fix (tests/e2e/support/coaching-story.ts).
// This file checks the checker: a request from the extension's own contexts is seen and reported.
describe.skipIf(!env.chromiumPath)('privacy: the request recorder', () => {
  let browser: HelpdeskBrowser;

  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports a request made by the service worker or an extension page to any other host', async () => {
    const page = await browser.open('https://acme.zendesk.com/agent/tickets/4522');
    expect(browser.requestsBeyondFixtures()).toEqual([]);
    await browser.serviceWorker()!.evaluate(() => fetch('https://telemetry.example/collect').catch(() => undefined));
    const panel = await browser.openPanel(page);
    await panel.page.evaluate(() => fetch('https://analytics.example/hit').catch(() => undefined));
    await expect.poll(() => browser.requestsBeyondFixtures()).toEqual(expect.arrayContaining(['https://telemetry.example/collect', 'https://analytics.example/hit']));
  });
});
