import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CALM_CUSTOMER_CATEGORIES } from './support/coaching-story';
import { describeHelpdesk } from './support/describe-helpdesk';
import { HelpdeskBrowser } from './support/helpdesk-browser';

const CASE_URL = 'https://acme.lightning.force.com/lightning/r/Case/500Hs00001XyZ/view';
const EMAIL_FRAMES = ['#email-composer', 'iframe.cke_wysiwyg_frame'];

describeHelpdesk({
  title: 'Salesforce (CKEditor 4 in nested iframes, Quill for Chatter)',
  url: CASE_URL,
  adapterId: 'salesforce',
  frames: EMAIL_FRAMES,
  editor: 'body.cke_editable',
  switchToNote: (page) => page.click('[data-publisher="post"]'),
  noteEditor: { editor: 'lightning-input-rich-text .ql-editor' },
  context: {
    customerName: 'Ahmed Karimi',
    customerMessage: 'It is the LX-200. Please hurry, this is so frustrating. When will it work again?',
    subject: 'Printer offline after update',
  },
  strategies: { customerName: 'adapter', customerMessage: 'adapter', subject: 'adapter', composer: 'adapter' },
  coaching: {
    greeting: 'Hi Ahmed',
    // Annoyed on one sign only: the pack as shipped has no empathy finding for it.
    categories: CALM_CUSTOMER_CATEGORIES,
    goodReply:
      "Hi Ahmed,\n\nI'm sorry your LX-200 has been offline since the update. A fixed update is out today: restart the printer and it will install within 10 minutes, and then it will work again. If it is still offline after that, reply here and I'll call you.",
  },
});

const env = inject('e2e');

describe.skipIf(!env.chromiumPath)('Salesforce e-mail composer rewritten by document.write', () => {
  let browser: HelpdeskBrowser;
  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps reading after CKEditor rewrites its iframe (template inserted)', async () => {
    const page = await browser.open(CASE_URL);
    const composer = page.frameLocator('#email-composer');
    await composer.locator('iframe.cke_wysiwyg_frame').contentFrame().locator('body').click();
    await page.keyboard.type('First try');
    await expect.poll(() => browser.tabState(page).then((state) => state?.draft)).toBe('First try');

    await composer.locator('#insert-template').click();
    const body = composer.locator('iframe.cke_wysiwyg_frame').contentFrame().locator('body');
    await expect.poll(() => body.innerText()).toBe('Hello Ahmed,');
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' thanks for waiting.');

    await expect.poll(() => browser.tabState(page)).toMatchObject({ adapterId: 'salesforce', draft: 'Hello Ahmed, thanks for waiting.', context: { composer: 'reply' } });
    await page.close();
  });
});
