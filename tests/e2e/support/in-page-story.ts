import type { Frame } from 'playwright-core';
import { expect, it } from 'vitest';
import { BLAMING_REPLY, editorFrame, type CoachingStory, type EditorSpot } from './coaching-story';
import type { HelpdeskBrowser } from './helpdesk-browser';
import { liesOn, underlinesIn, wordRects } from './in-page';

/**
 * Issue #14's story on one fixture editor, from the editor alone: the blaming reply's findings are
 * underlined exactly on their words (nothing added to the editor), a click on "Dear customer" opens
 * the card there, Apply puts the greeting in through the editor's own input path, and Ctrl+Z in the
 * editor restores the draft exactly.
 */
export function itCoachesInTheEditor(browser: () => HelpdeskBrowser, spot: EditorSpot & { library?: string }, story?: Pick<CoachingStory, 'greeting'>): void {
  it(`${spot.library ? `${spot.library}: ` : ''}underlines the findings on their words, and a fix from the card at the words is undone by Ctrl+Z`, async () => {
    const page = await browser().open(spot.url);
    await page.setViewportSize({ width: 1200, height: 900 });
    await spot.openComposer?.(page);
    const frame = await editorFrame(page, spot.frames ?? []);
    await frame.click(spot.editor);
    await page.keyboard.type(BLAMING_REPLY);
    const shown = () => frame.locator(spot.editor).evaluate((editable) => (editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText).replace(/\u00A0/g, ' ').replace(/\n+$/, ''));

    await expect.poll(() => underlinesIn(frame).then((underlines) => underlines.map((underline) => underline.words ?? underline.ruleId)), { timeout: 10_000 }).toContain(
      (await frame.locator(spot.editor).evaluate((editor) => editor.tagName)) === 'TEXTAREA' ? 'tone.blame' : 'as I already explained',
    );
    for (const underline of await underlinesIn(frame)) {
      if (underline.words === undefined) continue;
      // Each underline's rectangles are those of its words, as the test finds them in the editor's text.
      expect(liesOn(underline.rects, await wordRects(frame, spot.editor, underline.words)), `underline of "${underline.words}"`).toBe(true);
    }
    // Nothing of ours in the editor: no element was added while it was coached.
    expect(await frame.locator(spot.editor).evaluate((editor) => editor.querySelector('reply-coach-overlay, reply-coach-card') === null)).toBe(true);

    await expect.poll(() => underlinesIn(frame).then((underlines) => underlines.some((underline) => underline.words === 'Dear customer' || underline.ruleId === 'personalization.generic-greeting'))).toBe(true);
    const [word] = await wordRects(frame, spot.editor, 'customer');
    await frame.page().mouse.click(...(await pointInPage(frame, word!)));
    const card = frame.locator('reply-coach-card [data-finding][data-rule-id="personalization.generic-greeting"]');
    await card.waitFor();
    // The greeting the fix puts in: the story's, or the one the engine suggests for this page's customer.
    const greeting = story?.greeting ?? (await browser().tabState(page))!.analysis.findings.find((finding) => finding.ruleId === 'personalization.generic-greeting')!.suggestion!.replacement;
    await card.locator('[data-action="apply"]').click();
    await expect.poll(shown).toBe(BLAMING_REPLY.replace('Dear customer', greeting));

    await frame.locator(spot.editor).focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(shown).toBe(BLAMING_REPLY);
    await page.close();
  });
}

/** A point in the middle of `rect` (the frame's viewport) in the page's viewport, through the frames around it. */
async function pointInPage(frame: Frame, rect: { left: number; top: number; width: number; height: number }): Promise<[number, number]> {
  let x = rect.left + rect.width / 2;
  let y = rect.top + rect.height / 2;
  for (let current = frame; current.parentFrame(); current = current.parentFrame()!) {
    const element = await current.frameElement();
    const box = await element.evaluate((iframe: Element) => {
      const bounds = iframe.getBoundingClientRect();
      return { left: bounds.left + iframe.clientLeft, top: bounds.top + iframe.clientTop };
    });
    x += box.left;
    y += box.top;
  }
  return [x, y];
}
