// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { RuleSet } from '../../../lib/rules/schema';
import { readLocalRuleSet, saveLocalRuleSet } from '../../../lib/settings/local-rule-set';
import { getMutedRules, muteRule } from '../../../lib/settings/muted-rules';
import { readRuleStats, recordRuleEvents } from '../../../lib/settings/rule-stats';
import { readUnderlineSettings, saveUnderlineSettings } from '../../../lib/settings/underline-settings';
import { browserWith } from '../site-access/site-access-browser';

// The team's saved set in most tests: the pack plus one rule of their own.
const team = RuleSet.parse({
  schemaVersion: 1,
  name: 'Acme support',
  version: '1.0.0',
  extends: 'default',
  rules: [
    {
      id: 'acme.competitor',
      kind: 'phrase',
      category: 'tone',
      message: 'Do not name "{match}".',
      explanation: 'Naming a competitor sends the customer shopping elsewhere.',
      phrases: ['Globex'],
      examples: { flagged: ['Globex sells that part.'], accepted: ['We sell that part.'] },
    },
  ],
});

// The page runs every example of the pack after edits and on each save: seconds on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000 });

const roots: HTMLElement[] = [];
const WAIT = { timeout: 8000 };

async function openOptions() {
  const download = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(<OptionsApp download={download} permissions={browserWith([]).api.permissions} />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-ready]')).not.toBeNull(), WAIT);
  return { root, download };
}

