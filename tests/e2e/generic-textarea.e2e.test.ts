import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { itCoachesAReply, NO_CUSTOMER_STORY } from './support/coaching-story';
import { strategiesOf } from './support/describe-helpdesk';
import { flaggedReplyText, HelpdeskBrowser, TYPING_2000_MS } from './support/helpdesk-browser';
import { underlinesIn } from './support/in-page';
import { itCoachesInTheEditor } from './support/in-page-story';

const env = inject('e2e');
// A Zendesk host, but a page no adapter knows: the generic adapter must still read the draft.
const PAGE_URL = 'https://classic.zendesk.com/tickets/311';

describe.skipIf(!env.chromiumPath)('generic adapter (plain textarea)', () => {
  let browser: HelpdeskBrowser;

  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the textarea the agent types in as the draft, and the subject line as the subject', async () => {
    const page = await browser.open(PAGE_URL);
    await page.click('textarea');
    await page.keyboard.type('Hello,\nplease try again now.');
    await page.click('input[name="subject"]');
    await page.keyboard.type(' (urgent)');
    // Coming back to the reply reads the ticket around it again.
    await page.click('textarea');

    await expect.poll(() => browser.tabState(page)).toMatchObject({
      adapterId: 'generic',
      draft: 'Hello,\nplease try again now.',
      context: { subject: 'Cannot log in (urgent)', composer: 'reply' },
    });
    const state = await browser.tabState(page);
    // No customer on this page: nothing is made up.
    expect(state?.context).toEqual({ subject: 'Cannot log in (urgent)', composer: 'reply' });
    // Its placeholder says it is a reply ("Write a reply to the customer…").
    expect(strategiesOf(state?.sources)).toEqual({ subject: 'subject-field', composer: 'composer-words' });
    await page.close();
  });

  itCoachesAReply(() => browser, { url: PAGE_URL, editor: 'textarea' }, NO_CUSTOMER_STORY);

  itCoachesInTheEditor(() => browser, { url: PAGE_URL, editor: 'textarea' }, NO_CUSTOMER_STORY);

  it('leaves exactly the typed text after 2,000 characters with underlines on', async () => {
    const page = await browser.open(PAGE_URL);
    const text = flaggedReplyText(2000);
    await page.click('textarea');
    await page.keyboard.type(text);

    expect(await page.inputValue('textarea')).toBe(text);
    await expect.poll(() => browser.tabState(page).then((state) => state?.draft)).toBe(text);
    // Underlined while it was typed, and not a character lost; the underlines follow the textarea's scroll.
    await page.locator('textarea').evaluate((textarea) => (textarea.scrollTop = 0));
    await expect.poll(() => underlinesIn(page.mainFrame()).then((underlines) => underlines.length)).toBeGreaterThan(0);
    await page.close();
  }, TYPING_2000_MS);
});
