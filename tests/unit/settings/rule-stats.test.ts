import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Finding } from '../../../lib/engine/types';
import { ruleEventsBetween } from '../../../lib/settings/rule-stat-events';
import { clearRuleStats, readRuleStats, recordRuleEvents } from '../../../lib/settings/rule-stats';
import { statsCsv, statsRows } from '../../../lib/settings/rule-stats-table';

beforeEach(() => {
  fakeBrowser.reset();
});

const finding = (ruleId: string, start: number): Finding => ({ ruleId, title: ruleId, category: 'tone', severity: 'warning', message: 'm', explanation: 'e', start, end: start + 1 });

describe('rule statistics', () => {
  it('counts fired, fixed and dismissed per rule, and nothing else', async () => {
    await Promise.all([
      recordRuleEvents([{ ruleId: 'tone.blame', event: 'fired' }]),
      recordRuleEvents([{ ruleId: 'tone.blame', event: 'fired', count: 2 }, { ruleId: 'tone.blame', event: 'dismissed' }]),
      recordRuleEvents([{ ruleId: 'clarity.vague-time', event: 'fixed' }]),
    ]);
    expect(await readRuleStats()).toEqual({
      'tone.blame': { fired: 3, fixed: 0, dismissed: 1 },
      'clarity.vague-time': { fired: 0, fixed: 1, dismissed: 0 },
    });
  });

  it('clears every count', async () => {
    await recordRuleEvents([{ ruleId: 'tone.blame', event: 'fired' }]);
    await clearRuleStats();
    expect(await readRuleStats()).toEqual({});
  });

  it('sorts rules by dismiss rate, so noisy rules come first', () => {
    const rows = statsRows({
      quiet: { fired: 10, fixed: 8, dismissed: 1 },
      noisy: { fired: 4, fixed: 0, dismissed: 3 },
      never: { fired: 0, fixed: 0, dismissed: 0 },
      middling: { fired: 10, fixed: 2, dismissed: 5 },
    });
    expect(rows.map((row) => [row.ruleId, row.dismissRate])).toEqual([
      ['noisy', 0.75],
      ['middling', 0.5],
      ['quiet', 0.1],
      ['never', null],
    ]);
  });

  it('exports the table as CSV', () => {
    const csv = statsCsv(statsRows({ 'tone.blame': { fired: 4, fixed: 1, dismissed: 3 }, 'clarity.vague-time': { fired: 0, fixed: 0, dismissed: 0 } }));
    expect(csv).toBe('rule_id,fired,fixed,dismissed,dismiss_rate\r\ntone.blame,4,1,3,0.750\r\nclarity.vague-time,0,0,0,\r\n');
  });

  it('derives fired and fixed from two analyses of a draft, per rule rather than per position', () => {
    const before = [finding('tone.blame', 3), finding('clarity.vague-time', 20)];
    // The agent typed before the blame finding (it moved), fixed "soon", and a second blame appeared.
    const after = [finding('tone.blame', 9), finding('tone.blame', 40)];
    expect(ruleEventsBetween(before, after)).toEqual([
      { ruleId: 'tone.blame', event: 'fired', count: 1 },
      { ruleId: 'clarity.vague-time', event: 'fixed', count: 1 },
    ]);
    expect(ruleEventsBetween(after, after)).toEqual([]);
  });
});
