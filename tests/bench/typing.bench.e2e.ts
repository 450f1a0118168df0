// Typing speed in the browser: `npm run bench:typing`. The built extension in Chromium, a fixture
// helpdesk page: how long from the key that completes a flagged word to the first frame painted with
// its underline (content script → background engine → overlay), and how long reading a 5,000-word
// draft takes the content script. Benchmarks, not tests: these figures move with the machine's load,
// so `npm test` checks only what the agent sees (the underline comes while typing, every key is read).
import { loadavg, availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { HelpdeskBrowser } from '../e2e/support/helpdesk-browser';
import { backspace, COACHED_EDITORS, firstShown, insertFiveThousandWords, installUnderlineProbe, openCoachedEditor, percentile, readProbe, WATCHED_WORD, watchedUnderlines } from '../e2e/support/typing-latency';

const env = inject('e2e');
/** Issue #14: keystroke → underline visible, p95 within 50 ms. */
const TARGET_P95_MS = 50;
const SAMPLES = 24;
/** Issue #5: the content script reads a 5,000-word draft within 5 ms (median of five keystrokes). */
const TARGET_LONG_READ_MS = 5;

describe.skipIf(!env.chromiumPath)('keystroke → underline visible', () => {
  let browser: HelpdeskBrowser;
  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const spot of COACHED_EDITORS) {
    it(`${spot.name}: p95 ≤ ${TARGET_P95_MS} ms`, async () => {
      const page = await openCoachedEditor(browser, spot);
      const frame = page.mainFrame();
      await page.keyboard.type('Hi Maria, thanks for writing.');
      await page.waitForTimeout(300);
      await installUnderlineProbe(frame);
      const sentence = ` It works, ${WATCHED_WORD}.`;
      const latencies: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        // The word but its last letter at typing speed, a pause as agents make, then the key that completes it.
        await page.keyboard.type(sentence.slice(0, -2), { delay: 15 });
        await page.waitForTimeout(180);
        await frame.evaluate(() => (window as unknown as { probe: { pressed: number[] } }).probe.pressed.splice(0));
        await page.keyboard.press(sentence.at(-2)!);
        await page.waitForTimeout(150);
        await page.keyboard.type(sentence.at(-1)!);
        await expect.poll(() => watchedUnderlines(frame)).toBe(1);
        const probe = await readProbe(frame);
        const key = probe.pressed[0]!;
        latencies.push(firstShown(probe, key)! - key);
        // The engine reports one finding per rule and words, so the sentence goes before the next sample.
        await backspace(page, sentence.length);
        await expect.poll(() => watchedUnderlines(frame)).toBe(0);
      }
      await page.close();
      const sorted = latencies.sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      console.log(
        `${spot.name}: keystroke → underline visible over ${sorted.length} keystrokes: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms ` +
          `(target p95 ≤ ${TARGET_P95_MS} ms; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
      );
      expect(p95).toBeLessThanOrEqual(TARGET_P95_MS);
    });
  }

  it(`CKEditor 5 (Zendesk): reading a 5,000-word draft, median of five keystrokes ≤ ${TARGET_LONG_READ_MS} ms`, async () => {
    const page = await openCoachedEditor(browser, COACHED_EDITORS[0]);
    await insertFiveThousandWords(page);
    await expect.poll(() => browser.tabState(page).then((state) => state?.draft.split(/\s+/).length)).toBe(5000);
    // Measured by the content script itself around reading the draft and the ticket, one read per
    // keystroke; the median, since a single read can land on a garbage collection.
    const readTimes: number[] = [];
    for (const letter of 'abcde') {
      await page.keyboard.type(letter);
      await expect.poll(() => browser.tabState(page).then((state) => state?.draft.endsWith(letter))).toBe(true);
      readTimes.push((await browser.tabState(page))!.readMs);
    }
    await page.close();
    const median = readTimes.sort((a, b) => a - b)[2]!;
    console.log(`reading a 5,000-word draft (CKEditor 5): median ${median.toFixed(1)} ms of ${readTimes.map((ms) => ms.toFixed(1)).join(', ')} (target ≤ ${TARGET_LONG_READ_MS} ms)`);
    expect(median).toBeLessThanOrEqual(TARGET_LONG_READ_MS);
  });
});
