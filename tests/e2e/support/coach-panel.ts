import type { Page } from 'playwright-core';

/**
 * The side panel as the agent sees it, opened as a page pinned to one helpdesk tab
 * (`sidepanel.html?tabId=<n>`, the panel's contract). Reads only what is on screen and the contract's
 * data attributes.
 */
export class CoachPanel {
  constructor(readonly page: Page) {}

  /** The categories of the findings shown, in order, one entry per finding. */
  categories(): Promise<string[]> {
    return this.page.locator('[data-finding]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-category') ?? ''));
  }

  /** What the customer asked, as "Before you send" lists it. */
  questions(): Promise<string[]> {
    return this.page.locator('[data-question]').allInnerTexts();
  }

  ruleIds(): Promise<string[]> {
    return this.page.locator('[data-finding]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-rule-id') ?? ''));
  }

  /** "Looks good" (clean), "Almost there" (minor), "Worth a second look" (needs-work), or null before any draft. */
  async verdict(): Promise<string | null> {
    const summary = this.page.locator('[data-verdict]');
    return (await summary.count()) ? summary.getAttribute('data-verdict') : null;
  }

  async connection(): Promise<{ status: string | null; helpdesk: string | null }> {
    const connection = this.page.locator('[data-testid="connection"]');
    return { status: await connection.getAttribute('data-status'), helpdesk: await connection.getAttribute('data-helpdesk') };
  }

  /** Clicks "Apply fix" on the finding of `ruleId`. */
  async applyFix(ruleId: string): Promise<void> {
    await this.page.locator(`[data-finding][data-rule-id="${ruleId}"] [data-action="apply"]`).first().click();
  }

  /** The notice after an action (beside its finding, or where it was): its tone ("done" or "problem") and text, or null. */
  async notice(): Promise<{ tone: string; text: string } | null> {
    const line = this.page.locator('[data-testid="notice"]');
    if ((await line.count()) === 0) return null;
    const tone = await line.first().getAttribute('data-tone');
    return tone ? { tone, text: await line.first().innerText() } : null;
  }

  text(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
