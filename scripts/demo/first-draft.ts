import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const repo = join(import.meta.dirname, '../..');

/** The demo ticket's editor (demo/index.html). */
export const DEMO_EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';

/**
 * The README's poor first draft (examples/late-refund/draft.txt), typed as an agent would, so the
 * helpdesk's editor and Reply Coach see real input. Used by `npm start` and the e2e test of the demo.
 */
export async function typeFirstDraft(ticket: Page): Promise<void> {
  const draft = readFileSync(join(repo, 'examples/late-refund/draft.txt'), 'utf8').trim();
  await ticket.click(DEMO_EDITOR);
  // One Enter starts a new paragraph in the editor, so blank lines in the file are not typed twice.
  const lines = draft.split('\n').filter((line) => line.trim() !== '');
  for (const [index, line] of lines.entries()) {
    await ticket.keyboard.type(line);
    if (index < lines.length - 1) await ticket.keyboard.press('Enter');
  }
}
