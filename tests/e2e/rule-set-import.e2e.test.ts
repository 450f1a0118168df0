import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { BLAMING_REPLY } from './support/coaching-story';
import { HelpdeskBrowser } from './support/helpdesk-browser';

const env = inject('e2e');
const TICKET_URL = 'https://acme.zendesk.com/agent/tickets/4522';
const COMPOSER = '[data-side-conversations-anchor-id="4522"] .ck-editor__editable[data-test-id="omnicomposer-rich-text-ckeditor"]';
const IMPORT_INPUT = '[data-control="import-file"]';

/** A team lead's file with two mistakes: a rule kind that does not exist, and a look-behind RE2 cannot run. */
const BROKEN_RULES = `schemaVersion: 1
name: Acme support team
extends: default
rules:
  - id: acme.competitor
    kind: banned-words
    category: tone
    message: Avoid naming competitors.
    explanation: Naming another company reads as defensive.
    phrases: [MegaCorp]
  - id: acme.refund-promise
    kind: phrase
    category: tone
    message: Do not promise refunds by a given day.
    explanation: Only finance can promise a date.
    patterns: ['(?<=refund )by \\w+day']
`;

/** The bundled pack plus one team rule, whose examples pass, so Apply saves at once. */
const COMPETITOR_RULES = `schemaVersion: 1
name: Acme support team
version: 2.0.0
extends: default
rules:
  - id: acme.competitor
    kind: phrase
    category: tone
    message: 'Avoid naming competitors ("{match}"); talk about what we can do.'
    explanation: Comparing ourselves with another company reads as defensive.
    phrases: [MegaCorp]
    examples:
      flagged: [MegaCorp had the same delay last month.]
      accepted: [Your refund was sent today.]
`;

/** The bundled pack with its blame rule switched off. */
const NO_BLAME_RULES = `schemaVersion: 1
name: Acme support team
version: 2.1.0
extends: default
overrides:
  tone.blame: { enabled: false }
`;

/** Fine by the bundled pack's standards; only a team that minds naming competitors would flag it. */
const COMPETITOR_DRAFT = 'Hi Maria, I am sorry about the wait. MegaCorp had the same delay last month, but your refund of 89 EUR was sent today.';