function type(element: Element | null, value: string) {
  const field = element as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function choose(element: Element | null, value: string) {
  const select = element as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function click(element: Element | null) {
  expect(element, 'element to click').not.toBeNull();
  (element as HTMLElement).click();
}

function importFile(root: HTMLElement, name: string, text: string) {
  const input = root.querySelector<HTMLInputElement>('[data-control="import-file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const rule = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-rule-id="${id}"]`);
/** The field (label, control, errors) whose label reads `label`, inside `scope`. */
function field(scope: Element | null, label: string): HTMLElement {
  const found = [...(scope?.querySelectorAll<HTMLElement>('.field') ?? [])].find((candidate) => candidate.querySelector('.field__label')?.textContent === label);
  expect(found, `field "${label}"`).toBeDefined();
  return found!;
}
const control = (scope: Element | null, label: string) => field(scope, label).querySelector('input, textarea, select');

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  // Unmounting stops the page's storage watchers.
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

describe('options page: rules by category', () => {
  it('lists every rule by category, and search narrows the list', async () => {
    await saveLocalRuleSet(team);
    const { root } = await openOptions();
    expect(root.querySelector('[data-category="tone"] [data-rule-id="tone.blame"]')).not.toBeNull();
    expect(root.querySelector('[data-category="tone"] [data-rule-id="acme.competitor"]')).not.toBeNull();
    type(root.querySelector('#rule-search'), 'globex');
    await vi.waitFor(() => expect([...root.querySelectorAll('[data-rule-id]')].map((element) => element.getAttribute('data-rule-id'))).toEqual(['acme.competitor']));
    expect(root.querySelector('[data-testid="rule-count"]')!.textContent).toMatch(/^1 of \d+ rules$/);
  });

  it('shows each rule’s examples passing, as the team lead edits', async () => {
    await saveLocalRuleSet(team);
    const { root } = await openOptions();
    await vi.waitFor(() => expect(rule(root, 'acme.competitor')!.querySelector('[data-examples]')!.textContent).toBe('2/2 examples pass'), WAIT);
    type(control(rule(root, 'acme.competitor'), 'Phrases'), 'Initech');
    await vi.waitFor(() => expect(rule(root, 'acme.competitor')!.querySelector('[data-examples]')!.textContent).toBe('1 of 2 examples fails'), WAIT);
    expect(rule(root, 'acme.competitor')!.querySelector('[data-example="flagged"][data-passed="false"]')!.textContent).toContain('Globex sells that part.');
  }, 20_000);

  it('shows a validation error at the field that has it, and blocks saving', async () => {
    const { root } = await openOptions();
    const unfortunately = rule(root, 'tone.repeated-unfortunately');
    type(control(unfortunately, 'Most times allowed'), '-1');
    // In plain words at the field, not the schema's ("Too small: expected number to be >=0").
    await vi.waitFor(() => expect(field(rule(root, 'tone.repeated-unfortunately'), 'Most times allowed').querySelector('[data-field-error]')!.textContent).toBe('Use a number of at least 0.'));
    const max = control(rule(root, 'tone.repeated-unfortunately'), 'Most times allowed')!;
    expect(max.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(max.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe('Use a number of at least 0.');
    expect(root.querySelector('[data-testid="save-bar"]')!.textContent).toContain('1 problem to fix before saving');
    expect(root.querySelector<HTMLButtonElement>('[data-action="save"]')!.disabled).toBe(true);

    type(control(rule(root, 'tone.repeated-unfortunately'), 'Phrases'), 'unfortunately\n{bogus} slot');
    await vi.waitFor(() => expect(field(rule(root, 'tone.repeated-unfortunately'), 'Phrases').querySelector('[data-field-error]')!.textContent).toContain('Line 2: '));
  });

  it('stores a pack rule switched off as an override, and a changed limit as a replacement', async () => {
    const { root } = await openOptions();
    click(rule(root, 'tone.blame')!.querySelector('[data-control="enabled"]'));
    type(control(rule(root, 'clarity.long-sentence'), 'Maximum'), '35');
    await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('[data-action="save"]')!.disabled).toBe(false));
    click(root.querySelector('[data-action="save"]'));
    await vi.waitFor(async () => expect((await readLocalRuleSet()).ruleSet).not.toBeNull());
    const saved = (await readLocalRuleSet()).ruleSet!;
    expect(saved.overrides).toEqual({ 'tone.blame': { enabled: false } });
    expect(saved.rules).toEqual([expect.objectContaining({ id: 'clarity.long-sentence', max: 35 })]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="save-bar"]')!.textContent).toContain('Saved My team 1.0.0'));
  });

  it('asks before saving a set whose examples fail, and saves only on "Save anyway"', async () => {
    const { root } = await openOptions();
    type(control(rule(root, 'clarity.vague-time'), 'Phrases'), 'shortly');
    await vi.waitFor(() => expect(root.querySelector<HTMLButtonElement>('[data-action="save"]')!.disabled).toBe(false));
    click(root.querySelector('[data-action="save"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="confirm-save"]')!.textContent).toMatch(/examples? fails?.*Save anyway\?/));
    expect((await readLocalRuleSet()).ruleSet).toBeNull();
    click(root.querySelector('[data-action="save-anyway"]'));
    await vi.waitFor(async () => expect((await readLocalRuleSet()).ruleSet?.rules).toEqual([expect.objectContaining({ id: 'clarity.vague-time', phrases: ['shortly'] })]));
  });
});

describe('options page: adding a rule', () => {
  it('shows the error at the field as the lead types, and adds a valid rule with its examples', async () => {
    const { root } = await openOptions();
    const form = root.querySelector('[data-testid="new-rule-form"]');
    type(control(form, 'Id in rule files'), 'Acme Rule');
    await vi.waitFor(() => expect(field(form, 'Id in rule files').querySelector('[data-field-error]')!.textContent).toContain('lower-case words'));
    type(control(form, 'Id in rule files'), 'tone.blame');
    await vi.waitFor(() => expect(field(form, 'Id in rule files').querySelector('[data-field-error]')!.textContent).toContain('already a rule of this set'));

    type(control(form, 'Id in rule files'), 'acme.no-kidding');
    type(control(form, 'Title shown to agents'), 'Sarcasm');
    type(control(form, 'Message shown to the agent'), 'Skip "{match}": it reads as sarcasm.');
    type(control(form, 'Why it matters'), 'A joke in writing often reads as mockery to an upset customer.');
    type(control(form, 'Phrases'), 'no kidding\nyou wish');
    type(control(form, 'Replies this rule should flag'), 'No kidding, the box was empty?');
    type(control(form, "Replies it should leave alone"), 'The box was empty; a new one ships today.');
    click(form!.querySelector('[data-action="add-rule"]'));
    await vi.waitFor(() => expect(rule(root, 'acme.no-kidding')).not.toBeNull());
    expect(root.querySelector('[data-testid="new-rule-form"]')!.textContent).toContain('Added “Sarcasm”. Save to use it.');
    await vi.waitFor(() => expect(rule(root, 'acme.no-kidding')!.querySelector('[data-examples]')!.textContent).toBe('2/2 examples pass'), WAIT);
    // Named by its title, its message filled from its first example, as an agent will read it.
    expect(rule(root, 'acme.no-kidding')!.querySelector('.rule__title')!.textContent).toBe('Sarcasm');
    await vi.waitFor(() => expect(rule(root, 'acme.no-kidding')!.querySelector('.rule__message')!.textContent).toBe('Skip "No kidding": it reads as sarcasm.'), WAIT);
  });

  it('builds a follow-up topic with its needs', async () => {
    const { root } = await openOptions();
    const form = root.querySelector('[data-testid="new-rule-form"]');
    choose(control(form, 'Kind of rule'), 'topic');
    await vi.waitFor(() => expect(control(form, 'Topic id')).not.toBeNull());
    type(control(form, 'Id in rule files'), 'acme.follow-up.warranty');
    type(control(form, 'Why it matters'), 'A customer claiming the warranty next wants to know how long it takes.');
    type(control(form, 'Topic id'), 'warranty');
    type(control(form, 'Topic name shown to agents'), 'Warranty claim');
    type(control(form, "The customer's message mentions"), 'warranty');
    type(control(form, 'Need id'), 'timeline');
    type(control(form, 'Checklist label'), 'How long the claim takes');
    type(control(form, 'Message when the reply does not cover it'), 'Say how long the warranty claim takes.');
    type(control(form, 'Covered when the reply says'), 'working days\nwithin {duration}');
    click(form!.querySelector('[data-action="add-rule"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-category="follow-up"] [data-rule-id="acme.follow-up.warranty"]')).not.toBeNull());
  });
});

describe('options page: import', () => {
  it('rejects an invalid file with each error’s path and line, and keeps the active set', async () => {
    await saveLocalRuleSet(team);
    const { root } = await openOptions();
    importFile(root, 'broken.yaml', 'schemaVersion: 1\nname: Broken\nrules:\n  - id: acme.x\n    kind: phrasal\n    category: tone\n    message: m\n    explanation: e\n');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="import-errors"]')).not.toBeNull());
    const error = root.querySelector('[data-testid="import-errors"] [data-error-path="rules[0].kind"]')!;
    expect(error.getAttribute('data-error-line')).toBe('5');
    expect(error.textContent).toMatch(/^Line 5: rules\[0\]\.kind: /);
    expect(root.querySelector('[data-testid="import-errors"]')!.textContent).toContain('Your rules have not changed');
    expect(root.querySelector('[data-testid="import-preview"]')).toBeNull();
    expect((await readLocalRuleSet()).ruleSet).toEqual(team);
    expect(rule(root, 'acme.competitor')).not.toBeNull();
  });

  it('shows what a valid file changes, applies it on "Apply", and the set is saved', async () => {
    await saveLocalRuleSet(team);
    const { root } = await openOptions();
    const file = JSON.stringify({
      schemaVersion: 1,
      name: 'Acme support',
      version: '2.0.0',
      extends: 'default',
      overrides: { 'tone.blame': { enabled: false } },
      rules: [{ id: 'acme.initech', kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['Initech'], examples: { flagged: ['Initech has it.'] } }],
    });
    importFile(root, 'acme-2.json', file);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="import-preview"]')).not.toBeNull());
    const preview = root.querySelector('[data-testid="import-preview"]')!;
    expect(preview.querySelector('[data-diff="added"][data-rule-id="acme.initech"]')).not.toBeNull();
    expect(preview.querySelector('[data-diff="removed"][data-rule-id="acme.competitor"]')).not.toBeNull();
    expect(preview.querySelector('[data-diff="changed"][data-rule-id="tone.blame"] [data-field="enabled"]')!.textContent).toBe('switched off');
    expect(preview.querySelector('[data-diff-set="version"]')!.textContent).toBe('version: "1.0.0" → "2.0.0"');
    // Nothing changes before "Apply".
    expect((await readLocalRuleSet()).ruleSet?.version).toBe('1.0.0');

    click(preview.querySelector('[data-action="apply-import"]'));
    await vi.waitFor(async () => expect((await readLocalRuleSet()).ruleSet?.version).toBe('2.0.0'));
    await vi.waitFor(() => expect(rule(root, 'acme.initech')).not.toBeNull());
    expect(rule(root, 'acme.competitor')).toBeNull();
    expect(root.querySelector('[data-testid="import-preview"]')).toBeNull();
  });

  it('leaves everything as it was on "Cancel"', async () => {
    const { root } = await openOptions();
    importFile(root, 'team.yaml', 'schemaVersion: 1\nname: Other\nrules: []\n');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="import-preview"]')).not.toBeNull());
    click(root.querySelector('[data-action="cancel-import"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="import-preview"]')).toBeNull());
    expect((await readLocalRuleSet()).ruleSet).toBeNull();
  });

  it('exports the edited set as YAML and JSON the loader reads back', async () => {
    await saveLocalRuleSet(team);
    const { root, download } = await openOptions();
    click(root.querySelector('[data-action="export-yaml"]'));
    click(root.querySelector('[data-action="export-json"]'));
    expect(download.mock.calls.map(([name, , mime]) => [name, mime])).toEqual([
      ['acme-support-1.0.0.yaml', 'application/yaml'],
      ['acme-support-1.0.0.json', 'application/json'],
    ]);
    expect(JSON.parse(download.mock.calls[1]![1] as string)).toEqual(team);
  });
});

