import type { Frame, Page } from 'playwright-core';
import type { HelpdeskBrowser } from './helpdesk-browser';

/** The two editors the typing budget is measured on: CKEditor 5 (highlight API) and a textarea (lines drawn by the overlay). */
export const COACHED_EDITORS = [
  { name: 'CKEditor 5 (Zendesk)', url: 'https://acme.zendesk.com/agent/tickets/4522', editor: '[data-side-conversations-anchor-id="4522"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]' },
  { name: 'a textarea (a page no adapter knows)', url: 'https://classic.zendesk.com/tickets/311', editor: 'textarea' },
] as const;

/** One of the editors above, opened at a laptop's size with the caret in it. */
export async function openCoachedEditor(browser: HelpdeskBrowser, spot: (typeof COACHED_EDITORS)[number]): Promise<Page> {
  const page = await browser.open(spot.url);
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.click(spot.editor);
  return page;
}

/** Puts a 5,000-word draft in the focused editor, 50 paragraphs with Enter between them. */
export async function insertFiveThousandWords(page: Page): Promise<void> {
  const paragraph = Array.from({ length: 100 }, (_, i) => `word${i % 10}`).join(' ');
  for (let i = 0; i < 50; i++) {
    await page.keyboard.insertText(paragraph);
    if (i < 49) await page.keyboard.press('Enter');
  }
}

/** The words whose underline is watched: "obviously" is a finding of the draft alone (tone.condescension). */
export const WATCHED_WORD = 'obviously';
const WATCHED_RULE = 'tone.condescension';

interface Probe {
  pressed: number[];
  seen: { count: number; at: number }[];
}

/**
 * Main world: stamps each key going down and every animation frame in which the number of underlines
 * on the watched word changes, so a test can tell when the underline first showed against the keys.
 */
export async function installUnderlineProbe(frame: Frame): Promise<void> {
  await frame.evaluate(
    ({ word, rule }) => {
      const probe: Probe = { pressed: [], seen: [] };
      (window as unknown as { probe: Probe }).probe = probe;
      addEventListener('keydown', () => probe.pressed.push(performance.now()), { capture: true });
      const count = (): number => {
        let found = 0;
        for (const [name, highlight] of CSS.highlights) {
          if (name.startsWith('reply-coach-') && name !== 'reply-coach-active') for (const range of highlight as unknown as Iterable<Range>) if (range.toString() === word) found++;
        }
        const overlay = document.querySelector('reply-coach-overlay')?.shadowRoot;
        return found + (overlay?.querySelectorAll(`[data-rule-id="${rule}"]`).length ?? 0);
      };
      const frameTick = (at: number): void => {
        const now = count();
        if (probe.seen.at(-1)?.count !== now) probe.seen.push({ count: now, at });
        requestAnimationFrame(frameTick);
      };
      requestAnimationFrame(frameTick);
    },
    { word: WATCHED_WORD, rule: WATCHED_RULE },
  );
}

export const readProbe = (frame: Frame): Promise<Probe> => frame.evaluate(() => (window as unknown as { probe: Probe }).probe);

/** How many underlines the watched word has in the last frame painted. */
export const watchedUnderlines = (frame: Frame): Promise<number> => frame.evaluate(() => (window as unknown as { probe: Probe }).probe.seen.at(-1)?.count ?? 0);

/** The first frame, at or after `since`, painted with the watched word underlined; undefined if none yet. */
export const firstShown = (probe: Probe, since: number): number | undefined => probe.seen.find((change) => change.at >= since && change.count > 0)?.at;

/** Deletes `characters` characters before the caret, one key at a time. */
export async function backspace(page: Page, characters: number): Promise<void> {
  for (let key = 0; key < characters; key++) await page.keyboard.press('Backspace');
}

/** The p-th percentile of sorted values (nearest rank). */
export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
