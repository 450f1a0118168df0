import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { tabStateMessageSchema, type TabState } from '../../../lib/messaging/panel-messages';
import type { E2eEnvironment } from '../global-setup';
import { CoachPanel } from './coach-panel';
import { chromiumArgs } from '../../../scripts/support/chromium';
import { FIXTURE_LIBRARY_HOSTS, FIXTURE_SITES } from './fixture-sites';

/**
 * Debian's Chromium with the built extension loaded, the fixture hosts resolved to the local fixture
 * server, and a side panel page to ask the background what it knows, the way the real panel does.
 */
export class HelpdeskBrowser {
  /** Every host a page asked for: the extension must not add any. */
  readonly requestedHosts = new Set<string>();
  /** Every request the browser made: pages, frames, the extension's pages and its service worker. */
  readonly requests: { url: string; fromServiceWorker: boolean }[] = [];
  private panel: Page | undefined;

  private constructor(
    private readonly context: BrowserContext,
    readonly extensionId: string,
    /**
     * The address Chrome serves the extension's `use_dynamic_url` files under this session (the in-page
     * coach's chunk, wxt.config.ts): its files all the same, so recorded under the extension's id.
     */
    private readonly dynamicId: string | undefined,
    /** The profile to delete on close; undefined when the caller keeps it (to start the browser again on it). */
    private readonly throwawayProfile: string | undefined,
  ) {
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'chrome-extension:' && url.host === this.dynamicId) url.host = this.extensionId;
      this.requestedHosts.add(url.host);
      this.requests.push({ url: url.href, fromServiceWorker: request.serviceWorker() !== null });
    });
  }

  /**
   * Requests that left the browser for anything but the fixture helpdesk pages: the extension's own
   * packaged files (chrome-extension://) and inline data are local. Reply Coach must never add one.
   */
  requestsBeyondFixtures(): string[] {
    const local = (url: URL) =>
      url.protocol === 'data:' || url.protocol === 'blob:' || (url.protocol === 'chrome-extension:' && url.host === this.extensionId) || (url.protocol === 'https:' && (url.host in FIXTURE_SITES || FIXTURE_LIBRARY_HOSTS.includes(url.host)));
    return this.requests.map((request) => request.url).filter((url) => !local(new URL(url)));
  }

  /** The extension's service worker, to check that the recorder sees its requests too. */
  serviceWorker() {
    return this.context.serviceWorkers()[0];
  }

  /**
   * Headless by default. `display` runs it headful on that X display (for the browser's own prompts);
   * `profileDir` uses and keeps that profile, so a test can start the browser again where it left off.
   */
  static async launch(env: E2eEnvironment, options: LaunchOptions = {}): Promise<HelpdeskBrowser> {
    // On a loaded machine Chromium sometimes starts the extension's service worker before Playwright
    // listens for it, and the event is never seen: start a fresh browser once more rather than fail.
    try {
      return await HelpdeskBrowser.launchOnce(env, options, 15_000);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
      return HelpdeskBrowser.launchOnce(env, options, 25_000);
    }
  }

  private static async launchOnce(env: E2eEnvironment, options: LaunchOptions, workerTimeout: number): Promise<HelpdeskBrowser> {
    if (!env.chromiumPath) throw new Error('Chromium is not installed');
    // Playwright reports a service worker's requests only when asked to: the privacy checks need them.
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    const throwawayProfile = options.profileDir ? undefined : mkdtempSync(join(env.tmpDir, 'profile-'));
    const profileDir = options.profileDir ?? throwawayProfile!;
    const hostRules = [...Object.keys(FIXTURE_SITES).map((host) => `MAP ${host} 127.0.0.1:${env.fixturePort}`), ...(options.hostRules ?? [])];
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: env.chromiumPath,
      headless: !options.display,
      ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
      // Playwright disables extensions by default.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs({ extensionPath: env.extensionPath, hostRules }),
    });
    let worker;
    try {
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: workerTimeout }));
    } catch (error) {
      await context.close();
      if (throwawayProfile) rmSync(throwawayProfile, { recursive: true, force: true });
      throw error;
    }
    const extensionId = new URL(worker.url()).host;
    const dynamicId = await worker.evaluate(() => (globalThis as unknown as { chrome: ChromeForPanel }).chrome.runtime.dynamicId);
    return new HelpdeskBrowser(context, extensionId, dynamicId, throwawayProfile);
  }

  async open(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url);
    return page;
  }

  /**
   * What the background holds for the tab showing `page`, asked from the side panel page with the same
   * message the panel uses. The panel asks for the active tab, so `page` is brought to the front first.
   */
  async tabState(page: Page): Promise<TabState | null> {
    const panel = await this.panelPage();
    await page.bringToFront();
    const answer = await panel.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeForPanel };
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: tab?.id });
    });
    return tabStateMessageSchema.parse(answer).state;
  }

  /** One of the extension's own pages (e.g. "options.html"), in a new tab, as the agent would open it. */
  openExtensionPage(path: string): Promise<Page> {
    return this.open(`chrome-extension://${this.extensionId}/${path}`);
  }

  /** Everything in the extension's `storage.local`, read from one of its pages with the extension's own API. */
  async storedLocally(): Promise<Record<string, unknown>> {
    const panel = await this.panelPage();
    return panel.evaluate(() => (globalThis as unknown as { chrome: ChromeForPanel }).chrome.storage.local.get(null));
  }

  /** Writes to the extension's `storage.local` from one of its pages, as its options page would. */
  async setStored(items: Record<string, unknown>): Promise<void> {
    const panel = await this.panelPage();
    await panel.evaluate((values) => (globalThis as unknown as { chrome: ChromeForPanel }).chrome.storage.local.set(values), items);
  }

  /** The browser's id for the tab showing `page`. */
  async tabIdOf(page: Page): Promise<number> {
    // Opening the asking page makes it the active tab: open it first, then bring `page` forward.
    const panel = await this.panelPage();
    await page.bringToFront();
    const tabId = await panel.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeForPanel };
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    });
    if (tabId === undefined) throw new Error('No active tab');
    return tabId;
  }

  /**
   * The side panel for the tab showing `page`, opened as a page pinned to that tab (a real side panel
   * cannot be driven from Playwright). The helpdesk page is brought back to the front for typing.
   */
  async openPanel(page: Page): Promise<CoachPanel> {
    const tabId = await this.tabIdOf(page);
    const panel = await this.context.newPage();
    await panel.goto(`chrome-extension://${this.extensionId}/sidepanel.html?tabId=${tabId}`);
    await page.bringToFront();
    return new CoachPanel(panel);
  }

  /** Whether the extension's side panel is open in some window (the real one, not a pinned panel page). */
  async sidePanelIsOpen(): Promise<boolean> {
    const contexts = await this.serviceWorker()!.evaluate(() => (globalThis as unknown as { chrome: ChromeForPanel }).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }));
    return contexts.length > 0;
  }

  /** The extension's keyboard commands as the browser assigned them (an empty shortcut: not assigned). */
  commands(): Promise<{ name?: string; shortcut?: string }[]> {
    return this.serviceWorker()!.evaluate(() => (globalThis as unknown as { chrome: ChromeForPanel }).chrome.commands.getAll());
  }

  /** The toolbar badge's text for the tab showing `page` (the number of open findings, "" for none). */
  async badgeText(page: Page): Promise<string> {
    const tabId = await this.tabIdOf(page);
    return this.serviceWorker()!.evaluate((id) => (globalThis as unknown as { chrome: ChromeForPanel }).chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The state of a tab by id (e.g. one that was closed). */
  async tabStateById(tabId: number): Promise<TabState | null> {
    const panel = await this.panelPage();
    const answer = await panel.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeForPanel };
      return chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: id });
    }, tabId);
    return tabStateMessageSchema.parse(answer).state;
  }

  async close(): Promise<void> {
    await this.context.close();
    if (this.throwawayProfile) rmSync(this.throwawayProfile, { recursive: true, force: true });
  }

  private async panelPage(): Promise<Page> {
    if (!this.panel) {
      this.panel = await this.context.newPage();
      await this.panel.goto(`chrome-extension://${this.extensionId}/sidepanel.html`);
    }
    return this.panel;
  }
}