describe('options page: the administrator’s policy', () => {
  it('shows a locked rule as locked and lets nothing about it change', async () => {
    await fakeBrowser.storage.managed.set({ lockedRules: ['tone.blame'] });
    const { root } = await openOptions();
    const blame = rule(root, 'tone.blame')!;
    expect(blame.getAttribute('data-locked')).toBe('true');
    expect(blame.querySelector('[data-badge="locked"]')!.textContent).toContain('Locked by your administrator');
    const controls = [...blame.querySelectorAll<HTMLInputElement>('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(3);
    expect(controls.every((element) => element.disabled)).toBe(true);
    expect(blame.querySelector('[data-action="reset-rule"], [data-action="remove-rule"]')).toBeNull();
    click(blame.querySelector('[data-control="enabled"]'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rule(root, 'tone.blame')!.querySelector<HTMLInputElement>('[data-control="enabled"]')!.checked).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('[data-action="save"]')!.disabled).toBe(true);
    // Other rules stay editable.
    expect(rule(root, 'tone.shouting')!.querySelector<HTMLInputElement>('[data-control="enabled"]')!.disabled).toBe(false);
  });

  it('makes the page read-only with lockAll and names the administrator’s set', async () => {
    await fakeBrowser.storage.managed.set({ ruleSet: JSON.stringify({ schemaVersion: 1, name: 'Acme policy', version: '3.1.0', extends: 'default' }), lockAll: true });
    const { root } = await openOptions();
    expect(root.querySelector('[data-testid="policy-notice"]')!.textContent).toContain('Acme policy');
    expect(root.querySelector('[data-policy="lock-all"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="save-bar"]')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('[data-control="import-file"]')!.disabled).toBe(true);
    expect(root.querySelector('[data-testid="new-rule-form"]')).toBeNull();
  });
});

describe('options page: try it', () => {
  it('analyzes a sample reply with the edited set and shows findings as the panel does', async () => {
    const { root } = await openOptions();
    type(root.querySelector('[name="try-reply"]'), 'As I already explained, the refund takes five days.');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="try-it-result"] [data-finding][data-rule-id="tone.blame"]')).not.toBeNull(), WAIT);
    // Switched off in the editor, before saving: gone from the sample's findings.
    click(rule(root, 'tone.blame')!.querySelector('[data-control="enabled"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="try-it-result"] [data-rule-id="tone.blame"]')).toBeNull(), WAIT);
  });

  it('applies a fix to the sample', async () => {
    const { root } = await openOptions();
    const reply = root.querySelector<HTMLTextAreaElement>('[name="try-reply"]')!;
    type(reply, 'Dear customer, your refund was sent today.');
    type(root.querySelector('[name="try-customer-name"]'), 'Dana Whitfield');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="try-it-result"] [data-rule-id="personalization.generic-greeting"] [data-action="apply"]')).not.toBeNull());
    click(root.querySelector('[data-testid="try-it-result"] [data-rule-id="personalization.generic-greeting"] [data-action="apply"]'));
    await vi.waitFor(() => expect(reply.value).toBe('Hi Dana, your refund was sent today.'));
  });
});

