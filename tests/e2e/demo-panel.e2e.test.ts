import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typeFirstDraft } from '../../scripts/demo/first-draft';
import { HelpdeskBrowser } from './support/helpdesk-browser';

const env = inject('e2e');
const TICKET_URL = 'https://reply-coach-demo.zendesk.com/agent/tickets/48213';
/** The README's screenshot shows the panel this wide (scripts/demo/start.ts), on a laptop screen's height. */
const PANEL = { width: 400, height: 860 };

describe.skipIf(!env.chromiumPath)("the README's first draft (npm start's demo ticket)", () => {
  let browser: HelpdeskBrowser;
  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits its panel on a laptop screen (≤ 900 px), every Apply on screen without scrolling', async () => {
    const ticket = await browser.open(TICKET_URL);
    await ticket.waitForSelector('body[data-editor-ready="true"]');
    await typeFirstDraft(ticket);
    const panel = await browser.openPanel(ticket);
    await panel.page.setViewportSize(PANEL);
    await panel.page.waitForSelector('[data-finding]');
    await expect.poll(() => browser.badgeText(ticket)).not.toBe('');

    // The panel's own height, not the window's: what an agent scrolls through.
    const height = await panel.page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const applyBottoms = await panel.page.locator('[data-action="apply"]').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().bottom));
    console.log(`the README's first draft: ${await browser.badgeText(ticket)} open findings; panel ${height} px tall at ${PANEL.width} px wide`);
    expect(height).toBeLessThanOrEqual(900);
    expect(applyBottoms.length).toBeGreaterThan(0);
    expect(Math.max(...applyBottoms)).toBeLessThanOrEqual(PANEL.height);
    await panel.page.close();
    await ticket.close();
  });
});