interface LaunchOptions {
  /** An X display (see virtual-display.ts): the browser runs headful there. */
  display?: string;
  /** A profile directory the caller owns and deletes. */
  profileDir?: string;
  /** More host names to resolve, as Chromium's host-resolver rules (e.g. `MAP rt.example.test 127.0.0.1`). */
  hostRules?: string[];
}

/** The few extension APIs the panel page and service worker call here (the test has no @types/chrome). */
interface ChromeForPanel {
  tabs: { query(query: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown>; getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>; dynamicId?: string };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/** About `length` characters of ordinary reply text: words, digits, punctuation, single spaces. */
export function replyText(length: number): string {
  const sentence = 'Thanks for your patience, Maria. I checked order 88412 and the refund of 49.99 EUR is on its way! ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1).trimEnd() + '.';
}

/**
 * How long a test typing 2,000 characters may take: Playwright types key by key, and on a machine
 * shared with other builds a key can take 25 ms or more (the usual 60 s is not a product budget).
 */
export const TYPING_2000_MS = 150_000;

/** About `length` characters of reply text that Reply Coach underlines: a blaming opening, then ordinary text. */
export function flaggedReplyText(length: number): string {
  const opening = 'Dear customer, as I already explained, the refund is coming soon. ';
  return opening + replyText(length - opening.length);
}