describe('options page: hidden rules and statistics', () => {
  it('lists the rules the agent hid and shows one again', async () => {
    await muteRule('tone.blame');
    const { root } = await openOptions();
    expect(root.querySelector('[data-muted-rule="tone.blame"]')!.textContent).toContain('Blaming the customer');
    expect(root.querySelector('[data-muted-rule="tone.blame"]')!.textContent).not.toContain('tone.blame');
    click(root.querySelector('[data-muted-rule="tone.blame"] [data-action="unmute"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-muted-rule]')).toBeNull());
    expect(await getMutedRules()).toEqual([]);
  });

  it('sorts the statistics by dismiss rate, noisiest first', async () => {
    await recordRuleEvents([
      { ruleId: 'tone.blame', event: 'fired', count: 10 },
      { ruleId: 'tone.blame', event: 'dismissed', count: 1 },
      { ruleId: 'clarity.vague-time', event: 'fired', count: 4 },
      { ruleId: 'clarity.vague-time', event: 'dismissed', count: 3 },
      { ruleId: 'tone.shouting', event: 'fired', count: 6 },
      { ruleId: 'tone.shouting', event: 'fixed', count: 6 },
    ]);
    const { root } = await openOptions();
    const rows = [...root.querySelectorAll('[data-testid="stats-table"] tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Vague time', '4', '0', '3', '75 %'],
      ['Blaming the customer', '10', '0', '1', '10 %'],
      ['Shouting in capitals', '6', '6', '0', '0 %'],
    ]);
  });

  it('exports the statistics as CSV and clears them after confirming', async () => {
    await recordRuleEvents([
      { ruleId: 'tone.blame', event: 'fired', count: 4 },
      { ruleId: 'tone.blame', event: 'dismissed', count: 1 },
    ]);
    const { root, download } = await openOptions();
    click(root.querySelector('[data-action="export-stats"]'));
    expect(download).toHaveBeenCalledWith('reply-coach-rule-statistics.csv', 'rule_id,fired,fixed,dismissed,dismiss_rate\r\ntone.blame,4,0,1,0.250\r\n', 'text/csv');

    click(root.querySelector('[data-action="clear-stats"]'));
    expect(await readRuleStats()).not.toEqual({});
    click(root.querySelector('[data-action="confirm-clear-stats"]'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="stats-empty"]')).not.toBeNull());
    expect(await readRuleStats()).toEqual({});
  });
});

