import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTEXT_PAGES } from './support/context-pages';
import { strategiesOf } from './support/describe-helpdesk';
import { HelpdeskBrowser } from './support/helpdesk-browser';
import { allowInPrompt, enableInSettings } from './support/permission-prompt';
import { underlinesIn } from './support/in-page';
import { canStartVirtualDisplay, startVirtualDisplay, type VirtualDisplay } from './support/virtual-display';

const env = inject('e2e');
// A plain ticket form on a site that is no helpdesk: the manifest does not cover it.
const SITE = 'support.acme.example';
const PAGE_URL = `https://${SITE}/tickets/311`;
// Another such site, enabled from the side panel.
const PANEL_SITE_URL = 'https://help.globex.example/tickets/88';
const DRAFT = 'Hello Sam,\nthe new password link is on its way.';
/** Long enough for the content script to have read a draft had it been running (it reads within ~150 ms). */
const READ_WINDOW_MS = 1500;

const displayAvailable = canStartVirtualDisplay();
if (env.chromiumPath && !displayAvailable) {
  if (process.env.CI) throw new Error('E2E: enabling a site needs Xvfb and xdotool (apt-get install xvfb xdotool). CI must run it.');
  console.warn('\n⚠ "enable a site" E2E skipped: Xvfb or xdotool not found (apt-get install xvfb xdotool).\n');
}

