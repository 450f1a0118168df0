import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BLAMING_REPLY } from './support/coaching-story';
import { HelpdeskBrowser } from './support/helpdesk-browser';
import { liesOn, underlinesIn, wordRects } from './support/in-page';
import { backspace, COACHED_EDITORS, firstShown, installUnderlineProbe, openCoachedEditor, readProbe, WATCHED_WORD, watchedUnderlines } from './support/typing-latency';

const env = inject('e2e');

const editorText = (frame: Frame, selector: string) =>
  frame.locator(selector).evaluate((editable) => (editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText).replace(/\u00A0/g, ' ').replace(/\n+$/, ''));

/** The words of an underline: the highlight's range, or (drawn lines) the rule's words looked up by the test. */
const underlinedRules = async (frame: Frame): Promise<string[]> => (await underlinesIn(frame)).map((underline) => underline.words ?? underline.ruleId ?? '');

describe.skipIf(!env.chromiumPath)('coaching in the editor: underlines, the card, the count', () => {
  let browser: HelpdeskBrowser;
  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const spot of COACHED_EDITORS) {
    describe(spot.name, () => {
      const open = (): Promise<Page> => openCoachedEditor(browser, spot);

      it("underlines each finding on its words, nothing in the editor's DOM, and the toolbar counts the open findings", async () => {
        const page = await open();
        const frame = page.mainFrame();
        await page.keyboard.type(BLAMING_REPLY);
        await expect.poll(() => underlinesIn(frame).then((shown) => shown.length), { timeout: 10_000 }).toBeGreaterThan(0);

        const shown = await underlinesIn(frame);
        if (spot.editor === 'textarea') {
          // Drawn lines: "as I already explained" is on the draft's only line, where the canvas measures it.
          const blame = shown.filter((underline) => underline.ruleId === 'tone.blame');
          expect(blame.length).toBe(1);
          expect(liesOn(blame[0]!.rects, await wordRects(frame, spot.editor, 'as I already explained'), 3)).toBe(true);
        } else {
          expect(shown.map((underline) => underline.words)).toContain('as I already explained');
          for (const underline of shown) expect(liesOn(underline.rects, await wordRects(frame, spot.editor, underline.words!))).toBe(true);
        }
        // Nothing of ours inside the editor; our hosts hang off the document's root element.
        expect(await frame.locator(spot.editor).evaluate((editor) => editor.querySelector('reply-coach-overlay, reply-coach-card') === null)).toBe(true);
        expect(await frame.evaluate(() => [...document.querySelectorAll('reply-coach-overlay')].every((host) => host.parentElement === document.documentElement))).toBe(true);

        const state = await browser.tabState(page);
        const openCount = state!.analysis.findings.length;
        await expect.poll(() => browser.badgeText(page)).toBe(String(openCount));
        // The count at the editor's corner says the same.
        expect(await frame.locator('reply-coach-overlay .count').getAttribute('data-count')).toBe(String(openCount));
        await page.close();
      });

      it('opens a card at the words: Apply fixes through the editor, Ctrl+Z restores the draft exactly', async () => {
        const page = await open();
        const frame = page.mainFrame();
        await page.keyboard.type(BLAMING_REPLY);
        await expect.poll(() => underlinedRules(frame), { timeout: 10_000 }).toContain(spot.editor === 'textarea' ? 'personalization.generic-greeting' : 'Dear customer');

        // A click on the underlined greeting opens its card beside it.
        const [greeting] = await wordRects(frame, spot.editor, 'customer');
        await page.mouse.click(greeting!.left + greeting!.width / 2, greeting!.top + greeting!.height / 2);
        const card = frame.locator('reply-coach-card [data-finding][data-rule-id="personalization.generic-greeting"]');
        await card.waitFor();
        // Beside the words: under their line, or above it when the viewport has no room below.
        const cardBox = (await frame.locator('reply-coach-card .card').boundingBox())!;
        expect(cardBox.y >= greeting!.top + greeting!.height - 1 || cardBox.y + cardBox.height <= greeting!.top + 1).toBe(true);
        expect(Math.abs(cardBox.x - greeting!.left)).toBeLessThan(400);
        expect(await card.locator('[data-change]').innerText()).toContain('Hi Maria'.slice(0, 2));

        await card.locator('[data-action="apply"]').click();
        await expect.poll(() => editorText(frame, spot.editor)).not.toContain('Dear customer');
        const fixed = await editorText(frame, spot.editor);
        expect(fixed).toBe(BLAMING_REPLY.replace('Dear customer', fixed.slice(0, fixed.indexOf(','))));
        await expect.poll(() => frame.locator('reply-coach-card').count()).toBe(0);
        // The underline of the fixed words goes at once.
        await expect.poll(() => underlinedRules(frame)).not.toContain(spot.editor === 'textarea' ? 'personalization.generic-greeting' : 'Dear customer');

        await frame.locator(spot.editor).focus();
        await page.keyboard.press('Control+Z');
        await expect.poll(() => editorText(frame, spot.editor)).toBe(BLAMING_REPLY);

        // From the editor alone: the caret in the greeting, Alt+Shift+Enter applies a fix there; Ctrl+Z undoes it.
        await expect.poll(() => underlinedRules(frame)).toContain(spot.editor === 'textarea' ? 'personalization.generic-greeting' : 'Dear customer');
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('Alt+Shift+Enter');
        await expect.poll(() => editorText(frame, spot.editor)).not.toBe(BLAMING_REPLY);
        await page.keyboard.press('Control+Z');
        await expect.poll(() => editorText(frame, spot.editor)).toBe(BLAMING_REPLY);
        await page.close();
      });

      it('Dismiss in the card removes the underline and lowers the count; Esc returns to the editor', async () => {
        const page = await open();
        const frame = page.mainFrame();
        await page.keyboard.type(BLAMING_REPLY);
        await expect.poll(() => underlinesIn(frame).then((shown) => shown.length), { timeout: 10_000 }).toBeGreaterThan(0);
        await expect.poll(() => browser.badgeText(page)).not.toBe('');
        const before = Number(await browser.badgeText(page));

        // From the editor, the shortcut goes to the next finding after the caret (wrapping to the first).
        await page.keyboard.press('Alt+Shift+N');
        const card = frame.locator('reply-coach-card [data-finding]').first();
        await card.waitFor();
        // The keyboard put focus in the card; Esc brings it back to the editor, caret where it was.
        await page.keyboard.press('Escape');
        await expect.poll(() => frame.locator('reply-coach-card').count()).toBe(0);
        await page.keyboard.type('!');
        await expect.poll(() => editorText(frame, spot.editor)).toBe(`${BLAMING_REPLY}!`);

        await page.keyboard.press('Alt+Shift+N');
        const ruleId = await frame.locator('reply-coach-card [data-finding]').first().getAttribute('data-rule-id');
        await frame.locator('reply-coach-card [data-finding]').first().locator('[data-action="dismiss"]').click();
        await expect.poll(() => browser.badgeText(page)).toBe(String(before - 1));
        const state = await browser.tabState(page);
        expect(state!.dismissed.length).toBe(1);
        expect(state!.dismissed[0]!.startsWith(`${ruleId}\u0000`)).toBe(true);
        expect(await editorText(frame, spot.editor)).toBe(`${BLAMING_REPLY}!`);
        await page.close();
      });

      it('follows typing: the underline comes while the agent is still typing, and goes with the word', async () => {
        const page = await open();
        const frame = page.mainFrame();
        const opening = 'Hi Maria, thanks for writing.';
        await page.keyboard.type(opening);
        await page.waitForTimeout(300);
        await installUnderlineProbe(frame);
        // "obviously", then the sentence typed on without a pause, faster than agents type: the coach
        // must not wait for the typing to stop. (How fast it shows is a benchmark: npm run bench:typing.)
        const upToWord = ` It works, ${WATCHED_WORD}`;
        const sentence = `${upToWord}, and I checked the order history twice more for you this morning.`;
        await page.keyboard.type(sentence, { delay: 30 });
        await expect.poll(() => watchedUnderlines(frame)).toBe(1);
        const probe = await readProbe(frame);
        expect(probe.pressed.length).toBe(sentence.length);
        const wordCompleted = probe.pressed[upToWord.length - 1]!;
        const shown = firstShown(probe, wordCompleted);
        expect(shown).toBeDefined();
        expect(shown!).toBeLessThan(probe.pressed.at(-1)!);

        // The sentence goes again, key by key, and its underline with it; not a character more is lost.
        await backspace(page, sentence.length);
        await expect.poll(() => watchedUnderlines(frame)).toBe(0);
        expect(await editorText(frame, spot.editor)).toBe(opening);
        await page.close();
      });

      // Once: the browser's side panel stays open for the rest of the run.
      it.skipIf(spot !== COACHED_EDITORS[0])('the count at the editor’s corner opens the side panel', async () => {
        const page = await open();
        await page.keyboard.type(BLAMING_REPLY);
        const count = page.mainFrame().locator('reply-coach-overlay .count');
        await expect.poll(() => count.getAttribute('data-count'), { timeout: 10_000 }).not.toBe('0');
        expect(await browser.sidePanelIsOpen()).toBe(false);
        await count.click();
        await expect.poll(() => browser.sidePanelIsOpen()).toBe(true);
        // The caret stayed in the editor: typing goes on where it was.
        await page.keyboard.type('!');
        await expect.poll(() => editorText(page.mainFrame(), spot.editor)).toBe(`${BLAMING_REPLY}!`);
        await page.close();
      });

      it('switches off for this site and everywhere, and comes back', async () => {
        const page = await open();
        const frame = page.mainFrame();
        await page.keyboard.type(BLAMING_REPLY);
        await expect.poll(() => underlinesIn(frame).then((shown) => shown.length), { timeout: 10_000 }).toBeGreaterThan(0);
        const host = new URL(spot.url).hostname;
        const setUnderlines = (value: unknown) => browser.setStored({ underlines: value });

        await setUnderlines({ enabled: true, offSites: [host] });
        await expect.poll(() => underlinesIn(frame)).toEqual([]);
        expect(await frame.locator('reply-coach-overlay .count').count()).toBe(0);
        await setUnderlines({ enabled: true, offSites: [] });
        await expect.poll(() => underlinesIn(frame).then((shown) => shown.length)).toBeGreaterThan(0);
        await setUnderlines({ enabled: false, offSites: [] });
        await expect.poll(() => underlinesIn(frame)).toEqual([]);
        // The toolbar still counts: only the page's own marks are off.
        expect(await browser.badgeText(page)).not.toBe('');
        await setUnderlines({ enabled: true, offSites: [] });
        await page.close();
      });
    });
  }
});