describe('options page: sections and words for people', () => {
  it('has the four sections the navigation names, each opening with its heading, and the save bar at the end', async () => {
    const { root } = await openOptions();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Sections"] a')].map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Rules', '#rules'],
      ['Sites', '#sites'],
      ['Import and export', '#import-export'],
      ['Statistics', '#stats'],
    ]);
    for (const [title, href] of links) {
      const section = root.querySelector(href!)!;
      expect(section.firstElementChild!.tagName).toBe('H2');
      expect(section.firstElementChild!.textContent).toBe(title);
    }
    // Ids are unique: each link lands on its section.
    expect(root.querySelectorAll('#sites')).toHaveLength(1);
    expect(root.querySelector('main')!.lastElementChild!.getAttribute('data-testid')).toBe('save-bar');
  });

  it('names rules by their title and shows their messages filled, never a template or an id', async () => {
    const { root } = await openOptions();
    const blame = rule(root, 'tone.blame')!;
    expect(blame.querySelector('.rule__title')!.textContent).toBe('Blaming the customer');
    await vi.waitFor(() => expect(blame.querySelector('.rule__message')!.textContent).not.toMatch(/\{\w+\}/), WAIT);
    expect(blame.querySelector('.rule__head')!.textContent).not.toContain('tone.blame');
    expect(blame.textContent).toMatch(/From the guidance chapter “[A-Z][^0-9“”]*”/);
  });

  it('switches the underlines off everywhere and back on for a site turned off in the panel', async () => {
    await saveUnderlineSettings({ enabled: true, offSites: ['acme.zendesk.com'] });
    const { root } = await openOptions();
    expect(root.querySelector('#sites [data-underlines-off="acme.zendesk.com"]')).not.toBeNull();
    click(root.querySelector('[data-underlines-off="acme.zendesk.com"] [data-action="underlines-on"]'));
    await vi.waitFor(async () => expect(await readUnderlineSettings()).toEqual({ enabled: true, offSites: [] }));
    click(root.querySelector('[data-control="underlines-everywhere"]'));
    await vi.waitFor(async () => expect(await readUnderlineSettings()).toEqual({ enabled: false, offSites: [] }));
  });
});
