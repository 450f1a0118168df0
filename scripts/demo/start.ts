// `npm start`: builds the extension, serves the bundled demo ticket (demo/) under a Zendesk host name,
// and opens Chromium with Reply Coach loaded, an upset customer's ticket, a first draft typed in, and
// the coaching panel open beside it.
//   npm start                                   a window you can use (needs a display)
//   npm start -- --headless --screenshot demo.png   no display: writes a picture of page and panel
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { makeCertificate } from '../support/certificate';
import { CHROMIUM_MISSING, chromiumArgs, findChromium } from '../support/chromium';
import { startStaticHttpsServer } from '../support/static-https-server';
import { typeFirstDraft } from './first-draft';

const repo = resolve(import.meta.dirname, '../..');
const DEMO_HOST = 'reply-coach-demo.zendesk.com';
const TICKET_URL = `https://${DEMO_HOST}/agent/tickets/48213`;
const PANEL_WIDTH = 400;

const USAGE = 'Usage: npm start [-- --headless] [-- --screenshot <file.png>]   (npm start --screenshot demo.png works too)';
const values = startOptions(process.argv.slice(2), process.env);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
const headless = values.headless || !process.env.DISPLAY;
if (!values.headless && !process.env.DISPLAY) console.log('No display found: running headless (npm start -- --screenshot demo.png writes a picture of the result).');

console.log('Building the extension and the demo ticket…');
run('npx', ['wxt', 'build']);
run('npx', ['vite', 'build', '--config', 'demo/vite.config.ts']);

const { key, cert } = makeCertificate();
const { server, port } = await startStaticHttpsServer({
  key,
  cert,
  sites: (host) => (host === DEMO_HOST ? { root: join(repo, '.output/demo'), page: 'index.html' } : undefined),
});
const profile = mkdtempSync(join(tmpdir(), 'reply-coach-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless,
  viewport: headless ? { width: 1000, height: 860 } : null,
  // Playwright turns extensions off by default.
  ignoreDefaultArgs: ['--disable-extensions'],
  args: chromiumArgs({ extensionPath: join(repo, '.output/chrome-mv3'), hostRules: [`MAP ${DEMO_HOST} 127.0.0.1:${port}`] }),
});

try {
  const extensionId = new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
  const ticket = context.pages()[0] ?? (await context.newPage());
  await ticket.goto(TICKET_URL);
  await ticket.waitForSelector('body[data-editor-ready="true"]');
  await typeFirstDraft(ticket);
  const tabId = await tabIdOf(context, extensionId, ticket);
  const panel = await openPanel(context, extensionId, tabId, headless);
  await panel.waitForSelector('[data-finding]');
  console.log(`\nReply Coach is coaching the demo ticket (${TICKET_URL}).`);
  if (values.screenshot) {
    await writeScreenshot(context, ticket, panel, values.screenshot);
    console.log(`Screenshot of page and panel: ${values.screenshot}`);
  }
  if (!headless) {
    console.log('Edit the reply and watch the panel; apply a fix, undo it with Ctrl+Z. Close the browser to stop.');
    await new Promise((done) => context.on('close', done));
  }
} finally {
  await context.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

/**
 * The options, however npm passed them. `npm start -- --screenshot demo.png` hands them to the script;
 * `npm start --screenshot demo.png` (without `--`) makes npm keep `--screenshot` for itself (as
 * npm_config_screenshot=true) and pass `demo.png` alone: that is read as the screenshot's file. Anything
 * else gets the usage line, not a stack trace.
 */
function startOptions(argv: string[], env: NodeJS.ProcessEnv): { headless: boolean; screenshot?: string; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { headless: { type: 'boolean', default: false }, screenshot: { type: 'string' }, help: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const { values: options, positionals } = parsed;
  const npmScreenshot = env.npm_config_screenshot;
  const screenshot = options.screenshot ?? (npmScreenshot && npmScreenshot !== 'true' ? npmScreenshot : npmScreenshot === 'true' ? positionals.find((arg) => arg.endsWith('.png')) : undefined);
  const unknown = positionals.filter((arg) => arg !== screenshot);
  if (unknown.length > 0) {
    console.error(`Unexpected argument${unknown.length > 1 ? 's' : ''}: ${unknown.join(' ')}\n${USAGE}`);
    process.exit(2);
  }
  return { headless: options.headless || env.npm_config_headless === 'true', help: options.help, ...(screenshot ? { screenshot } : {}) };
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The browser's tab id of the ticket page, asked from an extension page as the panel does. */
async function tabIdOf(context: BrowserContext, extensionId: string, ticket: Page): Promise<number> {
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await ticket.bringToFront();
  // Without the "tabs" permission an extension page cannot see other tabs' addresses: find the ticket as
  // the active tab, the way the panel follows the tab the agent is looking at.
  const tabId = await helper.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
    const [active] = await chrome.tabs.query({ active: true, currentWindow: true });
    return active?.id;
  });
  await helper.close();
  if (tabId === undefined) throw new Error('The demo ticket tab was not found');
  return tabId;
}

/**
 * The panel pinned to the ticket's tab (`sidepanel.html?tabId=n`): a pop-out window beside the ticket
 * in a desktop session (a browser only opens its own side panel on a click), a page when headless.
 */
async function openPanel(context: BrowserContext, extensionId: string, tabId: number, isHeadless: boolean): Promise<Page> {
  const url = `chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`;
  if (isHeadless) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width: PANEL_WIDTH, height: 860 });
    await panel.goto(url);
    return panel;
  }
  const opened = context.waitForEvent('page', (page) => page.url().startsWith(url));
  const worker = context.serviceWorkers()[0]!;
  await worker.evaluate(
    ({ panelUrl, width }) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create({ url: panelUrl, type: 'popup', width, height: 860, left: 1020, top: 0 }),
    { panelUrl: url, width: PANEL_WIDTH },
  );
  return opened;
}

/** One picture with the ticket on the left and the panel on the right. */
async function writeScreenshot(context: BrowserContext, ticket: Page, panel: Page, file: string): Promise<void> {
  const ticketPng = (await ticket.screenshot()).toString('base64');
  const panelPng = (await panel.screenshot({ fullPage: false })).toString('base64');
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: 1000 + PANEL_WIDTH + 1, height: 860 });
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#ccc;gap:1px"><img src="data:image/png;base64,${ticketPng}"><img src="data:image/png;base64,${panelPng}"></body>`,
  );
  writeFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), await canvas.screenshot());
  await canvas.close();
}
