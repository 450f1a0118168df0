// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SelfAssessmentPage } from '../../../components/self-assessment/SelfAssessmentPage';
import { readHistory, record } from '../../../lib/self-assessment/history';
import { dozenOutcomes } from '../self-assessment/dozen-replies';
import { outcomeOn } from '../self-assessment/outcomes';

async function recordDozen() {
  for (const outcome of dozenOutcomes()) await record(outcome);
}

async function open() {
  const download = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  render(<SelfAssessmentPage download={download} now={() => new Date(2025, 1, 1, 12)} />, root);
  await vi.waitFor(() => expect(root.querySelector('main:not([aria-busy])')).not.toBeNull());
  return { root, download };
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent ?? '';
const click = (root: Element, selector: string) => root.querySelector<HTMLElement>(selector)!.click();

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('self-assessment page', () => {
  it('says nothing was recorded yet, before any reply', async () => {
    const { root } = await open();
    expect(text(root, '.empty')).toContain('No replies recorded yet');
    expect(root.querySelector('svg')).toBeNull();
  });

  it('shows the numbers of a dozen finished replies', async () => {
    await recordDozen();
    const { root } = await open();
    expect(text(root, '[data-headline="drafts"] .headline__value')).toBe('12');
    expect(text(root, '[data-headline="clean"]')).toContain('58%');
    expect(text(root, '[data-headline="clean"]')).toContain('7 of 12');
    expect(text(root, '[data-headline="name-use"]')).toContain('10 of 11');
    expect(text(root, '[data-headline="empathy-when-upset"]')).toContain('20%');
    expect(text(root, '[data-headline="empathy-when-upset"]')).toContain('1 of 5');
    expect(text(root, '[data-headline="reading-grade"] .headline__value')).toMatch(/^\d+(\.\d)?$/);
    expect([...root.querySelectorAll('.top-rules [data-rule-id]')].map((item) => item.getAttribute('data-rule-id'))).toEqual([
      'follow-up.refund',
      'empathy.acknowledge-feelings',
      'personalization.name-unused',
    ]);
    // Named for people (a habit, or the rule's title), never by id.
    await vi.waitFor(() => expect(text(root, '.top-rules [data-rule-id="follow-up.refund"]')).toContain('Refund details'));
    expect(root.querySelector('.top-rules')!.textContent).not.toMatch(/[a-z]+\.[a-z-]+/);
  });

  it('draws one labelled bar per category, with a table for screen readers', async () => {
    await recordDozen();
    const { root } = await open();
    const chart = root.querySelector('[data-chart="categories"]')!;
    const svg = chart.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Empathy 33% (4 of 12)');
    expect(svg.getAttribute('aria-label')).toContain('Follow-up 42% (5 of 12)');
    const bars = [...chart.querySelectorAll('[data-bar]')];
    expect(bars.map((bar) => bar.getAttribute('data-bar'))).toEqual(['tone', 'empathy', 'clarity', 'personalization', 'follow-up']);
    const width = (category: string) => Number(chart.querySelector(`[data-bar="${category}"]`)!.getAttribute('width'));
    expect(width('tone')).toBe(0);
    expect(width('follow-up')).toBeGreaterThan(width('empathy'));
    const rows = [...chart.querySelectorAll('table.visually-hidden tbody tr')].map((row) => row.textContent);
    expect(rows).toContain('Empathy33%4 of 12');
  });

  it('draws the weekly trend, for all findings or one category', async () => {
    await recordDozen();
    const { root } = await open();
    const chart = root.querySelector('[data-chart="weekly"]')!;
    const label = () => chart.querySelector('svg')!.getAttribute('aria-label')!;
    expect(chart.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(chart.querySelectorAll('[data-bar]')).toHaveLength(3);
    expect(label()).toContain('week of 6 Jan 50% (2 of 4), week of 13 Jan 50% (2 of 4), week of 20 Jan 25% (1 of 4)');
    const select = chart.querySelector<HTMLSelectElement>('[data-action="trend-category"]')!;
    select.value = 'empathy';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(label()).toContain('an empathy finding'));
    expect(label()).toContain('week of 6 Jan 50% (2 of 4), week of 13 Jan 25% (1 of 4), week of 20 Jan 25% (1 of 4)');
    expect([...chart.querySelectorAll('table.visually-hidden tbody tr')].map((row) => row.textContent)).toEqual(['6 Jan50%2 of 4', '13 Jan25%1 of 4', '20 Jan25%1 of 4']);
  });

  it("puts a tip for the agent's most frequent miss first, and the chapter's questions", async () => {
    await recordDozen();
    const { root } = await open();
    const tips = [...root.querySelectorAll('[data-tip]')];
    expect(tips[0]?.getAttribute('data-tip')).toBe('empathy.acknowledge-feelings');
    expect(tips[0]?.textContent).toContain('You often skip acknowledging frustration when a customer is upset');
    expect(tips[0]?.textContent).toContain('In 4 of your 5 replies to upset customers.');
    expect(root.querySelectorAll('[data-question-id]')).toHaveLength(5);
    expect(text(root, '[data-question-id="their-side"]')).toContain('1 of 5 replies');
    expect(text(root, '.reflection__source')).toContain('004');
  });

  it('exports the history as CSV and JSON files', async () => {
    await recordDozen();
    const { root, download } = await open();
    click(root, '[data-action="export-csv"]');
    const [csvName, csv, csvType] = download.mock.calls[0] as [string, string, string];
    expect(csvName).toBe('reply-coach-self-assessment-2025-02-01.csv');
    expect(csvType).toBe('text/csv');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(13);
    click(root, '[data-action="export-json"]');
    const [jsonName, json] = download.mock.calls[1] as [string, string];
    expect(jsonName).toBe('reply-coach-self-assessment-2025-02-01.json');
    expect((JSON.parse(json) as { outcomes: unknown[] }).outcomes).toEqual(dozenOutcomes());
  });

  it('clears everything after a confirmation, leaving nothing in storage', async () => {
    await recordDozen();
    const { root } = await open();
    click(root, '[data-action="clear"]');
    await vi.waitFor(() => expect(text(root, '.clear-confirm')).toContain('Delete all 12 recorded replies?'));
    click(root, '[data-action="cancel-clear"]');
    await vi.waitFor(() => expect(root.querySelector('.clear-confirm')).toBeNull());
    expect((await readHistory()).outcomes).toHaveLength(12);

    click(root, '[data-action="clear"]');
    await vi.waitFor(() => expect(root.querySelector('[data-action="confirm-clear"]')).not.toBeNull());
    click(root, '[data-action="confirm-clear"]');
    await vi.waitFor(() => expect(text(root, '.empty')).toContain('No replies recorded yet'));
    expect(root.querySelector('[data-headline], svg, [data-tip]')).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stops recording when switched off', async () => {
    await record(outcomeOn('2025-01-06'));
    const { root } = await open();
    const toggle = root.querySelector<HTMLInputElement>('[data-action="toggle-recording"]')!;
    expect(toggle.checked).toBe(true);
    toggle.click();
    await vi.waitFor(() => expect(root.querySelector('[data-recording="off"]')).not.toBeNull());
    expect((await readHistory()).enabled).toBe(false);
    await record(outcomeOn('2025-01-07'));
    expect((await readHistory()).outcomes).toHaveLength(1);
    expect(text(root, '[data-headline="drafts"] .headline__value')).toBe('1');
  });

  it('shows a reply recorded while the page is open', async () => {
    const { root } = await open();
    await record(outcomeOn('2025-01-06'));
    await vi.waitFor(() => expect(text(root, '[data-headline="drafts"] .headline__value')).toBe('1'));
  });
});
