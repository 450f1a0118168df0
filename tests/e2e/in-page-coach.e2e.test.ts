import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BLAMING_REPLY } from './support/coaching-story';
import { HelpdeskBrowser } from './support/helpdesk-browser';
import { liesOn, underlinesIn, wordRects } from './support/in-page';

const env = inject('e2e');

/** The two editors issue #14 measures on: CKEditor 5 (highlight API) and a textarea (lines drawn by the overlay). */
const EDITORS = [
  { name: 'CKEditor 5 (Zendesk)', url: 'https://acme.zendesk.com/agent/tickets/4522', editor: '[data-side-conversations-anchor-id="4522"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { name: 'a textarea (a page no adapter knows)', url: 'https://classic.zendesk.com/tickets/311', editor: 'textarea' },
] as const;

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

  for (const spot of EDITORS) {
    describe(spot.name, () => {
      const open = async (): Promise<Page> => {
        const page = await browser.open(spot.url);
        await page.setViewportSize({ width: 1100, height: 800 });
        await page.click(spot.editor);
        return page;
      };

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

      it('follows typing: keystroke → underline visible, measured (p95 ≤ 50 ms)', async () => {
        const page = await open();
        const frame = page.mainFrame();
        await page.keyboard.type('Hi Maria, thanks for writing.');
        await page.waitForTimeout(300);
        // Main world: when each key went down, and the first frame painted with "obviously" underlined
        // (a finding of the draft alone: these pages need not ask anything for it to hold).
        await frame.evaluate(() => {
          const probe = { pressed: [] as number[], seen: [] as { count: number; at: number }[] };
          (window as unknown as { probe: typeof probe }).probe = probe;
          addEventListener('keydown', () => probe.pressed.push(performance.now()), { capture: true });
          const count = (): number => {
            let found = 0;
            for (const [name, highlight] of CSS.highlights) {
              if (name.startsWith('reply-coach-') && name !== 'reply-coach-active') for (const range of highlight as unknown as Iterable<Range>) if (range.toString() === 'obviously') found++;
            }
            const overlay = document.querySelector('reply-coach-overlay')?.shadowRoot;
            return found + (overlay?.querySelectorAll('[data-rule-id="tone.condescension"]').length ?? 0);
          };
          const frameTick = (at: number): void => {
            const now = count();
            if (probe.seen.at(-1)?.count !== now) probe.seen.push({ count: now, at });
            requestAnimationFrame(frameTick);
          };
          requestAnimationFrame(frameTick);
        });
        const samples = 24;
        const sentence = ' It works, obviously.';
        const shownWord = () => frame.evaluate(() => (window as unknown as { probe: { seen: { count: number }[] } }).probe.seen.at(-1)?.count ?? 0);
        for (let i = 0; i < samples; i++) {
          // "obviousl" at typing speed, a pause as agents make, then the key that completes "obviously".
          await page.keyboard.type(sentence.slice(0, -2), { delay: 15 });
          await page.waitForTimeout(180);
          await frame.evaluate(() => (window as unknown as { probe: { pressed: number[] } }).probe.pressed.splice(0));
          await page.keyboard.press('y');
          await page.waitForTimeout(150);
          await page.keyboard.type('.', { delay: 0 });
          await expect.poll(shownWord).toBe(1);
          await frame.evaluate(() => {
            const probe = (window as unknown as { probe: { pressed: number[]; latencies?: number[]; seen: { count: number; at: number }[] } }).probe;
            const key = probe.pressed[0]!;
            // The first frame painted after the key went down with the new underline in it.
            const shown = probe.seen.find((change) => change.at >= key && change.count === 1)!.at;
            (probe.latencies ??= []).push(shown - key);
          });
          // The sentence goes again, and its underline with it: the engine reports one finding per rule
          // and words, so a second "obviously" in the draft would not be a new underline to wait for.
          for (let key = 0; key < sentence.length; key++) await page.keyboard.press('Backspace');
          await expect.poll(shownWord).toBe(0);
        }
        const latencies = await frame.evaluate(() => (window as unknown as { probe: { latencies: number[] } }).probe.latencies);
        const sorted = [...latencies].sort((a, b) => a - b);
        const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
        console.log(`keystroke → underline visible over ${sorted.length} keystrokes (${spot.name}): p50 ${percentile(50).toFixed(1)} ms, p95 ${percentile(95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);
        expect(percentile(95)).toBeLessThanOrEqual(50);
        await page.close();
      });

      // Once: the browser's side panel stays open for the rest of the run.
      it.skipIf(spot !== EDITORS[0])('the count at the editor’s corner opens the side panel', async () => {
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