describe.skipIf(!env.chromiumPath)('Importing a team rule set (options page)', () => {
  let browser: HelpdeskBrowser;
  let fileDir: string;

  beforeAll(async () => {
    browser = await HelpdeskBrowser.launch(env);
    fileDir = mkdtempSync(join(env.tmpDir, 'rule-files-'));
  });

  afterAll(async () => {
    await browser?.close();
    if (fileDir) rmSync(fileDir, { recursive: true, force: true });
  });

  // Each story starts from the bundled pack: forget whatever set the previous one applied.
  afterEach(async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }).chrome.storage.local.remove('ruleSet'));
    await options.close();
  });

  /** A rule file on disk, where the team lead saved it before picking it in the file dialog. */
  const ruleFile = (name: string, text: string): string => {
    const path = join(fileDir, name);
    writeFileSync(path, text);
    return path;
  };

  /** The agent opens the Zendesk ticket with the panel beside it and types a draft. */
  const agentTypes = async (draft: string) => {
    const page = await browser.open(TICKET_URL);
    const panel = await browser.openPanel(page);
    await page.click(COMPOSER);
    await page.keyboard.type(draft);
    return { page, panel };
  };

  const openOptions = async (): Promise<Page> => {
    const options = await browser.openExtensionPage('options.html');
    await options.locator('main[data-ready]').waitFor();
    return options;
  };

  /** Picks the file and waits for the preview to list `expectedChange`. */
  const previewImport = async (options: Page, path: string, expectedChange: string): Promise<void> => {
    await options.setInputFiles(IMPORT_INPUT, path);
    await options.locator(`[data-testid="import-preview"] ${expectedChange}`).waitFor();
  };

  /** Clicks Apply and waits for the page to say the set is saved (its examples pass: no "Save anyway"). */
  const applyImport = async (options: Page): Promise<void> => {
    await options.click('[data-action="apply-import"]');
    await expect.poll(() => options.locator('[data-testid="save-bar"]').innerText()).toContain('Saved Acme support team');
  };

  const importAndApply = async (options: Page, path: string, expectedChange: string): Promise<void> => {
    await previewImport(options, path, expectedChange);
    await applyImport(options);
  };

  /**
   * Stops the extension's service worker the way Chrome does after 30 s without events: its memory
   * goes, the tabs' states stay in storage.session. The next event (here, the saved set) starts it again.
   */
  const stopBackground = async (extensionPage: Page): Promise<void> => {
    const devtools = await extensionPage.context().newCDPSession(extensionPage);
    const stopped = new Promise<void>((done) =>
      devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.some((version) => version.runningStatus === 'stopped') && done()),
    );
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await devtools.detach();
  };

  it('lists each problem of an invalid file with its path and line, and leaves the active rules as they were', async () => {
    const options = await openOptions();
    // The team already runs its own set; a broken revision of it must not replace it.
    await importAndApply(options, ruleFile('acme-rules.yaml', COMPETITOR_RULES), '[data-diff="added"][data-rule-id="acme.competitor"]');
    const before = (await browser.storedLocally()).ruleSet;
    expect(before).toMatchObject({ name: 'Acme support team', version: '2.0.0' });

    await options.setInputFiles(IMPORT_INPUT, ruleFile('broken-rules.yaml', BROKEN_RULES));

    const errors = options.locator('[data-testid="import-errors"]');
    await errors.waitFor();
    const listed = await errors.locator('[data-error-path]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-error-path'), item.getAttribute('data-error-line')]));
    expect(listed).toEqual([
      ['rules[0].kind', '6'],
      ['rules[1].patterns[0]', '16'],
    ]);
    const shown = await errors.innerText();
    expect(shown).toContain('Line 6: rules[0].kind');
    expect(shown).toContain('Line 16: rules[1].patterns[0]');
    expect(shown).toContain('Your rules have not changed');
    // Nothing to apply, and nothing was written.
    expect(await options.locator('[data-action="apply-import"]').count()).toBe(0);
    expect((await browser.storedLocally()).ruleSet).toEqual(before);
    await options.close();
  });

  it('coaches the draft already in the editor with an imported team rule, without the agent typing again', async () => {
    const { page, panel } = await agentTypes(COMPETITOR_DRAFT);
    // The panel shows this very draft, coached by the bundled pack, which has nothing against MegaCorp.
    await expect.poll(() => panel.page.locator('[data-draft-length]').getAttribute('data-draft-length')).toBe(String(COMPETITOR_DRAFT.length));
    expect(await panel.ruleIds()).not.toContain('acme.competitor');

    const options = await openOptions();
    await importAndApply(options, ruleFile('acme-rules.yaml', COMPETITOR_RULES), '[data-diff="added"][data-rule-id="acme.competitor"]');

    await expect.poll(() => panel.ruleIds()).toContain('acme.competitor');
    // Its line: the words and the rule's name; its message, filled, one click away.
    const line = panel.page.locator('[data-finding][data-rule-id="acme.competitor"]');
    expect(await line.innerText()).toContain('MegaCorp');
    await line.locator('[data-action="details"]').click();
    expect(await line.innerText()).toContain('Avoid naming competitors ("MegaCorp")');
    // Same draft: the panel changed because the rules did.
    expect(await panel.page.locator('[data-draft-length]').getAttribute('data-draft-length')).toBe(String(COMPETITOR_DRAFT.length));
    await options.close();
    await panel.page.close();
    await page.close();
  });

  it('drops a finding from the open panel when an imported file switches its rule off', async () => {
    const { page, panel } = await agentTypes(BLAMING_REPLY);
    await expect.poll(() => panel.ruleIds()).toContain('tone.blame');

    const options = await openOptions();
    await importAndApply(options, ruleFile('no-blame-rules.yaml', NO_BLAME_RULES), '[data-diff="changed"][data-rule-id="tone.blame"]');

    await expect.poll(() => panel.ruleIds()).not.toContain('tone.blame');
    // Only that rule went: the rest of the coaching on the draft stays.
    expect(await panel.ruleIds()).toContain('personalization.generic-greeting');
    await options.close();
    await panel.page.close();
    await page.close();
  });

  it('reaches an open panel even after the browser stopped the idle background', async () => {
    const { page, panel } = await agentTypes(BLAMING_REPLY);
    await expect.poll(() => panel.ruleIds()).toContain('tone.blame');
    const options = await openOptions();
    await previewImport(options, ruleFile('no-blame-rules.yaml', NO_BLAME_RULES), '[data-diff="changed"][data-rule-id="tone.blame"]');

    // The team lead reads the preview for a while; meanwhile Chrome stops the idle background.
    await stopBackground(options);
    await applyImport(options);

    await expect.poll(() => panel.ruleIds()).not.toContain('tone.blame');
    expect(await panel.ruleIds()).toContain('personalization.generic-greeting');
    await options.close();
    await panel.page.close();
    await page.close();
  });
});
