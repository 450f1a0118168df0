import type { Frame, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Category } from '../../../lib/engine/types';
import type { HelpdeskBrowser } from './helpdesk-browser';

/** Blaming ("as I already explained"), impersonal ("Dear customer") and unhelpful: every category has something to say. */
export const BLAMING_REPLY = 'Dear customer, as I already explained, you need to read the instructions. We cannot do anything about it.';

/** Where the agent writes on one fixture page. */
export interface EditorSpot {
  url: string;
  /** The editable the agent clicks into; inside `frames` (outermost first) when it lives in iframes. */
  editor: string;
  frames?: string[];
  openComposer?(page: Page): Promise<void>;
}

export interface CoachingStory {
  /** The greeting the fix for "Dear customer" puts in, e.g. "Hi Maria". */
  greeting: string;
  /** A reply to this customer that leaves nothing to coach. */
  goodReply: string;
  /**
   * What the blaming reply's findings are about: tone, empathy and personalization where the page
   * shows a customer upset with us. Follow-up is the panel's checklist as the pack ships, not findings.
   */
  categories?: Category[];
  /** The page shows what the customer asked: "Before you send" lists it (false on a page without a customer). */
  asked?: boolean;
}

const UPSET_CUSTOMER_CATEGORIES: Category[] = ['tone', 'empathy', 'personalization'];

/**
 * No empathy finding: a customer who reports a problem or presses for news without being upset with us,
 * or one only mildly annoyed (one sign of upset), whom the pack as shipped does not coach for
 * (empathy.acknowledge-annoyance is off: docs/evaluation.md).
 */
export const CALM_CUSTOMER_CATEGORIES: Category[] = ['tone', 'personalization'];

/**
 * The story on a page that shows no customer (a bare ticket form): no name, mood or questions to
 * read, so the blaming reply is coached on tone and personalization only.
 */
export const NO_CUSTOMER_STORY: CoachingStory = {
  greeting: 'Hi there',
  goodReply: 'Hi there,\n\nThanks for your patience. I have updated your shipping address, so the next order goes to the new one. Let me know if anything else comes up.',
  categories: ['tone', 'personalization'],
  asked: false,
};

/**
 * The story of issue #5 on one editor: the agent types a blaming, impersonal reply to an upset
 * customer and sees it coached; applies a fix, which changes the editor's text; undoes it with Ctrl+Z
 * in the editor; then writes a good reply and the panel has nothing left to say.
 */
export function itCoachesAReply(browser: () => HelpdeskBrowser, spot: EditorSpot, story: CoachingStory): void {
  it('coaches a blaming reply live, applies a fix that Ctrl+Z undoes, and has nothing to say about a good reply', async () => {
    const page = await browser().open(spot.url);
    await spot.openComposer?.(page);
    const frame = await editorFrame(page, spot.frames ?? []);
    const panel = await browser().openPanel(page);
    await frame.click(spot.editor);
    const shown = () => editorText(frame, spot.editor);

    await page.keyboard.type(BLAMING_REPLY);
    await expect.poll(() => panel.categories().then((categories) => [...new Set(categories)].sort())).toEqual([...(story.categories ?? UPSET_CUSTOMER_CATEGORIES)].sort());
    expect(await panel.verdict()).toBe('needs-work');
    if (story.asked !== false) expect(await panel.questions(), "Before you send lists the customer's question").not.toEqual([]);

    await panel.applyFix('personalization.generic-greeting');
    const fixed = BLAMING_REPLY.replace('Dear customer', story.greeting);
    await expect.poll(shown).toBe(fixed);
    await expect.poll(() => panel.notice()).toMatchObject({ tone: 'done' });
    // The panel follows the fixed draft: the greeting is no longer generic.
    await expect.poll(() => panel.ruleIds()).not.toContain('personalization.generic-greeting');

    await frame.locator(spot.editor).focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(shown).toBe(BLAMING_REPLY);

    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(story.goodReply);
    await expect.poll(() => panel.verdict(), { timeout: 10_000 }).toBe('clean');
    expect(await panel.categories()).toEqual([]);
    // Privacy: while the agent typed, saw findings and applied a fix, nothing left the browser.
    expect(browser().requestsBeyondFixtures()).toEqual([]);
    await panel.page.close();
    await page.close();
  });
}

/** The frame holding the editor, through nested iframes. */
export async function editorFrame(page: Page, frames: string[]): Promise<Frame> {
  let frame = page.mainFrame();
  for (const selector of frames) {
    const element = await frame.waitForSelector(selector);
    const child = await element.contentFrame();
    if (!child) throw new Error(`${selector} has no frame`);
    frame = child;
  }
  return frame;
}

/** The editor's text as the agent sees it: a space for a no-break space, without the trailing empty line. */
function editorText(frame: Frame, editor: string): Promise<string> {
  return frame.locator(editor).evaluate((editable) =>
    (editable instanceof HTMLTextAreaElement ? editable.value : (editable as HTMLElement).innerText).replace(/\u00A0/g, ' ').replace(/\n+$/, ''),
  );
}
