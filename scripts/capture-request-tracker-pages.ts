// Saves Request Tracker's real pages, as Chromium shows them, into tests/fixtures/request-tracker/:
// the adapter's unit tests (and any context strategy) read them. Starts RT with the end-to-end test's
// ticket, logs in as its agent and opens the ticket, the reply page, the reply to the customer's
// latest message (which quotes it) and the comment page; then the quoting reply again with RT's
// plain-text message box; and the "Jumbo" page (ModifyAll.html), where an agent edits the ticket and
// writes an update at once. Names given save only those pages (e.g. `jumbo`).
//   node --import tsx scripts/capture-request-tracker-pages.ts [name…]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_MISSING, findChromium } from './support/chromium';
import { logInToRequestTracker, startRequestTracker, type RequestTracker } from './support/request-tracker';

const HOST = 'rt.example.test';
/** The port the saved pages show (every run gets a free one). */
const SHOWN_PORT = 8080;
const OUT = resolve(import.meta.dirname, '../tests/fixtures/request-tracker');
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}

await withRequestTracker({ plainTextEditor: false }, async (rt, page) => {
  const [, , latest] = rt.messageTransactions;
  const id = rt.ticketId;
  await save(rt, page, 'display', `/Ticket/Display.html?id=${id}`, '.history-container .transaction');
  await save(rt, page, 'reply', `/Ticket/Update.html?Action=Respond;id=${id}`, '#previewscrips input[name="TxnSendMailTo"]');
  await save(rt, page, 'message-reply', `/Ticket/Update.html?id=${id}&QuoteTransaction=${latest}&Action=Respond`, '#previewscrips input[name="TxnSendMailTo"]');
  await save(rt, page, 'comment', `/Ticket/Update.html?Action=Comment;id=${id}`, '#previewscrips .titlebox-content:not(.refreshing) .card-body > *');
  await save(rt, page, 'jumbo', `/Ticket/ModifyAll.html?id=${id}`, '.ticket-info-people');
});
if (wanted('message-reply-plain-text')) await withRequestTracker({ plainTextEditor: true }, async (rt, page) => {
  const path = `/Ticket/Update.html?id=${rt.ticketId}&QuoteTransaction=${rt.messageTransactions[2]}&Action=Respond`;
  await save(rt, page, 'message-reply-plain-text', path, '#previewscrips input[name="TxnSendMailTo"]');
});

async function withRequestTracker(options: { plainTextEditor: boolean }, capture: (rt: RequestTracker, page: Page) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-rt-'));
  const rt = await startRequestTracker({ dir, host: HOST, ...options });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${rt.port}`] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx keeps function names with a `__name` helper that the page does not have.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await logInToRequestTracker(page, rt.origin);
    await capture(rt, page);
  } finally {
    await browser.close();
    await rt.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opens `path`, waits for what RT loads after the page (`ready`), and writes the trimmed DOM. */
async function save(rt: RequestTracker, page: Page, name: string, path: string, ready: string): Promise<void> {
  if (!wanted(name)) return;
  await page.goto(rt.origin + path);
  await page.waitForSelector(ready, { state: 'attached' });
  if (await page.$('#cke_UpdateContent iframe')) await page.frameLocator('#cke_UpdateContent iframe').locator('body.cke_editable').waitFor();
  const html = await page.evaluate(trimmedPage);
  writeFileSync(join(OUT, `${name}.html`), html.replaceAll(`${HOST}:${rt.port}`, `${HOST}:${SHOWN_PORT}`) + '\n');
  console.log(`${name}.html ${(html.length / 1024).toFixed(0)} KB`);
}

/**
 * The page as the browser has it, trimmed of what says nothing about the ticket: scripts, styles,
 * icons' drawings, RT's navigation menus and the editor's toolbar. The editor's own document (an
 * iframe without a source, filled by CKEditor) is kept as the iframe's `srcdoc`; a textarea's value
 * (what the agent sees in it) as its text. Runs in the page.
 */
function trimmedPage(): string {
  const strip = (root: Element) => {
    for (const element of root.querySelectorAll('script, style, link, meta, noscript, #app-nav, #main-navigation, .cke_top, .cke_bottom')) element.remove();
    for (const icon of root.querySelectorAll('svg')) icon.replaceChildren();
    for (const token of root.querySelectorAll('input[name="Token"]')) token.setAttribute('value', 'csrf-token');
  };
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  const editorDocument = document.querySelector<HTMLIFrameElement>('#cke_UpdateContent iframe')?.contentDocument;
  if (editorDocument) {
    const editorCopy = editorDocument.documentElement.cloneNode(true) as HTMLElement;
    strip(editorCopy);
    copy.querySelector('#cke_UpdateContent iframe')?.setAttribute('srcdoc', `<!DOCTYPE html>${editorCopy.outerHTML}`);
  }
  const textarea = document.querySelector<HTMLTextAreaElement>('textarea[name="UpdateContent"]');
  const textareaCopy = copy.querySelector('textarea[name="UpdateContent"]');
  if (textarea && textareaCopy) textareaCopy.textContent = textarea.value;
  strip(copy);
  return `<!DOCTYPE html>\n${copy.outerHTML}`;
}
