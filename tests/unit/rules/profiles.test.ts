import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine';
import { defaultRuleSet } from '../../../lib/rules/default-pack';
import { loadRuleSet } from '../../../lib/rules/load';
import { ruleSetFor, rulesFor } from '../../../lib/rules/profiles';
import { RuleSet } from '../../../lib/rules/schema';

const rule = (id: string, appliesTo?: Record<string, unknown>) => ({ id, kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: [id], ...(appliesTo ? { appliesTo } : {}) });
const ids = (rules: { id: string }[]) => rules.map((entry) => entry.id);

describe('profiles: rules limited to some helpdesks and to replies or notes', () => {
  const team = RuleSet.parse({
    schemaVersion: 1,
    name: 'Team',
    rules: [rule('everywhere'), rule('zendesk-only', { helpdesks: ['zendesk'] }), rule('replies-only', { composer: ['reply'] }), rule('notes-in-front', { helpdesks: ['front'], composer: ['note'] })],
  });

  it('keeps a rule only where its appliesTo allows', () => {
    expect(ids(rulesFor(team, { helpdesk: 'zendesk', composer: 'reply' }))).toEqual(['everywhere', 'zendesk-only', 'replies-only']);
    expect(ids(rulesFor(team, { helpdesk: 'front', composer: 'note' }))).toEqual(['everywhere', 'notes-in-front']);
    expect(ids(rulesFor(team, { helpdesk: 'gmail', composer: 'note' }))).toEqual(['everywhere']);
  });

  it('does not filter on what is not known (the CLI, the "try it" box)', () => {
    expect(ids(rulesFor(team, {}))).toHaveLength(4);
  });

  it('limits a whole set: a set for Zendesk coaches nothing in Gmail, and a rule cannot widen it', () => {
    const zendeskSet = RuleSet.parse({ ...team, appliesTo: { helpdesks: ['zendesk'] } });
    expect(rulesFor(zendeskSet, { helpdesk: 'gmail', composer: 'reply' })).toEqual([]);
    expect(ids(rulesFor(zendeskSet, { helpdesk: 'zendesk', composer: 'note' }))).toEqual(['everywhere', 'zendesk-only']);
  });

  it('limits a pack rule through overrides, without copying it', () => {
    const set = RuleSet.parse({ schemaVersion: 1, name: 'Team', extends: 'default', overrides: { 'tone.blame': { appliesTo: { composer: ['reply'] } } } });
    const draft = 'As I already explained, the refund takes five days.';
    const flags = (composer: 'reply' | 'note') => analyze({ draft }, ruleSetFor(set, { composer })).findings.some((finding) => finding.ruleId === 'tone.blame');
    expect(flags('reply')).toBe(true);
    expect(flags('note')).toBe(false);
  });

  it('coaches an internal note on tone and clarity only, unless a rule says otherwise', () => {
    const upset = { customerName: 'Dana Whitfield', customerMessage: 'Third time asking! Where is my refund?? This is ridiculous.' };
    const draft = 'As I already explained, the backend team has it. Dear customer, it is in the queue.';
    const categories = (composer: 'reply' | 'note') => new Set(analyze({ draft, ...upset }, ruleSetFor(defaultRuleSet(), { composer })).findings.map((finding) => finding.category));
    expect([...categories('reply')].sort()).toEqual(['clarity', 'empathy', 'personalization', 'tone']);
    expect([...categories('note')].sort()).toEqual(['tone']);
    const team = RuleSet.parse({ schemaVersion: 1, name: 'Team', rules: [{ ...rule('handover'), category: 'follow-up', appliesTo: { composer: ['note'] } }] });
    expect(ids(rulesFor(team, { composer: 'note' }))).toEqual(['handover']);
    expect(ids(rulesFor(team, { composer: 'reply' }))).toEqual([]);
  });

  it('gives the engine the same set object for the same place, so it compiles once', () => {
    expect(ruleSetFor(team, { helpdesk: 'zendesk', composer: 'reply' })).toBe(ruleSetFor(team, { helpdesk: 'zendesk', composer: 'reply' }));
    expect(ruleSetFor(team, { helpdesk: 'zendesk', composer: 'note' })).not.toBe(ruleSetFor(team, { helpdesk: 'zendesk', composer: 'reply' }));
  });

  it('rejects an unknown helpdesk or composer with the path of the bad entry', () => {
    const result = loadRuleSet('schemaVersion: 1\nname: x\nappliesTo:\n  helpdesks: [zendesk, desk.com]\n  composer: [chat]\n', 'yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((error) => [error.path, error.line])).toEqual([
        ['appliesTo.helpdesks[1]', 4],
        ['appliesTo.composer[0]', 5],
      ]);
    }
  });
});
