/**
 * `npm run measure:input-paths [-- <editor name part>,…]`: what each fixture editor does with each way
 * of replacing selected text (lib/editors/input-paths.ts), measured in Debian's Chromium on the
 * fixture pages, without the extension. For every editor × path: did an editor listener claim the
 * synthetic event (cancel it), did the text change exactly, does one Ctrl+Z restore the draft exactly,
 * and after select-all, delete and typing, do the page and the library's model hold the new text.
 * A record's `inputPaths` in lib/editors/ lists only paths measured "applied, undo exact" here.
 */
import { resolve } from 'node:path';
import { chromium, type Frame } from 'playwright-core';
import { findChromium } from '../../scripts/support/chromium';
import { makeCertificate } from '../../scripts/support/certificate';
import type { InputPath } from '../../lib/editors/input-paths';
import { editorFrame } from './support/coaching-story';
import { editorLines } from './support/editor-check';
import { FIXTURE_EDITORS } from './support/fixture-editors';
import { startFixtureServer } from './support/fixture-server';
import { FIXTURE_SITES } from './support/fixture-sites';

const PATHS: InputPath[] = ['exec-command', 'paste', 'before-input'];
const FIRST = 'Hello there!!! How are you';
const SECOND = 'Second line.';

const only = process.argv[2]?.toLowerCase().split(',');
const chromiumPath = findChromium();
if (!chromiumPath) throw new Error('Chromium was not found (apt-get install chromium, or set CHROME_PATH).');
const { key, cert } = makeCertificate();
const { server, port } = await startFixtureServer({ root: resolve(import.meta.dirname, '.tmp/fixtures'), key, cert });
const hostRules = Object.keys(FIXTURE_SITES).map((host) => `MAP ${host} 127.0.0.1:${port}`);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', `--host-resolver-rules=${hostRules.join(', ')}`, '--ignore-certificate-errors'] });
const context = await browser.newContext({ ignoreHTTPSErrors: true });
// tsx names the functions it compiles with a helper the page does not have; functions run in the page need it.
await context.addInitScript('globalThis.__name = (target) => target;');

const text = (frame: Frame, editor: string) => editorLines(frame, editor).then(({ page }) => page.join('\n'));

console.log('| editor | path | claimed | applied | Ctrl+Z exact | after select-all, delete, typing: page / model |');
console.log('|---|---|---|---|---|---|');
for (const spot of FIXTURE_EDITORS.filter((spot) => !only || only.some((part) => spot.library.toLowerCase().includes(part)))) {
  for (const path of PATHS) {
    const page = await context.newPage();
    const row = [spot.library, path];
    try {
      await page.goto(spot.url);
      await spot.openComposer?.(page);
      const frame = await editorFrame(page, spot.frames ?? []);
      await frame.click(spot.editor);
      await page.keyboard.type(FIRST);
      await page.keyboard.press('Enter');
      await page.keyboard.type(SECOND);
      // Past every library's undo grouping (Quill: 1 s), as the extension waits too.
      await page.waitForTimeout(1100);
      const original = await text(frame, spot.editor);
      const claimed = await frame.locator(spot.editor).evaluate(replaceExclamations, path);
      await page.waitForTimeout(500);
      const after = await text(frame, spot.editor);
      const applied = after === original.replace('!!!', '.');
      row.push(claimed, applied ? 'yes' : after === original ? 'no (unchanged)' : `no: ${JSON.stringify(after)}`);
      await frame.locator(spot.editor).focus();
      await page.keyboard.press('Control+Z');
      await page.waitForTimeout(400);
      const undone = await text(frame, spot.editor);
      row.push(!applied ? '–' : undone === original ? 'yes' : `no: ${JSON.stringify(undone)}`);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('New draft.');
      await page.waitForTimeout(400);
      const { page: shown, model } = await editorLines(frame, spot.editor);
      const exact = (lines: string[] | null) => (lines === null ? 'no model' : lines.join('\n') === 'New draft.' ? 'exact' : JSON.stringify(lines));
      row.push(`${exact(shown)} / ${exact(model)}`);
    } catch (error) {
      row.push(`error: ${String(error).split('\n')[0]}`);
    }
    console.log(`| ${row.join(' | ')} |`);
    await page.close();
  }
}
await browser.close();
server.close();

/**
 * In the page: selects "!!!" and replaces it with "." through `path`, as lib/editors/input-paths.ts
 * does (without the extension). Says whether a listener claimed the event (or the command ran).
 */
async function replaceExclamations(editable: Element, path: InputPath): Promise<string> {
  const doc = editable.ownerDocument;
  if (editable instanceof HTMLTextAreaElement) {
    const at = editable.value.indexOf('!!!');
    editable.setSelectionRange(at, at + 3);
  } else {
    const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    let node: Text | null = null;
    while (!node && walker.nextNode()) if ((walker.currentNode as Text).data.includes('!!!')) node = walker.currentNode as Text;
    if (!node) return 'no "!!!" in the editor';
    const at = node.data.indexOf('!!!');
    doc.getSelection()!.setBaseAndExtent(node, at, node, at + 3);
  }
  // Editors copy the selection into their model on selectionchange (Slate throttles it to 100 ms).
  await new Promise((done) => setTimeout(done, 150));
  if (path === 'exec-command') return doc.execCommand('insertText', false, '.') ? 'command ran' : 'command refused';
  const view = doc.defaultView!;
  const data = new view.DataTransfer();
  data.setData('text/plain', '.');
  const init = { bubbles: true, cancelable: true, composed: true };
  const event =
    path === 'paste'
      ? new view.ClipboardEvent('paste', { ...init, clipboardData: data })
      : new view.InputEvent('beforeinput', { ...init, inputType: 'insertReplacementText', data: '.', dataTransfer: data });
  return editable.dispatchEvent(event) ? 'no' : 'yes';
}
