import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/engine';
import type { DraftSnapshotMessage } from '../../../lib/messaging/content-messages';
import { ruleSetFor } from '../../../lib/rules/profiles';
import { RuleSet } from '../../../lib/rules/schema';
import { ActiveRules } from '../../../lib/settings/active-rules';
import { TabStateStore } from '../../../lib/tab-state/tab-state-store';

const snapshot = (draft: string, composer: 'reply' | 'note' = 'reply'): DraftSnapshotMessage => ({
  type: 'draft-snapshot',
  adapterId: 'zendesk',
  draft,
  context: { customerName: 'Maria Lopez', customerMessage: 'Where is my refund?', composer },
  sources: { customerName: { strategy: 'requester-label' }, customerMessage: { strategy: 'thread' }, composer: { strategy: 'default' } },
  frame: { url: 'https://acme.zendesk.com/agent/tickets/1', isTopFrame: true },
  pageUrl: 'https://acme.zendesk.com/agent/tickets/1',
  readMs: 1,
});

const teamSet = RuleSet.parse({
  schemaVersion: 1,
  name: 'Acme',
  rules: [{ id: 'acme.no-megacorp', kind: 'phrase', category: 'tone', message: 'm', explanation: 'e', phrases: ['MegaCorp'], appliesTo: { helpdesks: ['zendesk'] } }],
});

describe('background per-tab state with the team rule set', () => {
  beforeEach(() => fakeBrowser.reset());

  it('re-analyzes open tabs when the rule set changes, limited by profile', async () => {
    const rules = new ActiveRules();
    const store = new TabStateStore((input, place) => analyze(input, ruleSetFor(rules.current, place)), fakeBrowser.storage.session);
    await store.applySnapshot(1, 0, snapshot('MegaCorp sells that.'));
    expect((await store.get(1))!.analysis.findings.map((finding) => finding.ruleId)).not.toContain('acme.no-megacorp');

    let changed: (() => void) | undefined;
    rules.start(() => changed?.(), async () => ({ ruleSet: teamSet, policy: { lockedRules: [], lockAll: false, errors: [] } as never, localErrors: [] }), () => () => undefined);
    await new Promise<void>((resolve) => (changed = resolve));
    await store.applySnapshot(2, 0, { ...snapshot('MegaCorp sells that.'), adapterId: 'gmail' });
    const [zendesk, gmail] = await store.reanalyzeAll();
    expect(zendesk!.analysis.findings.map((finding) => finding.ruleId)).toEqual(['acme.no-megacorp']);
    // The team's rule is limited to Zendesk.
    expect(gmail!.analysis.findings.map((finding) => finding.ruleId)).toEqual([]);
  });

  it('reports a finished reply (sent: emptied in one step) and new findings as they appear', async () => {
    const onDraftFinished = vi.fn();
    const onReanalyzed = vi.fn();
    const store = new TabStateStore((input) => analyze(input), fakeBrowser.storage.session, Date.now, { onDraftFinished, onReanalyzed });
    await store.applySnapshot(1, 0, snapshot('Your refund was issued today and arrives in 5 days.'));
    await store.applySnapshot(1, 0, snapshot('Your refund was issued today and arrives soon.'));
    expect(onReanalyzed).toHaveBeenCalledTimes(1);
    await store.applySnapshot(1, 0, snapshot(''));
    expect(onDraftFinished).toHaveBeenCalledWith(expect.objectContaining({ draft: 'Your refund was issued today and arrives soon.' }));
  });

  it('does not count an internal note or an abandoned short draft as a finished reply', async () => {
    const onDraftFinished = vi.fn();
    const store = new TabStateStore((input) => analyze(input), fakeBrowser.storage.session, Date.now, { onDraftFinished });
    await store.applySnapshot(1, 0, snapshot('Checked with finance, refund goes out Friday.', 'note'));
    await store.applySnapshot(1, 0, snapshot('', 'note'));
    await store.applySnapshot(2, 0, snapshot('Hi'));
    await store.applyEditorLost(2, 0);
    expect(onDraftFinished).not.toHaveBeenCalled();
  });
});

describe('after the browser stopped the idle service worker', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a new rule set still reaches the tabs whose state only storage.session remembers', async () => {
    const before = new TabStateStore((input) => analyze(input), fakeBrowser.storage.session);
    await before.applySnapshot(7, 0, snapshot('MegaCorp sells that.'));
    // A new worker: nothing in memory, the same session storage.
    const rules = { current: teamSet };
    const after = new TabStateStore((input, place) => analyze(input, ruleSetFor(rules.current, place)), fakeBrowser.storage.session);
    const updated = await after.reanalyzeAll();
    expect(updated.map((state) => [state.tabId, state.analysis.findings.map((finding) => finding.ruleId)])).toEqual([[7, ['acme.no-megacorp']]]);
  });
});
