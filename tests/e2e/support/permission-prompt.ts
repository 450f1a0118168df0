import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { VirtualDisplay } from './virtual-display';

/**
 * Asks (`ask` clicks the button) and answers "Allow" in the browser's prompt: Tab moves from "Deny" to
 * "Allow", Return presses it. The prompt is browser UI that neither the page nor X reports, and keys
 * pressed while it is still opening reach the page or "Deny". So wait, press, and when the answer came
 * out as "declined", ask again waiting longer, as an agent would click again.
 */
export async function allowInPrompt(display: VirtualDisplay, asker: Page, ask: () => Promise<void>, answer: () => Promise<'waiting' | 'allowed' | 'declined'>): Promise<void> {
  for (let attempt = 1; attempt <= 4; attempt++) {
    await ask();
    await expect.poll(answer).toBe('waiting');
    for (let press = 1; press <= 3 && (await answer()) === 'waiting'; press++) {
      await asker.waitForTimeout(1000 * attempt);
      // Nothing focused in the page: keys that come too early only move focus and follow its first link.
      await asker.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      display.pressKeys('Tab', 'Return');
      await asker.waitForTimeout(500);
    }
    if ((await answer()) === 'allowed') return;
  }
  throw new Error("The browser's prompt was not accepted");
}

/** Enables a site from Settings › Sites (the options page `settings`) by the address typed. */
export function enableInSettings(display: VirtualDisplay, settings: Page, address: string): Promise<void> {
  return allowInPrompt(
    display,
    settings,
    async () => {
      await settings.fill('input[name="site-address"]', address);
      await settings.click('[data-action="enable-site-address"]');
    },
    async () => {
      const message = (await settings.textContent('[data-testid="site-message"]')) ?? '';
      return message.startsWith('Confirm in your browser') ? 'waiting' : message.includes('is on for') ? 'allowed' : 'declined';
    },
  );
}
