import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTEXT_REFRESH_MS } from '../../lib/helpdesks/editor-tracker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { editorFrame } from './support/coaching-story';
import { editorLines, inputPathUsed, showTicket, typeParagraphs, watchInputPaths, type Ticket } from './support/editor-check';
import { FIXTURE_EDITORS as EDITORS } from './support/fixture-editors';
import { HelpdeskBrowser, replyText } from './support/helpdesk-browser';

const env = inject('e2e');
const examples = resolve(import.meta.dirname, '../../examples/late-refund');
/** The README's ticket and its good reply: a reply with nothing to coach, in four paragraphs and a sign-off. */
const LATE_REFUND: Ticket = {
  customerName: 'Dana Whitfield',
  customerMessage: readFileSync(resolve(examples, 'ticket.txt'), 'utf8').trim(),
  subject: 'Refund for order #48213 STILL not here',
};
const GOOD_REPLY_LINES = readFileSync(resolve(examples, 'better-draft.txt'), 'utf8').split('\n').filter((line) => line.trim());
const BLAMING_LINES = ['Dear customer, as I already explained, you need to read the instructions.', 'We cannot do anything about it.'];

describe.skipIf(!env.chromiumPath)('every fixture editor stays consistent, and the README reply is clean in each', () => {
  let browser: HelpdeskBrowser;
  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(EDITORS)(
    '$library: a fix and Ctrl+Z leave the draft exact; a new draft typed after select-all and delete is exact in the page and the model; the README reply gets no finding',
    async (spot) => {
      const page = await browser.open(spot.url);
      await spot.openComposer?.(page);
      const frame = await editorFrame(page, spot.frames ?? []);
      const panel = await browser.openPanel(page);
      await frame.click(spot.editor);
      const enters = spot.enters ?? 1;
      const paragraphs = <T extends string | undefined>(draft: T): T => (spot.blankLinesVary && draft ? (draft.split(/\n{2,}/).join('\n\n') as T) : draft);
      const lines = () => editorLines(frame, spot.editor);

      // The page shows the README's ticket wherever it showed its own (or nothing, where none is read).
      await expect.poll(() => browser.tabState(page)).not.toBeNull();
      const context = await showTicket(page, (await browser.tabState(page))!.context, LATE_REFUND);

      // A reading of the ticket is reused while the agent types, and read again once it has aged
      // (CONTEXT_REFRESH_MS): the changed ticket arrives by then.
      await typeParagraphs(page, BLAMING_LINES, enters);
      await expect.poll(() => browser.tabState(page).then((state) => state && { ...state, draft: paragraphs(state.draft) }), { message: 'the draft is read exactly, a blank line between paragraphs', timeout: CONTEXT_REFRESH_MS * 2 }).toMatchObject({ draft: BLAMING_LINES.join('\n\n'), context });
      await expect.poll(() => panel.ruleIds()).toContain('personalization.generic-greeting');

      await watchInputPaths(frame);
      await panel.applyFix('personalization.generic-greeting');
      const greeting = context.customerName ? `Hi ${context.customerName.split(' ')[0]}` : 'Hi there';
      const fixed = [BLAMING_LINES[0]!.replace('Dear customer', greeting), BLAMING_LINES[1]!];
      await expect.poll(() => lines().then(({ page }) => page), { message: 'the fix is applied' }).toEqual(fixed);
      const path = await inputPathUsed(frame);
      console.log(`${spot.library}: the fix went in through ${path}`);
      expect(path).toBe(spot.path);
      await expect.poll(() => lines().then(({ model }) => model ?? fixed), { message: 'the model has the fix' }).toEqual(fixed);

      await frame.locator(spot.editor).focus();
      await page.keyboard.press('Control+Z');
      await expect.poll(lines, { message: 'Ctrl+Z restores the draft exactly, in the page and the model' }).toEqual({ page: BLAMING_LINES, model: expect.toBeOneOf([BLAMING_LINES, null]) });

      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expect.poll(lines, { message: 'select-all and delete empty the page and the model' }).toEqual({ page: [], model: expect.toBeOneOf([[], null]) });
      await typeParagraphs(page, GOOD_REPLY_LINES, enters);
      await expect.poll(lines, { message: 'the new draft is exactly what was typed, in the page and the model' }).toEqual({ page: GOOD_REPLY_LINES, model: expect.toBeOneOf([GOOD_REPLY_LINES, null]) });
      await expect.poll(() => browser.tabState(page).then((state) => paragraphs(state?.draft)), { message: 'the new draft is read exactly' }).toBe(GOOD_REPLY_LINES.join('\n\n'));

      await expect.poll(() => panel.verdict(), { timeout: 10_000 }).toBe('clean');
      expect(await panel.ruleIds()).toEqual([]);
      await panel.page.close();
      await page.close();
    },
  );

  it('has a model reader for every fixture editor whose library keeps a model', async () => {
    // A fixture that forgot to expose its model would make the checks above compare the page with itself.
    for (const spot of EDITORS.filter((spot) => !/textarea|plain contenteditable|iframe body/.test(spot.library))) {
      const page = await browser.open(spot.url);
      await spot.openComposer?.(page);
      const frame = await editorFrame(page, spot.frames ?? []);
      await frame.click(spot.editor);
      await expect.poll(() => editorLines(frame, spot.editor).then(({ model }) => model), { message: spot.library }).not.toBeNull();
      await page.close();
    }
  });

  it.each(EDITORS.filter((spot) => /unrecognised|TipTap/.test(spot.library)))('$library: 2,000 typed characters stay exact, and are read exactly', async (spot) => {
    const page = await browser.open(spot.url);
    const frame = await editorFrame(page, spot.frames ?? []);
    await frame.click(spot.editor);
    const text = replyText(2000);
    await page.keyboard.type(text);
    await expect.poll(() => editorLines(frame, spot.editor)).toEqual({ page: [text], model: [text] });
    await expect.poll(() => browser.tabState(page).then((state) => state?.draft)).toBe(text);
    await page.close();
  });
});