// The browser's permission prompt only exists in a headful browser, so this file runs Chromium on its
// own virtual display and answers the prompt with the keyboard, as the agent would.
describe.skipIf(!env.chromiumPath || !displayAvailable)('a site the agent enables (plain textarea)', () => {
  let display: VirtualDisplay;
  let profileDir: string;
  let browser: HelpdeskBrowser;

  beforeAll(async () => {
    display = await startVirtualDisplay();
    profileDir = mkdtempSync(join(env.tmpDir, 'profile-enable-'));
    browser = await HelpdeskBrowser.launch(env, { display: display.name, profileDir });
  });

  afterAll(async () => {
    await browser?.close();
    display?.stop();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  async function typeDraft(page: Page, text: string) {
    await page.click('textarea');
    await page.keyboard.type(text);
  }

  it('reads nothing on the site before the agent enables it', async () => {
    const page = await browser.open(PAGE_URL);
    await typeDraft(page, DRAFT);
    await page.waitForTimeout(READ_WINDOW_MS);
    expect(await browser.tabState(page)).toBeNull();
    await page.close();
  });

  it('enabling the site in Settings › Sites asks the browser, then reads the draft already open there', async () => {
    // The agent notices mid-reply that Reply Coach is not on here.
    const page = await browser.open(PAGE_URL);
    await typeDraft(page, DRAFT);
    const settings = await browser.openExtensionPage('options.html#sites');
    await enableInSettings(display, settings, `https://${SITE}/tickets/311`);

    await expect.poll(() => settings.textContent('[data-testid="site-message"]')).toContain(`Reply Coach is on for https://${SITE}`);
    expect(await settings.getAttribute('[data-enabled-site]', 'data-enabled-site')).toBe(`https://${SITE}/*`);

    // The tab opened before the grant: the background starts the content script there at once, and it
    // reads the editor that already has focus. The draft is exactly as typed.
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'generic', draft: DRAFT, context: { composer: 'reply' } });
    expect(await page.inputValue('textarea')).toBe(DRAFT);
    await settings.close();
    await page.close();
  });

  it('from the side panel: the shortcut opens it on the tab, it offers the site, and accepting reads the draft', async () => {
    const manifest = JSON.parse(readFileSync(join(env.extensionPath, 'manifest.json'), 'utf8'));
    const shortcut: string = manifest.commands._execute_action.suggested_key.default;
    // Chrome leaves a suggested shortcut unassigned, silently, when it keeps the keys for itself.
    expect(await browser.commands()).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut }));

    const page = await browser.open(PANEL_SITE_URL);
    await typeDraft(page, DRAFT);
    display.pressKeys(shortcut.toLowerCase());
    await expect.poll(() => browser.sidePanelIsOpen()).toBe(true);

    // Opening it from the toolbar lets the panel see the tab's address (activeTab), so it offers the site.
    // The real side panel cannot be driven from Playwright: the same page, pinned to the tab, is clicked.
    const panel = await browser.openPanel(page);
    await allowInPrompt(
      display,
      panel.page,
      () => panel.page.click('[data-action="enable-site"]'),
      async () => {
        const tone = (await panel.notice())?.tone;
        return tone === 'waiting' ? 'waiting' : tone === 'done' ? 'allowed' : 'declined';
      },
    );
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'generic', draft: DRAFT, context: { composer: 'reply' } });
    await expect.poll(() => panel.page.getAttribute('[data-testid="connection"]', 'data-status')).not.toBe('no-editor');
    await panel.page.close();
    await page.close();
  });

  it('reads a new page on the site: adapter, draft and context, and nothing leaves the browser', async () => {
    const page = await browser.open(`https://${SITE}/tickets/312`);
    await typeDraft(page, DRAFT);
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'generic', draft: DRAFT });
    // A page no adapter knows: the generic strategies read its subject line; there is no customer to read.
    expect((await browser.tabState(page))?.context).toEqual({ subject: 'Cannot log in', composer: 'reply' });
    expect(browser.requestsBeyondFixtures()).toEqual([]);
    await page.close();
  });

  it('underlines findings in the editor there too: the in-page coach loads on a site the agent enabled', async () => {
    const page = await browser.open(`https://${SITE}/tickets/313`);
    await typeDraft(page, 'Hello Sam, as I already explained, the link is on its way.');
    await expect.poll(() => underlinesIn(page.mainFrame()).then((shown) => shown.map((underline) => underline.ruleId)), { timeout: 10_000 }).toContain('tone.blame');
    await page.close();
  });

  it('reads the ticket around the draft on a helpdesk page no adapter knows, once its site is enabled', async () => {
    const ticket = CONTEXT_PAGES.find((spec) => spec.fixture === 'unknown-helpdesk/ticket.html')!;
    const page = await browser.open(`https://${SITE}/unknown-helpdesk/ticket.html`);
    await page.click(ticket.editor);
    await page.keyboard.type(DRAFT);
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'generic', draft: DRAFT, context: { ...ticket.context, composer: 'reply' } });
    expect(strategiesOf((await browser.tabState(page))?.sources)).toEqual(ticket.strategies);
    await page.close();
  });

  it('remembers the site after the browser restarts', async () => {
    await browser.close();
    browser = await HelpdeskBrowser.launch(env, { display: display.name, profileDir });
    const page = await browser.open(PAGE_URL);
    await typeDraft(page, DRAFT);
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'generic', draft: DRAFT });
    await page.close();
  });

  it('a host typed without a scheme (rt.example.test:8080) is asked for over http and https, and the list shows exactly what was granted', async () => {
    const settings = await browser.openExtensionPage('options.html#sites');
    await enableInSettings(display, settings, 'rt.example.test:8080');
    const rtSites = ['https://rt.example.test/*', 'http://rt.example.test/*'];
    const listed = () => settings.locator('[data-enabled-site]').evaluateAll((items) => items.map((item) => item.getAttribute('data-enabled-site')));
    await expect.poll(listed).toEqual(expect.arrayContaining(rtSites));
    const granted = await settings.evaluate(() => (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome.permissions.getAll());
    expect(granted.origins).toEqual(expect.arrayContaining(rtSites));
    // The list is the browser's grants, site by site, with the scheme shown.
    expect((await listed()).filter((site) => site?.includes('rt.example.test'))).toEqual(granted.origins!.filter((origin) => origin.includes('rt.example.test')));
    expect(await settings.textContent('[data-enabled-site="http://rt.example.test/*"]')).toContain('http://rt.example.test');
    for (const site of rtSites) await settings.click(`[data-enabled-site="${site}"] [data-action="disable-site"]`);
    await expect.poll(async () => (await listed()).filter((site) => site?.includes('rt.example.test'))).toEqual([]);
    await settings.close();
  });

  it('"Turn off" stops reading the site', async () => {
    const settings = await browser.openExtensionPage('options.html#sites');
    await settings.click(`[data-enabled-site="https://${SITE}/*"] [data-action="disable-site"]`);
    await expect.poll(() => settings.locator('[data-enabled-site]').evaluateAll((items) => items.map((item) => item.getAttribute('data-enabled-site')))).toEqual(['https://help.globex.example/*']);
    await settings.close();

    const page = await browser.open(PAGE_URL);
    await typeDraft(page, DRAFT);
    await page.waitForTimeout(READ_WINDOW_MS);
    expect(await browser.tabState(page)).toBeNull();
    await page.close();
  });
});
