import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Frame } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { IN_PAGE_COACH_CHUNK } from '../../lib/overlay/in-page-coach-chunk';
import { BLAMING_REPLY, editorFrame } from './support/coaching-story';
import { FIXTURE_EDITORS } from './support/fixture-editors';
import { HelpdeskBrowser } from './support/helpdesk-browser';
import { underlinesIn } from './support/in-page';

const env = inject('e2e');
const CONTENT_SCRIPT = 'content-scripts/helpdesk.js';
const built = (path: string) => readFileSync(resolve(env.extensionPath, path));
const gzippedKb = (path: string) => gzipSync(built(path)).length / 1024;

// Runs on the `wxt build` output the global setup produced (skipped with the other e2e tests when it did not build).
describe.skipIf(!env.chromiumPath)('budgets', () => {
  it('ships a content script of at most 30 KB gzipped (it loads in every helpdesk page and frame)', () => {
    const size = gzippedKb(CONTENT_SCRIPT);
    console.log(`content script: ${size.toFixed(1)} KB gzipped; in-page coach chunk: ${gzippedKb(IN_PAGE_COACH_CHUNK).toFixed(1)} KB gzipped`);
    expect(size).toBeLessThanOrEqual(30);
  });

  it('ships the in-page coach (underlines, card, count, shortcuts) as a chunk of at most 12 KB gzipped, outside the content script', () => {
    // Measured at 11.2 KB when it was split off (it carries its own copy of the editors' input paths).
    expect(gzippedKb(IN_PAGE_COACH_CHUNK)).toBeLessThanOrEqual(12);
    // The card's element name: only the chunk draws cards.
    expect(built(CONTENT_SCRIPT).toString('utf8')).not.toContain('reply-coach-card');
    expect(built(IN_PAGE_COACH_CHUNK).toString('utf8')).toContain('reply-coach-card');
  });

  it('keeps the engine and zod out of the content script and the chunk', () => {
    for (const path of [CONTENT_SCRIPT, IN_PAGE_COACH_CHUNK]) {
      // Words only the engine's default rules and zod's error messages contain.
      expect(built(path).toString('utf8'), path).not.toMatch(/tone\.blame|Invalid input: expected/);
    }
  });

  it('loads the chunk only in the frame whose editor the agent writes in (Salesforce: two frames around the CKEditor 4 iframe)', async () => {
    const spot = FIXTURE_EDITORS.find((editor) => editor.library.includes('Salesforce'))!;
    const browser = await HelpdeskBrowser.launch(env);
    try {
      const page = await browser.open('about:blank');
      const loadedIn = new Set<Frame>();
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === `/${IN_PAGE_COACH_CHUNK}`) loadedIn.add(request.frame());
      });
      await page.goto(spot.url);
      const frame = await editorFrame(page, spot.frames ?? []);
      // The page, the composer's frame and CKEditor's src-less frame: each runs the content script.
      expect(page.frames().length).toBe(3);
      await frame.click(spot.editor);
      await page.keyboard.type(BLAMING_REPLY);
      await expect.poll(() => underlinesIn(frame).then((shown) => shown.length), { timeout: 10_000 }).toBeGreaterThan(0);
      expect([...loadedIn]).toEqual([frame]);
      await page.close();
    } finally {
      await browser.close();
    }
  });
});
