// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AuditSavedReplies } from '../../../components/options/AuditSavedReplies';
import { TeamStats } from '../../../components/options/TeamStats';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { NO_POLICY } from '../../../lib/rules/managed';
import { record } from '../../../lib/self-assessment/history';
import { muteRule } from '../../../lib/settings/muted-rules';
import { recordRuleEvents } from '../../../lib/settings/rule-stats';
import { TeamStatsFile } from '../../../lib/team-stats/schema';
import { auditTestRuleSet } from '../audit/audit-test-rules';

// happy-dom's URL does not resolve file URLs, so the path is joined by hand.
const example = (path: string) => readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../examples', path), 'utf8');
const WAIT = { timeout: 8000 };
const roots: HTMLElement[] = [];

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  render(node, root);
  return root;
}

function pick(root: HTMLElement, control: string, files: { name: string; text: string }[]) {
  const input = root.querySelector<HTMLInputElement>(`[data-control="${control}"]`)!;
  Object.defineProperty(input, 'files', { value: files.map(({ name, text }) => new File([text], name)), configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const root of roots.splice(0)) render(null, root);
  document.body.innerHTML = '';
});

describe('options page: audit saved replies', () => {
  it('a dropped Zendesk export is audited in the page, shown as the report file, and downloaded as it is shown', async () => {
    const download = vi.fn();
    // The rule set the page is given judges: the audit tests' fixed rules, whose figures do not move with the pack.
    const root = mount(<AuditSavedReplies ruleSet={auditTestRuleSet()} download={download} />);
    pick(root, 'audit-file', [{ name: 'zendesk-macros.json', text: example('exports/zendesk-macros.json') }]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="audit-summary"]')?.textContent).toBe('8 Zendesk macros audited (2 skipped): 4 need work. 13 findings (7 warnings, 6 info)'), WAIT);
    const shown = root.querySelector('iframe[data-report-frame="audit"]')!;
    expect(shown.getAttribute('sandbox')).toBe('allow-same-origin');
    const html = shown.getAttribute('srcdoc')!;
    expect(html).toContain('<h3>Refunds::Still waiting (3rd contact)</h3>');
    (root.querySelector('[data-action="download-audit-html"]') as HTMLElement).click();
    expect(download).toHaveBeenCalledWith('reply-coach-audit-zendesk-macros.html', html, 'text/html');
    (root.querySelector('[data-action="download-audit-csv"]') as HTMLElement).click();
    expect(download.mock.calls[1]![1]).toMatch(/^entry,id,name,composer,rule_id/);
  }, 30_000); // Judges every sample macro with the whole pack: real work, slow on a busy machine.

  it('an export it cannot read is listed problem by problem, with the entry, and no report is shown', async () => {
    const root = mount(<AuditSavedReplies ruleSet={defaultRuleSet()} download={vi.fn()} />);
    const broken = JSON.stringify({ macros: [{ title: 'A', actions: [{ field: 'comment_value', value: 7 }] }] }, null, 2);
    pick(root, 'audit-file', [{ name: 'macros.json', text: broken }]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="audit-errors"]')).not.toBeNull(), WAIT);
    expect(root.querySelector('[data-testid="audit-errors"]')!.textContent).toBe(
      'macros.json could not be read as Zendesk macros: it has a problem.Line 8: macros[0].actions[0].value: expected a string (or ["channel:all", text]), not a number',
    );
    expect(root.querySelector('iframe')).toBeNull();
  });
});

describe('options page: team figures', () => {
  it("an agent exports their counts: rule ids, counts and weeks only, in the file's schema", async () => {
    await recordRuleEvents([
      { ruleId: 'tone.blame', event: 'fired', count: 3 },
      { ruleId: 'tone.blame', event: 'fixed' },
      { ruleId: 'clarity.reading-grade', event: 'dismissed', count: 2 },
    ]);
    await muteRule('clarity.reading-grade');
    await record({ day: '2025-03-04', helpdesk: 'zendesk', findings: { tone: 1, empathy: 0, clarity: 0, personalization: 0, 'follow-up': 0 }, ruleIds: ['tone.blame'], nameKnown: true, nameUsed: true, customerUpset: false, acknowledged: false, readingGrade: 6, words: 40 });
    const download = vi.fn();
    const root = mount(<TeamStats policy={NO_POLICY} download={download} />);
    (root.querySelector('[data-action="export-team-stats"]') as HTMLElement).click();
    await vi.waitFor(() => expect(download).toHaveBeenCalled(), WAIT);
    const [fileName, text, type] = download.mock.calls[0]!;
    expect(fileName).toMatch(/^reply-coach-team-stats-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json');
    const file = TeamStatsFile.parse(JSON.parse(text));
    expect(file.rules).toEqual([
      { ruleId: 'clarity.reading-grade', fired: 0, fixed: 0, dismissed: 2, muted: true },
      { ruleId: 'tone.blame', fired: 3, fixed: 1, dismissed: 0, muted: false },
    ]);
    expect(file.weeks).toEqual([{ week: '2025-W10', replies: 1, withFindings: expect.objectContaining({ tone: 1 }), findings: expect.objectContaining({ tone: 1 }) }]);
  });

  it('managed policy can switch the export off', () => {
    const root = mount(<TeamStats policy={{ ...NO_POLICY, teamStatsExport: false }} download={vi.fn()} />);
    expect(root.querySelector('[data-action="export-team-stats"]')).toBeNull();
    expect(root.querySelector('[data-testid="team-stats-export-off"]')!.textContent).toBe('Your administrator has switched this export off.');
  });

  it('a lead drops several files: they are merged, a file with text in it is left out, a repeated one counted once', async () => {
    const root = mount(<TeamStats policy={NO_POLICY} download={vi.fn()} />);
    const chatty = example('team-stats/agent-3.json').replace('"exportedOn"', '"note": "Dana Whitfield was rude",\n  "exportedOn"');
    pick(root, 'team-stats-files', [
      { name: 'agent-1.json', text: example('team-stats/agent-1.json') },
      { name: 'agent-2.json', text: example('team-stats/agent-2.json') },
      { name: 'agent-1 (copy).json', text: example('team-stats/agent-1.json') },
      { name: 'agent-3.json', text: chatty },
    ]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="team-stats-summary"]')?.textContent).toBe('2 files merged.'), WAIT);
    const errors = root.querySelector('[data-testid="team-stats-errors"]')!.textContent!;
    expect(errors).toContain('agent-3.json was left out: it is not a team figures file Reply Coach can read, or it holds something besides counts, rule ids and dates.');
    expect(errors).toContain('Unrecognized key: "note"');
    expect(errors).toContain('agent-1 (copy).json is the same file as one already added: counted once.');
    const html = root.querySelector('iframe[data-report-frame="team-stats"]')!.getAttribute('srcdoc')!;
    expect(html).toContain('Rules the team dismisses most');
    expect(html).not.toContain('Dana');
  });
});
