import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FirefoxBrowser } from './support/firefox-browser';

const env = inject('e2e');
const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4522';
const COMPOSER = '[data-side-conversations-anchor-id="4522"] [data-test-id="omnicomposer-rich-text-ckeditor"]';

// The Firefox package (Manifest V2: background page, sidebar, optional host permissions) runs the same
// code in another engine; this checks the whole path there: content script → background → panel page.
describe.skipIf(!env.firefoxPath)('Firefox (Manifest V2 build)', () => {
  let browser: FirefoxBrowser;

  beforeAll(async () => {
    browser = await FirefoxBrowser.launch(env, env.firefoxPath!);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads a Zendesk draft and its ticket, the panel shows the findings, and a fix is undone with Ctrl+Z', async () => {
    const draft = 'Dear customer, as I already explained, the refund was processed.';
    const page = await browser.open(TICKET_URL);
    await browser.click(page, COMPOSER);
    await browser.type(page, draft);

    await expect.poll(() => browser.tabState(), { timeout: 10_000 }).toMatchObject({
      adapterId: 'zendesk',
      draft,
      context: { customerName: 'Maria Lopez', subject: 'Refund for order #88412', composer: 'reply' },
    });
    const state = await browser.tabState();
    expect(state?.context.customerMessage).toContain('Where is my money?');
    expect(state?.analysis?.findings.map((finding) => finding.ruleId)).toContain('tone.blame');
    // Underlined in the editor with Firefox's own highlight API.
    await expect.poll(() => browser.underlinedWords(page), { timeout: 5_000 }).toContain('as I already explained');

    const panel = await browser.openPanelForDraftTab();
    // One line per finding: its words and its rule's title. Blame is a hint, under the folded tips.
    await browser.click(panel, 'details.tips > summary');
    const blame = await browser.textOf(panel, '[data-finding][data-rule-id="tone.blame"]');
    expect(blame).toContain('as I already explained');
    expect(blame).toContain('Blaming the customer');

    // The fix travels panel → background → content script, which edits through CKEditor's own input path.
    await browser.click(panel, '[data-finding][data-rule-id="personalization.generic-greeting"] [data-action="apply"]');
    await expect.poll(() => browser.textOf(page, COMPOSER), { timeout: 5_000 }).not.toBe(draft);
    const fixed = await browser.textOf(page, COMPOSER);
    expect(fixed).toContain('Maria');
    expect(fixed).toContain('as I already explained, the refund was processed.');
    await browser.undo(page);
    await expect.poll(() => browser.textOf(page, COMPOSER), { timeout: 5_000 }).toBe(draft);
    await browser.closeTab(panel);
    await browser.closeTab(page);
    await expect.poll(() => browser.tabState()).toBeNull();
  });

  // Firefox decides on its own which about:blank / src-less frames get content scripts.
  it('reads the Zoho Desk editor in a src-less iframe, and its ticket', async () => {
    const page = await browser.open('https://desk.zoho.eu/agent/acme/support/tickets/details/4711');
    // A click in the middle of the frame lands in its editable body.
    await browser.click(page, 'iframe.ze_area');
    await browser.type(page, 'Hi Nora, thanks for the details.');

    await expect.poll(() => browser.tabState(), { timeout: 10_000 }).toMatchObject({
      adapterId: 'zoho-desk',
      draft: 'Hi Nora, thanks for the details.',
      context: { customerName: 'Nora Jensen', subject: 'Cannot export report', composer: 'reply' },
    });
    // Underlined there too: the in-page coach loads into the iframe's content script.
    await browser.type(page, ' It works now, as I already explained.');
    await expect.poll(() => browser.underlinedWords(page, ['iframe.ze_area']), { timeout: 10_000 }).toContain('as I already explained');
  });
});
