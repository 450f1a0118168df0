import { beforeEach, describe, expect, it } from 'vitest';
import { OptionsSession, type OptionsStores, type OptionsView } from '../../../lib/options/options-session';
import { NO_POLICY } from '../../../lib/rules/managed';
import type { RuleSet } from '../../../lib/rules/schema';
import { DEFAULT_UNDERLINES } from '../../../lib/settings/underlines';

/** In-memory stores: what was saved, and a way to play "saved in another window". */
function memoryStores() {
  let saved: RuleSet | null = null;
  let fromElsewhere: ((stored: { ruleSet: RuleSet | null; errors: [] }) => void) | undefined;
  const none = () => () => undefined;
  const stores: OptionsStores = {
    readPolicy: async () => NO_POLICY,
    watchPolicy: none,
    readRuleSet: async () => ({ ruleSet: saved, errors: [] }),
    watchRuleSet: (callback) => ((fromElsewhere = callback as typeof fromElsewhere), () => undefined),
    saveRuleSet: async (ruleSet) => ((saved = ruleSet), { ok: true }),
    readMuted: async () => [],
    watchMuted: none,
    mute: async () => undefined,
    unmute: async () => undefined,
    readStats: async () => ({}),
    watchStats: none,
    clearStats: async () => undefined,
    readUnderlines: async () => DEFAULT_UNDERLINES,
    watchUnderlines: none,
    saveUnderlines: async () => undefined,
  };
  return { stores, saved: () => saved, savedElsewhere: (ruleSet: RuleSet) => fromElsewhere?.({ ruleSet, errors: [] }) };
}

const withVagueTime = (draft: RuleSet, phrases: string[]): RuleSet => ({
  ...draft,
  rules: [{ id: 'clarity.vague-time', kind: 'phrase', category: 'clarity', severity: 'warning', enabled: true, message: 'Vague: {match}', explanation: 'Say when.', phrases, caseSensitive: false, checklistOnly: false, examples: { flagged: ['It will be done soon.'], accepted: [] } } as RuleSet['rules'][number]],
});

let memory: ReturnType<typeof memoryStores>;
let session: OptionsSession;
let view: () => OptionsView;

beforeEach(async () => {
  memory = memoryStores();
  session = new OptionsSession(memory.stores, 0);
  view = () => session.view();
  await session.start();
});

describe('the options page’s session', () => {
  it('loads, then tracks unsaved changes and their validation in plain words', () => {
    expect(view()).toMatchObject({ loaded: true, dirty: false, errors: [] });
    session.edit((draft) => ({ ...draft, name: '' }));
    expect(view().dirty).toBe(true);
    expect(view().errors).toEqual([{ path: 'name', message: 'Fill this in.' }]);
    expect(view().exportable).toBeNull();
    session.discard();
    expect(view()).toMatchObject({ dirty: false, errors: [], status: 'Changes discarded.' });
  });

  it('asks before saving a set whose examples fail, and saves on confirmation', { timeout: 30_000 }, async () => {
    session.edit((draft) => withVagueTime(draft, ['shortly']));
    await session.save();
    expect(view().pending?.failed).toBeGreaterThan(0);
    expect(memory.saved()).toBeNull();
    session.confirmSave();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(memory.saved()?.rules[0]).toMatchObject({ id: 'clarity.vague-time', phrases: ['shortly'] });
    expect(view()).toMatchObject({ dirty: false, pending: null });
    expect(view().status).toMatch(/^Saved /);
  });

  it('takes a set saved in another window, unless this page has edits of its own', () => {
    const elsewhere = { ...view().draft, name: 'From the other window' };
    memory.savedElsewhere(elsewhere);
    expect(view().draft.name).toBe('From the other window');
    session.edit((draft) => ({ ...draft, name: 'Mine' }));
    memory.savedElsewhere({ ...elsewhere, name: 'Again elsewhere' });
    expect(view().draft.name).toBe('Mine');
  });

  it('runs the examples once edits settle, and forgets stale results at once', { timeout: 30_000 }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(view().outcomes?.get('tone.blame')?.every((outcome) => outcome.passed)).toBe(true);
    session.edit((draft) => withVagueTime(draft, ['shortly']));
    expect(view().outcomes).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(view().outcomes?.get('clarity.vague-time')?.some((outcome) => !outcome.passed)).toBe(true);
  });
});
