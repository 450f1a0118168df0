import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CALM_CUSTOMER_CATEGORIES, itCoachesAReply } from './support/coaching-story';
import { strategiesOf } from './support/describe-helpdesk';
import { flaggedReplyText, HelpdeskBrowser, TYPING_2000_MS } from './support/helpdesk-browser';
import { underlinesIn } from './support/in-page';
import { itCoachesInTheEditor } from './support/in-page-story';

const env = inject('e2e');
// A Freshdesk host, but an agent view no adapter knows, with a Draft.js composer.
const PAGE_URL = 'https://legacy.freshdesk.com/tickets/7781';
const EDITOR = '.public-DraftEditor-content';

describe.skipIf(!env.chromiumPath)('generic adapter (Draft.js composer)', () => {
  let browser: HelpdeskBrowser;

  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the Draft.js draft without its placeholder, and not the search box', async () => {
    const page = await browser.open(PAGE_URL);
    await page.click(EDITOR);
    // Empty, Draft.js shows "Write your reply…" beside the editable: not a draft.
    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'generic', draft: '' });
    await page.keyboard.type('Hi Priya,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('I am sorry the lamp arrived broken.');
    await page.click('input[name="search"]');
    await page.keyboard.type('lamp');

    await expect.poll(() => browser.tabState(page)).toMatchObject({
      adapterId: 'generic',
      draft: 'Hi Priya,\n\nI am sorry the lamp arrived broken.',
      context: { composer: 'reply' },
    });
    // No adapter knows the page: the generic strategies read the ticket around the composer.
    const state = await browser.tabState(page);
    expect(state?.context).toEqual({
      customerName: 'Priya Natarajan',
      customerMessage: 'The box was crushed and the lamp inside is broken. What can you do?',
      subject: 'Parcel arrived damaged',
      composer: 'reply',
    });
    expect(strategiesOf(state?.sources)).toEqual({ customerName: 'message-author', customerMessage: 'thread', subject: 'page-heading', composer: 'composer-words' });
    await page.close();
  });

  // Fixes go through a synthetic paste (Draft.js's only sound input path); Ctrl+Z is Draft.js's own undo.
  itCoachesAReply(() => browser, { url: PAGE_URL, editor: EDITOR }, {
    greeting: 'Hi Priya',
    // A calm report of a broken lamp: no empathy finding (docs/evaluation.md).
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Priya,\n\nI'm sorry the lamp arrived broken and the box was crushed. Here is what I can do: I will send you a new lamp today, and it will reach you within 3 business days. You can keep the broken one. Let me know if anything else comes up.",
  });

  itCoachesInTheEditor(() => browser, { url: PAGE_URL, editor: EDITOR }, { greeting: 'Hi Priya' });

  it('leaves exactly the typed text after 2,000 characters with underlines on', async () => {
    const page = await browser.open(PAGE_URL);
    const text = flaggedReplyText(2000);
    await page.click(EDITOR);
    await page.keyboard.type(text);

    expect(await page.innerText(EDITOR)).toBe(text);
    await expect.poll(() => browser.tabState(page).then((state) => state?.draft)).toBe(text);
    // Underlined while it was typed, and not a character lost.
    expect((await underlinesIn(page.mainFrame())).length).toBeGreaterThan(0);
    await page.close();
  }, TYPING_2000_MS);
});
