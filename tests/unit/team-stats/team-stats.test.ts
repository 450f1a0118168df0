import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { teamStatsJson, teamStatsOf } from '../../../lib/team-stats/collect';
import { mergeTeamStats } from '../../../lib/team-stats/merge';
import { readTeamStatsFile } from '../../../lib/team-stats/read';
import type { TeamStatsFile } from '../../../lib/team-stats/schema';
import type { DraftOutcome } from '../../../lib/self-assessment/outcome';

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../../examples/team-stats/${name}`, import.meta.url)), 'utf8');

function outcome(day: string, findings: Partial<DraftOutcome['findings']>, ruleIds: string[] = []): DraftOutcome {
  return {
    day,
    helpdesk: 'zendesk',
    findings: { tone: 0, empathy: 0, clarity: 0, personalization: 0, 'follow-up': 0, ...findings },
    ruleIds,
    nameKnown: true,
    nameUsed: true,
    customerUpset: false,
    acknowledged: false,
    readingGrade: 7.5,
    words: 80,
  };
}

const file = (overrides: Partial<TeamStatsFile> = {}): TeamStatsFile => ({ format: 'reply-coach-team-stats', version: 1, exportedOn: '2025-03-03', rules: [], weeks: [], ...overrides });

describe('an agent exports their figures: counts, rule ids and weeks, from what the browser already keeps', () => {
  it('per rule: fired, fixed, dismissed, muted; per category per ISO week: replies and replies with findings', () => {
    const exported = teamStatsOf({
      stats: { 'tone.blame': { fired: 4, fixed: 3, dismissed: 1 }, 'clarity.reading-grade': { fired: 9, fixed: 0, dismissed: 6 }, 'Weird Key From Elsewhere': { fired: 1, fixed: 0, dismissed: 0 } },
      muted: ['clarity.reading-grade', 'follow-up.next-step'],
      outcomes: [outcome('2025-03-03', { tone: 2 }), outcome('2025-03-09', { clarity: 1, tone: 1 }), outcome('2025-03-10', {})],
      today: '2025-03-14',
    });
    expect(exported).toEqual({
      format: 'reply-coach-team-stats',
      version: 1,
      exportedOn: '2025-03-14',
      rules: [
        { ruleId: 'clarity.reading-grade', fired: 9, fixed: 0, dismissed: 6, muted: true },
        { ruleId: 'follow-up.next-step', fired: 0, fixed: 0, dismissed: 0, muted: true },
        { ruleId: 'tone.blame', fired: 4, fixed: 3, dismissed: 1, muted: false },
      ],
      weeks: [
        { week: '2025-W10', replies: 2, withFindings: { tone: 2, empathy: 0, clarity: 1, personalization: 0, 'follow-up': 0 }, findings: { tone: 3, empathy: 0, clarity: 1, personalization: 0, 'follow-up': 0 } },
        { week: '2025-W11', replies: 1, withFindings: { tone: 0, empathy: 0, clarity: 0, personalization: 0, 'follow-up': 0 }, findings: { tone: 0, empathy: 0, clarity: 0, personalization: 0, 'follow-up': 0 } },
      ],
    });
    // What is exported reads back on the lead's side as it is.
    expect(readTeamStatsFile(teamStatsJson(exported))).toEqual({ ok: true, file: exported });
  });
});

describe('a lead reads the files: anything but counts, rule ids and dates is refused', () => {
  const valid = teamStatsJson(file({ rules: [{ ruleId: 'tone.blame', fired: 3, fixed: 1, dismissed: 1, muted: false }] }));

  it.each([
    { name: 'an extra field with text', edit: (value: Record<string, unknown>) => ({ ...value, note: 'Sam was rude to me' }), problem: { path: '(root)', message: expect.stringMatching(/Unrecognized key: "note"/) } },
    { name: 'text in a rule id', edit: (value: Record<string, unknown>) => ({ ...value, rules: [{ ruleId: 'Customer Dana Whitfield', fired: 1, fixed: 0, dismissed: 0, muted: false }] }), problem: { path: 'rules[0].ruleId', message: expect.stringMatching(/lower-case words/) } },
    { name: 'text in a week', edit: (value: Record<string, unknown>) => ({ ...value, weeks: [{ week: 'the week Dana called', replies: 1, withFindings: {}, findings: {} }] }), problem: { path: 'weeks[0].week', message: 'expected an ISO week, e.g. 2025-W07' } },
    { name: 'a draft tucked into a rule', edit: (value: Record<string, unknown>) => ({ ...value, rules: [{ ruleId: 'tone.blame', fired: 1, fixed: 0, dismissed: 0, muted: false, draft: 'As I already explained…' }] }), problem: { path: 'rules[0]', message: expect.stringMatching(/Unrecognized key: "draft"/) } },
    { name: 'a count that is not a whole number', edit: (value: Record<string, unknown>) => ({ ...value, rules: [{ ruleId: 'tone.blame', fired: '3', fixed: 0, dismissed: 0, muted: false }] }), problem: { path: 'rules[0].fired', message: 'expected a number, not a string' } },
    { name: 'another file entirely', edit: () => ({ format: 'reply-coach-self-assessment', version: 1, outcomes: [] }), problem: { path: 'format', message: 'not a Reply Coach team figures file (expected "format": "reply-coach-team-stats")' } },
  ])('$name', ({ edit, problem }) => {
    const result = readTeamStatsFile(JSON.stringify(edit(JSON.parse(valid))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining(problem));
  });

  it('points at the line of the problem in a pretty-printed file', () => {
    const text = valid.replace('"fired": 3', '"fired": -3');
    const result = readTeamStatsFile(text);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'rules[0].fired', message: expect.stringMatching(/>=0/), line: text.split('\n').findIndex((line) => line.includes('-3')) + 1 }]);
  });
});

describe('merging several agents', () => {
  it('sums counts, counts muting per agent, and sorts the most dismissed rules first', () => {
    const merged = mergeTeamStats([
      file({ rules: [{ ruleId: 'a.rule', fired: 10, fixed: 2, dismissed: 1, muted: false }, { ruleId: 'b.rule', fired: 4, fixed: 0, dismissed: 4, muted: true }] }),
      file({ exportedOn: '2025-03-05', rules: [{ ruleId: 'a.rule', fired: 6, fixed: 1, dismissed: 5, muted: true }] }),
    ]);
    expect(merged.agents).toBe(2);
    expect(merged.exportedOn).toEqual({ first: '2025-03-03', last: '2025-03-05' });
    expect(merged.rules).toEqual([
      { ruleId: 'a.rule', fired: 16, fixed: 3, dismissed: 6, dismissRate: 6 / 16, mutedBy: 1 },
      { ruleId: 'b.rule', fired: 4, fixed: 0, dismissed: 4, dismissRate: 1, mutedBy: 1 },
    ]);
  });

  it('adds weeks up across agents, keeps empty weeks in their place, and says which categories improve', () => {
    const cats = (tone: number, clarity: number) => ({ tone, empathy: 0, clarity, personalization: 0, 'follow-up': 0 });
    const merged = mergeTeamStats([
      file({ weeks: [{ week: '2025-W01', replies: 10, withFindings: cats(5, 2), findings: cats(6, 2) }, { week: '2025-W04', replies: 10, withFindings: cats(1, 4), findings: cats(1, 4) }] }),
      file({ weeks: [{ week: '2025-W01', replies: 10, withFindings: cats(3, 2), findings: cats(3, 2) }] }),
    ]);
    expect(merged.weeks.map((week) => [week.week, week.monday, week.replies, week.agents])).toEqual([
      ['2025-W01', '2024-12-30', 20, 2],
      ['2025-W02', '2025-01-06', 0, 0],
      ['2025-W03', '2025-01-13', 0, 0],
      ['2025-W04', '2025-01-20', 10, 1],
    ]);
    const trend = Object.fromEntries(merged.trends.map((item) => [item.category, Math.round(item.change * 100)]));
    expect(trend).toMatchObject({ tone: -30, clarity: 20, empathy: 0 });
  });

  it('the sample files: reading grade and "next step" are what the team dismisses most, and every category improves', () => {
    const files = ['agent-1.json', 'agent-2.json', 'agent-3.json', 'agent-4.json'].map((name) => {
      const read = readTeamStatsFile(example(name));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return read.file;
    });
    const merged = mergeTeamStats(files);
    expect(merged.rules.slice(0, 2).map((rule) => rule.ruleId)).toEqual(['clarity.reading-grade', 'follow-up.next-step']);
    expect(merged.rules[0]!.mutedBy).toBe(2);
    expect(merged.trends.every((trend) => trend.change < 0)).toBe(true);
  });
});
