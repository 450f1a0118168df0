import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTEXT_REFRESH_MS } from '../../lib/helpdesks/editor-tracker';
import { logInToRequestTracker, RT_TICKET, startRequestTracker, type RequestTracker } from '../../scripts/support/request-tracker';
import type { CoachPanel } from './support/coach-panel';
import { BLAMING_REPLY } from './support/coaching-story';
import { strategiesOf } from './support/describe-helpdesk';
import { HelpdeskBrowser } from './support/helpdesk-browser';
import { enableInSettings } from './support/permission-prompt';
import { canStartVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from './support/virtual-display';

const env = inject('e2e');
// RT runs on the company's own domain: a name no adapter's host list knows, served over plain http on a port.
const RT_HOST = 'rt.example.test';
const { subject, customer, firstMessage, agentReply, latestMessage } = RT_TICKET;

const displayAvailable = canStartVirtualDisplay();
if (env.chromiumPath && env.requestTracker && !displayAvailable) {
  if (process.env.CI) throw new Error('E2E: the Request Tracker test enables its site, which needs Xvfb and xdotool (apt-get install xvfb xdotool). CI must run it.');
  console.warn('\n⚠ Request Tracker E2E skipped: Xvfb or xdotool not found (apt-get install xvfb xdotool).\n');
}

// A real Request Tracker 5 (Debian's packages, scripts/support/request-tracker.ts): Dana writes, Sam
// answers, Dana writes again, upset. The agent enables the site (the browser's prompt needs a headful
// browser, on its own virtual display), logs in and writes from RT's own pages.
describe.skipIf(!env.chromiumPath || !env.requestTracker || !displayAvailable)('Request Tracker 5, a real install (CKEditor 4 in an iframe)', () => {
  let rt: RequestTracker;
  let rtDir: string;
  let display: VirtualDisplay;
  let browser: HelpdeskBrowser;

  beforeAll(async () => {
    rtDir = mkdtempSync(join(env.tmpDir, 'request-tracker-'));
    const started = performance.now();
    // RT and the browser start side by side: the address keeps RT's port, only the name is resolved to this machine.
    const starting = startRequestTracker({ dir: rtDir, host: RT_HOST }).then((server) => {
      rt = server;
      console.log(`Request Tracker started with its ticket in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
    const launching = (async () => {
      display = await startVirtualDisplay();
      browser = await HelpdeskBrowser.launch(env, { display: display.name, hostRules: [`MAP ${RT_HOST} 127.0.0.1`] });
    })();
    // Both finish before a failure is reported, so that afterAll stops whatever did start.
    for (const result of await Promise.allSettled([starting, launching])) if (result.status === 'rejected') throw result.reason;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    display?.stop();
    await rt?.stop();
    if (rtDir) rmSync(rtDir, { recursive: true, force: true });
  });

  const ticketUrl = () => `${rt.origin}/Ticket/Display.html?id=${rt.ticketId}`;
  const editor = (page: Page) => page.frameLocator('#cke_UpdateContent iframe').locator('body.cke_editable');
  /** The editor's text as the agent sees it (a no-break space shows as a space; CKEditor's zero-width filler shows nothing). */
  const shownText = (page: Page) => editor(page).evaluate((body) => (body as HTMLElement).innerText.replace(/\u00A0/g, ' ').replace(/\u200B/g, '').replace(/\n+$/, ''));
  /** What CKEditor itself holds: its model, not only the page. */
  const editorData = (page: Page) => page.evaluate(() => (globalThis as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent!.getData());
  /** What the panel says it could judge of `category` (`checked`, `not-checked`…), and which context it says is missing. */
  const judged = (panel: CoachPanel, category: string) => panel.page.getAttribute(`[data-summary-category="${category}"]`, 'data-check');
  const missingContext = (panel: CoachPanel) => panel.page.locator('[data-missing-context]').evaluateAll((gaps) => gaps.map((gap) => gap.getAttribute('data-missing-context')));
  /** RT's own requests are the page's; the extension must add none. */
  const requestsBeyondPages = () => browser.requestsBeyondFixtures().filter((url) => new URL(url).origin !== rt.origin);

  /** The ticket page, as the agent opens it from RT's lists. */
  async function openTicket(): Promise<Page> {
    const page = await browser.open(ticketUrl());
    if (await page.$('form#login')) {
      await logInToRequestTracker(page, rt.origin);
      await page.goto(ticketUrl());
    }
    return page;
  }

  /** The ticket's Actions menu → Reply or Comment. */
  async function fromActionsMenu(page: Page, action: 'reply' | 'comment'): Promise<void> {
    await page.hover('#page-actions');
    await page.click(`#page-actions-${action}`);
    await editor(page).waitFor();
  }

  it('is enabled from Settings › Sites by its address, plain http on a port', async () => {
    const page = await openTicket();
    await page.close();
    const settings = await browser.openExtensionPage('options.html#sites');
    // The agent pastes the address from the address bar (a bare host is asked for over http and https: enable-site.e2e.test.ts).
    await enableInSettings(display, settings, ticketUrl());
    await expect.poll(() => settings.textContent('[data-testid="site-message"]')).toMatch(new RegExp(`Reply Coach is on for (http://)?${RT_HOST}`));
    // Plain http, and every port of the host (a match pattern without a port).
    expect(await settings.getAttribute('[data-enabled-site]', 'data-enabled-site')).toBe(`http://${RT_HOST}/*`);
    await settings.close();
  });

  it("the ticket's Reply: the draft exactly, the customer and the subject; that page shows no message of theirs, and the panel says so", async () => {
    const page = await openTicket();
    await fromActionsMenu(page, 'reply');
    await editor(page).click();
    const draft = 'Hi Dana, I am checking order 4417 with our returns team right now.';
    await page.keyboard.type(draft);

    // RT names the requestor on this page only once it has loaded who the reply will be mailed to,
    // maybe after the agent stopped typing: the ticket is read again within the refresh period.
    await expect.poll(() => browser.tabState(page), { timeout: 2 * CONTEXT_REFRESH_MS }).toMatchObject({ adapterId: 'rt', draft, context: { customerName: customer.name } });
    const state = (await browser.tabState(page))!;
    expect(state.context).toEqual({ customerName: customer.name, subject, composer: 'reply' });
    // The rt record's selectors read the subject and the reply; the customer is the requestors' recipient.
    expect(strategiesOf(state.sources)).toEqual({ customerName: 'recipient', subject: 'adapter', composer: 'adapter' });
    expect(await shownText(page)).toBe(draft);

    // Empathy cannot be judged without the customer's message: never a ✓, and the panel says what is missing.
    const panel = await browser.openPanel(page);
    expect(await panel.connection()).toEqual({ status: 'connected', helpdesk: 'rt' });
    await expect.poll(() => judged(panel, 'empathy')).toBe('not-checked');
    expect(await panel.page.textContent('[data-summary-category="empathy"] .summary__count')).not.toContain('✓');
    expect(await missingContext(panel)).toEqual(['customer-message']);
    await panel.page.close();
    await page.close();
  });

  it("Reply on the customer's latest message: their words, not the first message nor the agent's; an unkind draft is coached, a fix is undone exactly, and a new draft typed over it is exact in CKEditor's model", async () => {
    const page = await openTicket();
    const [, , latest] = rt.messageTransactions;
    await page.click(`.transaction[data-transaction-id="${latest}"] a.reply-link`);
    // RT quotes the message in the editor: "On <date>, dana@example.com wrote:" and the message.
    await expect.poll(() => shownText(page)).toContain(`${customer.email} wrote:`);
    const quoteHeader = (await shownText(page)).split('\n')[0]!;

    // The agent writes above the quote.
    await editor(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(BLAMING_REPLY);
    await page.keyboard.press('Enter');
    await expect.poll(() => shownText(page).then((shown) => shown.startsWith(`${BLAMING_REPLY}\n`) && shown.includes(`\n${quoteHeader}\n`))).toBe(true);

    await expect.poll(() => browser.tabState(page), { timeout: 2 * CONTEXT_REFRESH_MS }).toMatchObject({ adapterId: 'rt', context: { customerName: customer.name, customerMessage: latestMessage } });
    const state = (await browser.tabState(page))!;
    expect(state.context).toEqual({ customerName: customer.name, customerMessage: latestMessage, subject, composer: 'reply' });
    // The message comes from the draft's own quote, by the generic strategy (the page shows no thread).
    expect(strategiesOf(state.sources)).toEqual({ customerName: 'recipient', customerMessage: 'quoted-in-draft', subject: 'adapter', composer: 'adapter' });
    expect(state.context.customerMessage).not.toContain(firstMessage.split('\n')[2]);
    expect(state.context.customerMessage).not.toContain(agentReply.split('\n')[2]);
    // The paragraph contract: the agent's words exactly, a blank line (Enter made a new block), the
    // quote's header, a blank line (the quote is a block), then the quote as RT wrote it in its <pre>,
    // line feeds kept (the engine leaves quoted history out).
    const quoted = await editor(page).evaluate((body) => body.querySelector('blockquote pre')!.textContent!.replace(/\n+$/, ''));
    expect(state.draft).toBe(`${BLAMING_REPLY}\n\n${quoteHeader}\n\n${quoted}`);

    const panel = await browser.openPanel(page);
    expect(await panel.connection()).toEqual({ status: 'connected', helpdesk: 'rt' });
    // An upset customer, and a reply that never acknowledges it; nothing of the ticket is missing.
    await expect.poll(() => panel.categories()).toContain('empathy');
    expect(await panel.verdict()).toBe('needs-work');
    expect(await judged(panel, 'empathy')).toBe('checked');
    expect(await missingContext(panel)).toEqual([]);

    const beforeFix = { shown: await shownText(page), data: await editorData(page), draft: state.draft };
    await panel.applyFix('personalization.generic-greeting');
    await expect.poll(() => shownText(page)).toBe(beforeFix.shown.replace('Dear customer', 'Hi Dana'));
    await expect.poll(() => panel.notice()).toMatchObject({ tone: 'done' });

    await editor(page).focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => shownText(page)).toBe(beforeFix.shown);
    expect(await editorData(page)).toBe(beforeFix.data);
    await expect.poll(() => browser.tabState(page).then((after) => after?.draft)).toBe(beforeFix.draft);

    // After the fix and its undo, a new draft over the whole text leaves exactly it: in the page, in
    // CKEditor's own model, and in what Reply Coach reads.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    const rewritten = 'Hi Dana, I am sorry for the wait. Your refund went out today.';
    await page.keyboard.type(rewritten);
    await expect.poll(() => shownText(page)).toBe(rewritten);
    expect((await editorData(page)).replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim()).toBe(rewritten);
    await expect.poll(() => browser.tabState(page).then((after) => after?.draft)).toBe(rewritten);
    expect(requestsBeyondPages()).toEqual([]);
    await panel.page.close();
    await page.close();
  });

  it('the Comment page is an internal note, with the subject; RT names no requestor there', async () => {
    const page = await openTicket();
    await fromActionsMenu(page, 'comment');
    await editor(page).click();
    const note = 'Refund approved by finance, ask the warehouse for the tracking number.';
    await page.keyboard.type(note);
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'rt', draft: note, context: { composer: 'note' } });
    const state = (await browser.tabState(page))!;
    expect(state.context).toEqual({ subject, composer: 'note' });
    expect(strategiesOf(state.sources)).toEqual({ subject: 'adapter', composer: 'adapter' });
    await page.close();
  });

  it("switching the reply's Update Type to Comments makes it a note", async () => {
    const page = await openTicket();
    await fromActionsMenu(page, 'reply');
    await editor(page).click();
    await page.keyboard.type('Checking with finance.');
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'rt', context: { composer: 'reply' } });

    // RT's select is drawn as a Bootstrap dropdown.
    await page.click('button[data-id="UpdateType"]');
    await page.click('.dropdown-menu.show >> text=Comments (Not sent to requestors)');
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Done.');
    await expect.poll(() => browser.tabState(page)).toMatchObject({ draft: 'Checking with finance. Done.', context: { composer: 'note' }, sources: { composer: { strategy: 'adapter', selector: '.messagebox-container.action-private' } } });
    expect(requestsBeyondPages()).toEqual([]);
    await page.close();
  });
});
